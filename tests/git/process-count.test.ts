import { describe, expect, it, vi } from 'vitest';
import { fileHistory, openRepository, openSnapshot } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

// Counts the git processes govpages starts: runGit uses execFile, readBlobs uses spawn. The test
// helpers use execFileSync, which is not counted.
const started = vi.hoisted(() => ({ commands: [] as string[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  return {
    ...original,
    execFile: ((file: string, args: string[], ...rest: unknown[]) => {
      started.commands.push(`${file} ${args.join(' ')}`);
      return (original.execFile as (...all: unknown[]) => unknown)(file, args, ...rest);
    }) as typeof original.execFile,
    spawn: ((file: string, args: string[], ...rest: unknown[]) => {
      started.commands.push(`${file} ${args.join(' ')}`);
      return (original.spawn as (...all: unknown[]) => unknown)(file, args, ...rest);
    }) as typeof original.spawn,
  };
});

describe('fileHistory process count', () => {
  it('reads a 50-version history with exactly 2 git processes (one log, one cat-file --batch)', async () => {
    const repo = scratchRepo();
    // One fast-import stream makes the 50 commits quickly.
    let stream = '';
    for (let i = 0; i < 50; i++) {
      const content = `{"version": ${i}}\n`;
      stream += `commit refs/heads/main\ncommitter t <t@t> ${1767225600 + i * 86400} +0000\ndata 2\nv${i % 10}\n`;
      stream += `M 100644 inline t.json\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    }
    const { execFileSync } = await vi.importActual<typeof import('node:child_process')>('node:child_process');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    const opened = await openRepository(repo.dir);

    started.commands.length = 0;
    const contents: string[] = [];
    for await (const version of fileHistory(opened, 't.json')) contents.push(version.content.toString());
    expect(contents).toHaveLength(50);
    expect(contents[0]).toBe('{"version": 0}\n');
    expect(contents[49]).toBe('{"version": 49}\n');
    expect(started.commands).toHaveLength(2);
    expect(started.commands[0]).toMatch(/^git .*\blog\b/);
    expect(started.commands[1]).toBe('git cat-file --batch');
  });

  it('reads 40 files of a snapshot with exactly 2 git processes (one ls-tree, one cat-file --batch)', async () => {
    const repo = scratchRepo();
    for (let i = 0; i < 40; i++) repo.write(`incidents/${String(i).padStart(2, '0')}.md`, `incident ${i}\n`);
    repo.commit('incidents', '2026-01-01T00:00:00Z');
    const opened = await openRepository(repo.dir);

    started.commands.length = 0;
    const snapshot = await openSnapshot(opened);
    const contents: string[] = [];
    for await (const file of snapshot.read(snapshot.under('incidents', ['.md']))) contents.push(file.content.toString());
    expect(contents).toHaveLength(40);
    expect(contents[39]).toBe('incident 39\n');
    expect(started.commands).toHaveLength(2);
    expect(started.commands[0]).toMatch(/^git .*\bls-tree\b/);
    expect(started.commands[1]).toBe('git cat-file --batch');
  });
});
