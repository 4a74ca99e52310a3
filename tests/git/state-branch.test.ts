import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepository, readStateBranch, STATE_MARKER_CONTENT, STATE_MARKER_FILE, StateConflictError, writeStateBranch } from '../../src/git/index.ts';
import { scratchRepo, tempDir } from '../helpers/git.ts';

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
    expect(repo.git(['log', '-1', '--format=%an <%ae> %aI %cI %s', first])).toBe(
      'govpages <govpages@localhost> 2026-07-01T00:00:00+00:00 2026-07-01T00:00:00+00:00 state 1',
    );
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
    const first = await writeStateBranch(
      opened,
      's',
      new Map([
        ['b/x', '1'],
        ['a', '2'],
      ]),
      'one',
      DATE,
    );
    const again = await writeStateBranch(
      opened,
      's',
      new Map([
        ['a', '2'],
        ['b/x', '1'],
      ]),
      'two',
      '2026-08-01T00:00:00Z',
    );
    expect(again).toBe(first);
    expect(repo.git(['rev-list', '--count', 's'])).toBe('1');
  });

  it('gives byte-identical commits in two repositories for the same state and date', async () => {
    const a = await setup();
    const b = await setup();
    const files = new Map([['x/y.json', '{}\n']]);
    expect(await writeStateBranch(a.opened, 's', files, 'm', DATE)).toBe(await writeStateBranch(b.opened, 's', files, 'm', DATE));
  });

  it('writes an empty state as a tree with only the marker, which reads back as no files', async () => {
    const { repo, opened } = await setup();
    const id = await writeStateBranch(opened, 's', new Map(), 'empty', DATE);
    expect(repo.git(['ls-tree', '--name-only', id])).toBe(STATE_MARKER_FILE);
    expect(repo.git(['show', `${id}:${STATE_MARKER_FILE}`])).toBe(STATE_MARKER_CONTENT.trim());
    expect(await readStateBranch(opened, 's')).toEqual(new Map());
  });
});

describe("the state branch is govpages' own", () => {
  it('refuses a branch someone else wrote, and leaves it as it was', async () => {
    const { repo, opened } = await setup();
    repo.git(['branch', 'docs']);
    const before = repo.git(['rev-parse', 'docs']);
    await expect(readStateBranch(opened, 'docs')).rejects.toThrow(/exists and was not written by govpages/);
    await expect(writeStateBranch(opened, 'docs', new Map([['a', '1']]), 'm', DATE)).rejects.toMatchObject({
      exitCode: 2,
      location: { file: 'refs/heads/docs' },
    });
    expect(repo.git(['rev-parse', 'docs'])).toBe(before);
  });

  it('refuses the checked-out branch, even one govpages wrote', async () => {
    const { repo, opened } = await setup();
    await writeStateBranch(opened, 's', new Map([['a', '1']]), 'm', DATE);
    const extra = tempDir();
    repo.git(['worktree', 'add', '--quiet', extra, 's']);
    await expect(readStateBranch(opened, 's')).rejects.toThrow(/is checked out in a work tree/);
  });

  it('accepts a branch from before the marker when only govpages wrote it, and adds the marker', async () => {
    const { repo, opened } = await setup();
    const blob = repo.git(['hash-object', '-w', '--stdin'], {}, 'old\n');
    const tree = repo.git(['mktree'], {}, `100644 blob ${blob}\thistory.json\n`);
    const commit = repo.git(['commit-tree', tree, '-m', 'govpages build 1234567'], {
      GIT_AUTHOR_NAME: 'govpages',
      GIT_AUTHOR_EMAIL: 'govpages@localhost',
      GIT_COMMITTER_NAME: 'govpages',
      GIT_COMMITTER_EMAIL: 'govpages@localhost',
    });
    repo.git(['update-ref', 'refs/heads/legacy', commit]);
    expect(await readStateBranch(opened, 'legacy')).toEqual(new Map([['history.json', 'old\n']]));
    const next = await writeStateBranch(opened, 'legacy', new Map([['history.json', 'new\n']]), 'm', DATE);
    expect(repo.git(['ls-tree', '--name-only', next]).split('\n')).toContain(STATE_MARKER_FILE);
  });

  it.each([
    ['a blob', (repo: ReturnType<typeof scratchRepo>) => repo.git(['hash-object', '-w', '--stdin'], {}, 'not a commit\n'), /does not point at a commit/],
    ['a missing object', () => 'ab'.repeat(20), /does not point at a commit/],
  ])('refuses a ref to %s with the fix, never resetting the state', async (_, target, message) => {
    const { repo, opened } = await setup();
    const id = target(repo);
    // git refuses to point a branch at anything but a commit, so the damage is done by hand.
    writeFileSync(join(repo.dir, '.git/refs/heads/broken'), `${id}\n`);
    await expect(readStateBranch(opened, 'broken')).rejects.toThrow(message);
    await expect(readStateBranch(opened, 'broken')).rejects.toThrow(/govpages build --fresh-state/);
  });

  it('moves the branch only from the tip the build started from (compare-and-swap)', async () => {
    const { repo, opened } = await setup();
    const start = await writeStateBranch(opened, 's', new Map([['log', '1\n']]), 'one', DATE);
    const winner = await writeStateBranch(opened, 's', new Map([['log', '1\n2\n']]), 'two', DATE, start);
    await expect(writeStateBranch(opened, 's', new Map([['log', '1\n3\n']]), 'three', DATE, start)).rejects.toBeInstanceOf(StateConflictError);
    expect(repo.git(['rev-parse', 's'])).toBe(winner);
    await expect(writeStateBranch(opened, 'fresh', new Map([['log', '1\n']]), 'm', DATE, null)).resolves.toMatch(/^[0-9a-f]{40}$/);
    await expect(writeStateBranch(opened, 'fresh', new Map([['log', '2\n']]), 'm', DATE, null)).rejects.toBeInstanceOf(StateConflictError);
  });

  it('keeps the bytes and modes of files it did not change', async () => {
    const { repo, opened } = await setup();
    const first = await writeStateBranch(opened, 's', new Map([['a.json', '1\n']]), 'one', DATE);
    // Someone adds a binary file and an executable next to govpages' own files.
    const binary = repo.git(['hash-object', '-w', '--stdin'], {}, Buffer.from([0xff, 0xfe, 0x00, 0x80]));
    const marker = repo.git(['rev-parse', `${first}:${STATE_MARKER_FILE}`]);
    const a = repo.git(['rev-parse', `${first}:a.json`]);
    const tree = repo.git(['mktree'], {}, `100644 blob ${marker}\t${STATE_MARKER_FILE}\n100644 blob ${a}\ta.json\n100755 blob ${binary}\ttool.bin\n`);
    const added = repo.git(['commit-tree', tree, '-p', first, '-m', 'add'], { GIT_AUTHOR_NAME: 'someone', GIT_AUTHOR_EMAIL: 'x@y' });
    repo.git(['update-ref', 'refs/heads/s', added]);
    const state = await readStateBranch(opened, 's');
    state.set('a.json', '2\n');
    const next = await writeStateBranch(opened, 's', state, 'two', DATE);
    expect(repo.git(['ls-tree', next, 'tool.bin'])).toBe(`100755 blob ${binary}\ttool.bin`);
  });
});
