import { describe, expect, it } from 'vitest';
import { openRepository, readStateBranch, writeStateBranch } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

const DATE = '2026-07-01T00:00:00Z';

async function setup() {
  const repo = scratchRepo();
  repo.write('README.md', 'work tree\n');
  const head = repo.commit('init', '2026-06-01T00:00:00Z');
  // An uncommitted change and a staged change must both survive state writes.
  repo.write('README.md', 'edited, not committed\n');
  repo.write('staged.txt', 'staged\n');
  repo.git(['add', 'staged.txt']);
  return { repo, head, opened: await openRepository(repo.dir) };
}

describe('state branch', () => {
  it('reads an empty map when the branch does not exist', async () => {
    const { opened } = await setup();
    expect(await readStateBranch(opened, 'govpages-state')).toEqual(new Map());
  });

  it('round-trips files including nested paths, and drops files not written again', async () => {
    const { repo, head, opened } = await setup();
    const statusBefore = repo.git(['status', '--porcelain']);
    const files = new Map([
      ['history.json', '[1,2,3]\n'],
      ['api/stability/history.json', '{"runs":[]}\n'],
      ['api/streak.json', '{"streak":2}\n'],
      ['audit/log/0001.json', 'é ünïcode\n'],
      ['z-last.txt', ''],
    ]);
    const first = await writeStateBranch(opened, 'govpages-state', files, 'state 1', DATE);
    expect(await readStateBranch(opened, 'govpages-state')).toEqual(files);
    expect(repo.git(['rev-parse', 'refs/heads/govpages-state'])).toBe(first);
    // Author and committer are fixed and dated `date`, so the same input gives the same commit.
    expect(repo.git(['log', '-1', '--format=%an <%ae> %aI %cI %s', first])).toBe('govpages <govpages@localhost> 2026-07-01T00:00:00+00:00 2026-07-01T00:00:00+00:00 state 1');
    expect(repo.git(['rev-list', '--count', first])).toBe('1');

    const next = new Map([['api/streak.json', '{"streak":3}\n']]);
    const second = await writeStateBranch(opened, 'govpages-state', next, 'state 2', '2026-07-02T00:00:00Z');
    expect(second).not.toBe(first);
    expect(repo.git(['rev-parse', `${second}^`])).toBe(first);
    expect(await readStateBranch(opened, 'govpages-state')).toEqual(next);

    // Work tree, index and HEAD untouched.
    expect(repo.git(['status', '--porcelain'])).toBe(statusBefore);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(repo.git(['symbolic-ref', 'HEAD'])).toBe('refs/heads/main');
  });

  it('makes no new commit when nothing changed, whatever the order of the map', async () => {
    const { repo, opened } = await setup();
    const first = await writeStateBranch(opened, 's', new Map([['b/x', '1'], ['a', '2']]), 'one', DATE);
    const again = await writeStateBranch(opened, 's', new Map([['a', '2'], ['b/x', '1']]), 'two', '2026-08-01T00:00:00Z');
    expect(again).toBe(first);
    expect(repo.git(['rev-list', '--count', 's'])).toBe('1');
  });

  it('gives byte-identical commits in two repositories for the same state and date', async () => {
    const a = await setup();
    const b = await setup();
    const files = new Map([['x/y.json', '{}\n']]);
    expect(await writeStateBranch(a.opened, 's', files, 'm', DATE)).toBe(await writeStateBranch(b.opened, 's', files, 'm', DATE));
  });

  it('writes an empty state as an empty tree', async () => {
    const { repo, opened } = await setup();
    const id = await writeStateBranch(opened, 's', new Map(), 'empty', DATE);
    expect(repo.git(['rev-parse', `${id}^{tree}`])).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    expect(await readStateBranch(opened, 's')).toEqual(new Map());
  });
});
