import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { openRepository, openSnapshot, type Snapshot, workTreeChanges } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

async function texts(snapshot: Snapshot, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const file of snapshot.read(paths)) out.push(`${file.path}=${file.content.toString('utf8')}`);
  return out;
}

describe('openSnapshot', () => {
  const repo = scratchRepo();
  let first = '';
  beforeAll(() => {
    repo.write('alerts_taxonomy.json', 'v1');
    repo.write('rules/a.yml', 'a');
    repo.write('rules/b.yaml', 'b');
    repo.write('rules/old/c.yml', 'c');
    repo.write('organizations/acme/api/.meta/repo.yaml', 'meta');
    repo.write('governance/gates/run.jsonl', 'g');
    repo.write('governance/gates-other/x.json', 'not under gates');
    first = repo.commit('one', '2026-01-01T00:00:00Z');
    repo.write('alerts_taxonomy.json', 'v2');
    symlinkSync('rules/a.yml', join(repo.dir, 'link-inside.yml'));
    symlinkSync('../../etc/passwd', join(repo.dir, 'rules/escape.yml'));
    symlinkSync('/etc/passwd', join(repo.dir, 'absolute.yml'));
    symlinkSync('nowhere.yml', join(repo.dir, 'dangling.yml'));
    symlinkSync('loop-b', join(repo.dir, 'loop-a'));
    symlinkSync('loop-a', join(repo.dir, 'loop-b'));
    repo.commit('two', '2026-01-02T00:00:00Z');
  });

  it('reads HEAD, not the work tree, and an older commit when asked', async () => {
    writeFileSync(join(repo.dir, 'alerts_taxonomy.json'), 'uncommitted');
    const opened = await openRepository(repo.dir);
    expect((await (await openSnapshot(opened)).readFile('alerts_taxonomy.json'))?.toString()).toBe('v2');
    expect((await (await openSnapshot(opened, first)).readFile('alerts_taxonomy.json'))?.toString()).toBe('v1');
    expect(await (await openSnapshot(opened)).readFile('missing.json')).toBeNull();
  });

  it('matches globs with dot folders and exclusions, sorted', async () => {
    const snapshot = await openSnapshot(await openRepository(repo.dir));
    expect(snapshot.match(['rules/**/*.yml', 'rules/*.yaml', '!rules/old/**'])).toEqual(['rules/a.yml', 'rules/b.yaml', 'rules/escape.yml']);
    expect(snapshot.match(['organizations/*/*/.meta/repo.yaml'])).toEqual(['organizations/acme/api/.meta/repo.yaml']);
    expect(snapshot.match(['!rules/a.yml'])).toEqual([]);
  });

  it('lists a folder by extension without its look-alike siblings', async () => {
    const snapshot = await openSnapshot(await openRepository(repo.dir));
    expect(snapshot.under('governance/gates', ['.json', '.jsonl'])).toEqual(['governance/gates/run.jsonl']);
    expect(snapshot.under('governance/gates/run.jsonl')).toEqual(['governance/gates/run.jsonl']);
    expect(snapshot.under('', ['.yaml'])).toEqual(['organizations/acme/api/.meta/repo.yaml', 'rules/b.yaml']);
  });

  it('reads many files in the order asked, following a link that stays inside', async () => {
    const snapshot = await openSnapshot(await openRepository(repo.dir));
    expect(await texts(snapshot, ['rules/b.yaml', 'link-inside.yml', 'rules/a.yml'])).toEqual(['rules/b.yaml=b', 'link-inside.yml=a', 'rules/a.yml=a']);
  });

  it.each([
    ['rules/escape.yml', /symbolic link to a path outside the repository/],
    ['absolute.yml', /symbolic link to a path outside the repository/],
    ['dangling.yml', /symbolic link to "nowhere.yml", which is not a file of commit/],
    ['loop-a', /symbolic link chain longer than 8 links/],
    ['missing.yml', /not a file of commit/],
  ])('refuses %s with an InputError naming it, never quoting outside content', async (path, message) => {
    const snapshot = await openSnapshot(await openRepository(repo.dir));
    const error = await texts(snapshot, [path]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location.file).toBe(path);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toContain('root:');
  });
});

describe('workTreeChanges', () => {
  it('names modified, staged, deleted and untracked inputs, and nothing else', async () => {
    const repo = scratchRepo();
    for (const path of ['a.json', 'b.json', 'c.json', 'd.json', 'other.txt']) repo.write(path, path);
    repo.commit('one', '2026-01-01T00:00:00Z');
    const opened = await openRepository(repo.dir);
    expect(await workTreeChanges(opened, ['a.json', 'b.json'])).toEqual([]);
    repo.write('a.json', 'changed');
    repo.write('b.json', 'staged');
    repo.git(['add', 'b.json']);
    unlinkSync(join(repo.dir, 'c.json'));
    repo.write('new.json', 'untracked');
    repo.write('other.txt', 'not an input');
    expect(await workTreeChanges(opened, [':(glob)*.json'])).toEqual(['a.json', 'b.json', 'c.json', 'new.json']);
    expect(await workTreeChanges(opened, ['d.json'])).toEqual([]);
  });
});
