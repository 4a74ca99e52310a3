import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { openRepository } from '../../src/git/index.ts';
import { scratchRepo, tempDir } from '../helpers/git.ts';

async function openError(dir: string): Promise<InputError> {
  try {
    await openRepository(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected openRepository to throw');
}

describe('openRepository', () => {
  it('opens a repository from a subdirectory and reports its top level and HEAD', async () => {
    const repo = scratchRepo();
    repo.write('sub/dir/x.txt', 'x');
    const head = repo.commit('one', '2026-06-01T12:00:00Z');
    const opened = await openRepository(join(repo.dir, 'sub', 'dir'));
    expect(opened.head).toEqual({ commit: head, date: '2026-06-01T12:00:00+00:00', timestamp: Date.parse('2026-06-01T12:00:00Z') / 1000 });
    expect(opened.root).toBe(repo.git(['rev-parse', '--show-toplevel']));
  });

  it.each([
    {
      name: 'a missing directory',
      setup: () => join(tempDir(), 'nope'),
      message: /directory not found \(expected the path of a git repository\)/,
    },
    {
      name: 'a file, not a directory',
      setup: () => {
        const file = join(tempDir(), 'file.txt');
        writeFileSync(file, 'x');
        return file;
      },
      message: /directory not found/,
    },
    { name: 'a directory outside any repository', setup: () => tempDir(), message: /not a git repository .*--repo DIR/ },
    { name: 'a repository with no commits', setup: () => scratchRepo().dir, message: /no commits yet/ },
    {
      name: 'a shallow clone',
      setup: () => {
        const source = scratchRepo();
        for (let i = 0; i < 3; i++) {
          source.write('a.txt', String(i));
          source.commit(`c${i}`, `2026-01-0${i + 1}T00:00:00Z`);
        }
        const clone = join(tempDir(), 'clone');
        execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${source.dir}`, clone]);
        return clone;
      },
      message: /shallow clone.*git fetch --unshallow.*fetch-depth: 0/,
    },
  ])('refuses $name with an InputError naming the path', async ({ setup, message }) => {
    const dir = setup();
    const error = await openError(dir);
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
    expect(error.location.file).toBeTruthy();
    expect(error.message).not.toContain('\n');
  });
});
