import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstVersions, listFileVersions, openRepository } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

/** A body long enough for git to see an edited copy of it as a rename. */
const body = (name: string, edit = '') => `${Array.from({ length: 20 }, (_, i) => `${name} line ${i}: the timeline of the outage`).join('\n')}\n${edit}`;

type Repo = ReturnType<typeof scratchRepo>;

/** `git mv`, making the destination's folder first. */
function move(repo: Repo, from: string, to: string) {
  mkdirSync(dirname(join(repo.dir, to)), { recursive: true });
  repo.git(['mv', from, to]);
}

/**
 * Histories where the first version of a file is not simply its first commit under its own name.
 * Each returns the paths asked about (in the last commit) and the commit `firstVersions` must name.
 */
const histories: { name: string; make(repo: Repo): { paths: Record<string, string | undefined> } }[] = [
  {
    name: 'added, then edited: the commit that added it',
    make(repo) {
      repo.write('incidents/a.md', body('a'));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      repo.write('incidents/a.md', body('a', 'edited'));
      repo.commit('edit', '2026-01-02T00:00:00Z');
      return { paths: { 'incidents/a.md': added } };
    },
  },
  {
    name: 'renamed inside the folder, then edited: the commit that added the old name',
    make(repo) {
      repo.write('incidents/old.md', body('r'));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      move(repo, 'incidents/old.md', 'incidents/new.md');
      repo.commit('rename', '2026-01-02T00:00:00Z');
      repo.write('incidents/new.md', body('r', 'edited'));
      repo.commit('edit', '2026-01-03T00:00:00Z');
      return { paths: { 'incidents/new.md': added } };
    },
  },
  {
    name: 'moved into the folder from elsewhere, with an edit: from outside the folder too',
    make(repo) {
      repo.write('docs/postmortem.md', body('m'));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      move(repo, 'docs/postmortem.md', 'incidents/m.md');
      repo.write('incidents/m.md', body('m', 'moved'));
      repo.commit('move', '2026-01-02T00:00:00Z');
      return { paths: { 'incidents/m.md': added } };
    },
  },
  {
    name: 'renamed twice: back to the first name',
    make(repo) {
      repo.write('a.md', body('chain'));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      move(repo, 'a.md', 'b.md');
      repo.commit('a -> b', '2026-01-02T00:00:00Z');
      move(repo, 'b.md', 'incidents/c.md');
      repo.commit('b -> c', '2026-01-03T00:00:00Z');
      return { paths: { 'incidents/c.md': added } };
    },
  },
  {
    name: 'deleted and added again: the first addition',
    make(repo) {
      repo.write('keep.txt', 'k');
      repo.write('incidents/d.md', body('d'));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      repo.git(['rm', '-q', 'incidents/d.md']);
      repo.commit('delete', '2026-01-02T00:00:00Z');
      repo.write('incidents/d.md', 'something else entirely\n');
      repo.commit('re-add', '2026-01-03T00:00:00Z');
      return { paths: { 'incidents/d.md': added } };
    },
  },
  {
    name: 'added on a branch and merged: the merge, as the main line saw it',
    make(repo) {
      repo.write('README.md', 'r');
      repo.commit('root', '2026-01-01T00:00:00Z');
      repo.git(['checkout', '-q', '-b', 'topic']);
      repo.write('incidents/b.md', body('b'));
      repo.commit('on the branch', '2026-01-02T00:00:00Z');
      repo.git(['checkout', '-q', 'main']);
      repo.write('other.txt', 'o');
      repo.commit('main moves on', '2026-01-03T00:00:00Z');
      repo.git(['merge', '-q', '--no-ff', '-m', 'merge', 'topic'], { GIT_AUTHOR_DATE: '2026-01-04T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-04T00:00:00Z' });
      return { paths: { 'incidents/b.md': repo.git(['rev-parse', 'HEAD']) } };
    },
  },
  {
    name: 'names git quotes (space, quote, tab, non-ASCII) and a file in the root commit',
    make(repo) {
      const names = ['incidents/with space.md', 'incidents/quote".md', 'incidents/tab\there.md', 'incidents/größe ✓.md'];
      for (const name of names) repo.write(name, body(name));
      const added = repo.commit('add', '2026-01-01T00:00:00Z');
      return { paths: Object.fromEntries(names.map((name) => [name, added])) };
    },
  },
  {
    name: 'two reports: each its own first commit; an unknown path is left out',
    make(repo) {
      repo.write('incidents/one.md', body('one'));
      const first = repo.commit('one', '2026-01-01T00:00:00Z');
      repo.write('incidents/two.md', body('two'));
      const second = repo.commit('two', '2026-01-02T00:00:00Z');
      return { paths: { 'incidents/one.md': first, 'incidents/two.md': second, 'incidents/never.md': undefined } };
    },
  },
];

describe('firstVersions', () => {
  it.each(histories)('$name (and agrees with listFileVersions)', async ({ make }) => {
    const repo = scratchRepo();
    const { paths } = make(repo);
    const opened = await openRepository(repo.dir);
    const found = await firstVersions(opened, Object.keys(paths));
    expect(Object.fromEntries(Object.keys(paths).map((path) => [path, found.get(path)?.commit]))).toEqual(paths);
    for (const path of Object.keys(paths)) {
      expect(found.get(path)?.commit).toBe((await listFileVersions(opened, path))[0]?.commit);
    }
  });

  it('names the commit date, time and the name the file was added under', async () => {
    const repo = scratchRepo();
    repo.write('docs/x.md', body('x'));
    const added = repo.commit('add', '2026-01-03T10:00:00+02:00');
    move(repo, 'docs/x.md', 'incidents/x.md');
    repo.commit('move', '2026-01-04T00:00:00Z');
    const found = await firstVersions(await openRepository(repo.dir), ['incidents/x.md']);
    expect(found.get('incidents/x.md')).toEqual({
      commit: added,
      date: '2026-01-03T10:00:00+02:00',
      timestamp: Date.parse('2026-01-03T08:00:00Z') / 1000,
      path: 'docs/x.md',
    });
  });

  it('reads the history of the commit being built, not of HEAD', async () => {
    const repo = scratchRepo();
    repo.write('incidents/a.md', body('a'));
    const first = repo.commit('add', '2026-01-01T00:00:00Z');
    repo.git(['rm', '-q', 'incidents/a.md']);
    repo.commit('delete', '2026-01-02T00:00:00Z');
    repo.write('incidents/a.md', 'new\n');
    repo.commit('re-add', '2026-01-03T00:00:00Z');
    const atFirst = await openRepository(repo.dir, first);
    expect((await firstVersions(atFirst, ['incidents/a.md'])).get('incidents/a.md')?.commit).toBe(first);
  });

  it('asks git nothing for no paths', async () => {
    const opened = { root: '/nonexistent', head: { commit: 'f'.repeat(40), date: '', timestamp: 0 } };
    expect(await firstVersions(opened, [])).toEqual(new Map());
  });
});
