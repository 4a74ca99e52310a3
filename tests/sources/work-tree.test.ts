import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository, openSnapshot, type Snapshot } from '../../src/git/index.ts';
import { workTreeFiles } from '../../src/sources/work-tree.ts';
import { scratchRepo } from '../helpers/git.ts';

describe('workTreeFiles', () => {
  const repo = scratchRepo();
  let snapshot: Snapshot;
  beforeAll(async () => {
    for (const path of ['alerts_taxonomy.json', 'rules/a.yml', 'rules/b.yaml', 'rules/old/c.yml', 'rules/.hidden/d.yml', '.e.yml', 'B.yml', 'a.yml'])
      repo.write(path, path);
    repo.commit('files', '2026-01-01T00:00:00Z');
    snapshot = await openSnapshot(await openRepository(repo.dir));
  });

  // lint (work tree) and build (snapshot) must pick the same rule files from the same tree.
  it.each([
    [['rules/*.yml']],
    [['rules/**/*.yml']],
    [['rules/**/*.yml', '!rules/old/**']],
    [['rules/**/*.{yml,yaml}', '!**/.hidden/**']],
    [['**/*.yml']],
    [['*.yml']],
    [['!rules/**']],
    [[]],
    [['nothing/*.yml']],
    [['rules']],
    [['rules/a.yml']],
    [['alerts_taxonomy.json', 'rules/*']],
  ])('matches %j as the snapshot does', async (patterns) => {
    expect(await workTreeFiles(repo.dir).match(patterns)).toEqual(snapshot.match(patterns));
  });

  it('lists folders as the snapshot does', async () => {
    expect(await workTreeFiles(repo.dir).under(['rules/old', ''])).toEqual(snapshot.under(''));
    expect(await workTreeFiles(repo.dir).under(['rules/old'])).toEqual(snapshot.under('rules/old'));
  });

  it('sorts by code unit, as the snapshot does', async () => {
    expect(await workTreeFiles(repo.dir).match(['*.yml'])).toEqual(['.e.yml', 'B.yml', 'a.yml']);
  });

  it('reads files in the order asked, gives null for a missing file and refuses a directory', async () => {
    mkdirSync(join(repo.dir, 'folder.json'));
    writeFileSync(join(repo.dir, 'rules/a.yml'), 'edited');
    const files = workTreeFiles(repo.dir);
    const read: string[] = [];
    for await (const file of files.read(['rules/b.yaml', 'rules/a.yml'])) read.push(`${file.path}=${file.content.toString()}`);
    expect(read).toEqual(['rules/b.yaml=rules/b.yaml', 'rules/a.yml=edited']);
    expect(await files.readFile('missing.json')).toBeNull();
    await expect(files.readFile('folder.json')).rejects.toThrow(
      expect.objectContaining({ exitCode: 2, message: 'is a directory (expected a file)', location: { file: 'folder.json' } }),
    );
    expect(await files.readFile('alerts_taxonomy.json/x')).toBeNull();
    expect((await files.readFile('alerts_taxonomy.json'))?.toString()).toBe('alerts_taxonomy.json');
  });
});
