import { describe, expect, it } from 'vitest';
import { commitAt, lastChangeTo, openRepository, revisionCommit } from '../../src/git/index.ts';
import { scratchRepo, tempDir } from '../helpers/git.ts';

describe('commit queries', async () => {
  const repo = scratchRepo();
  repo.write('a/x.txt', '1');
  const first = repo.commit('a', '2026-01-01T00:00:00Z');
  repo.write('b/y.txt', '1');
  const second = repo.commit('b', '2026-01-02T00:00:00+02:00');
  repo.write('a/x.txt', '2');
  const third = repo.commit('a again', '2026-01-03T00:00:00Z');
  repo.write('c.txt', '1');
  const fourth = repo.commit('c', '2026-01-04T00:00:00Z');
  const opened = await openRepository(repo.dir);

  it.each([
    { paths: ['a'], out: third },
    { paths: ['b'], out: second },
    { paths: ['a', 'b'], out: third },
    { paths: [], out: fourth },
    { paths: ['nowhere'], out: null },
  ])('lastChangeTo($paths)', async ({ paths, out }) => {
    expect(await lastChangeTo(opened, paths)).toBe(out);
  });

  it('lastChangeTo reads from the commit being built, not HEAD', async () => {
    expect(await lastChangeTo(await openRepository(repo.dir, second), [])).toBe(second);
  });

  it.each([
    { revision: `${second}^1`, out: { commit: first, date: '2026-01-01T00:00:00+00:00' } },
    { revision: second, out: { commit: second, date: '2026-01-02T00:00:00+02:00' } },
    { revision: `${first}^1`, out: null },
  ])('commitAt($revision)', async ({ revision, out }) => {
    expect(await commitAt(opened, revision)).toEqual(out);
  });

  it.each([
    { name: 'HEAD', dir: () => repo.dir, revision: 'HEAD', out: fourth },
    { name: 'an unknown revision', dir: () => repo.dir, revision: 'no-such-branch', out: null },
    { name: 'a folder outside git', dir: () => tempDir(), revision: 'HEAD', out: null },
    { name: 'a missing folder', dir: () => '/no/such/folder', revision: 'HEAD', out: null },
  ])('revisionCommit in $name', async ({ dir, revision, out }) => {
    expect(await revisionCommit(dir(), revision)).toBe(out);
  });
});
