import { describe, expect, it } from 'vitest';
import { type FileVersionContent, fileHistory, listFileVersions, openRepository } from '../../src/git/index.ts';
import { scratchRepo } from '../helpers/git.ts';

async function collect(iterable: AsyncIterable<FileVersionContent>) {
  const out: { commit: string; date: string; path: string; content: string }[] = [];
  for await (const version of iterable) out.push({ commit: version.commit, date: version.date, path: version.path, content: version.content.toString('utf8') });
  return out;
}

describe('listFileVersions / fileHistory', () => {
  it('lists versions oldest first with commit, date, timestamp and content; other files do not count', async () => {
    const repo = scratchRepo();
    repo.write('t.json', 'v1');
    const c1 = repo.commit('one', '2026-01-01T10:00:00Z');
    repo.write('other.txt', 'x');
    repo.commit('unrelated', '2026-01-02T10:00:00Z');
    repo.write('t.json', 'v2');
    const c2 = repo.commit('two', '2026-01-03T10:00:00+02:00');
    repo.write('t.json', 'v3');
    const c3 = repo.commit('three', '2026-01-04T10:00:00Z');
    const opened = await openRepository(repo.dir);
    const versions = await listFileVersions(opened, 't.json');
    expect(versions.map((version) => version.commit)).toEqual([c1, c2, c3]);
    // git prints the committer date with its own offset; the timestamp is the absolute time.
    expect(versions[1]!.date).toBe('2026-01-03T10:00:00+02:00');
    expect(versions[1]!.timestamp).toBe(Date.parse('2026-01-03T08:00:00Z') / 1000);
    expect(versions.every((version) => version.path === 't.json' && /^[0-9a-f]{40}$/.test(version.blob!))).toBe(true);
    expect(await collect(fileHistory(opened, 't.json'))).toEqual([
      { commit: c1, date: '2026-01-01T10:00:00+00:00', path: 't.json', content: 'v1' },
      { commit: c2, date: '2026-01-03T10:00:00+02:00', path: 't.json', content: 'v2' },
      { commit: c3, date: '2026-01-04T10:00:00+00:00', path: 't.json', content: 'v3' },
    ]);
  });

  it('follows renames and reports the old path for old versions', async () => {
    const repo = scratchRepo();
    const body = (n: number) =>
      `${JSON.stringify({ alerts: Array.from({ length: 20 }, (_, i) => ({ name: `Alert${i}`, note: 'long enough to be similar' })), n }, null, 2)}\n`;
    repo.write('old/alerts.json', body(1));
    const c1 = repo.commit('add', '2026-02-01T00:00:00Z');
    repo.git(['mv', 'old/alerts.json', 'alerts_taxonomy.json']);
    const c2 = repo.commit('rename', '2026-02-02T00:00:00Z');
    repo.write('alerts_taxonomy.json', body(3));
    const c3 = repo.commit('edit', '2026-02-03T00:00:00Z');
    const opened = await openRepository(repo.dir);
    const history = await collect(fileHistory(opened, 'alerts_taxonomy.json'));
    expect(history.map(({ commit, path }) => ({ commit, path }))).toEqual([
      { commit: c1, path: 'old/alerts.json' },
      { commit: c2, path: 'alerts_taxonomy.json' },
      { commit: c3, path: 'alerts_taxonomy.json' },
    ]);
    expect(history[0]!.content).toBe(body(1));
    expect(history[2]!.content).toBe(body(3));
  });

  it('reports a deletion with a null blob, skips it in fileHistory and continues after re-adding', async () => {
    const repo = scratchRepo();
    repo.write('keep.txt', 'k');
    repo.write('t.json', 'first');
    const c1 = repo.commit('add', '2026-03-01T00:00:00Z');
    repo.git(['rm', '--quiet', 't.json']);
    const c2 = repo.commit('delete', '2026-03-02T00:00:00Z');
    repo.write('t.json', 'second');
    const c3 = repo.commit('re-add', '2026-03-03T00:00:00Z');
    const opened = await openRepository(repo.dir);
    const versions = await listFileVersions(opened, 't.json');
    expect(versions.map((version) => [version.commit, version.blob === null])).toEqual([
      [c1, false],
      [c2, true],
      [c3, false],
    ]);
    const history = await collect(fileHistory(opened, 't.json'));
    expect(history.map(({ commit, content }) => [commit, content])).toEqual([
      [c1, 'first'],
      [c3, 'second'],
    ]);
  });

  it('sees a change made on a merged branch once, at the merge commit (first parent)', async () => {
    const repo = scratchRepo();
    repo.write('t.json', 'main-1');
    const c1 = repo.commit('base', '2026-04-01T00:00:00Z');
    repo.git(['checkout', '--quiet', '-b', 'feature']);
    repo.write('t.json', 'feature-1');
    repo.commit('feature edit 1', '2026-04-02T00:00:00Z');
    repo.write('t.json', 'feature-2');
    const featureTip = repo.commit('feature edit 2', '2026-04-03T00:00:00Z');
    repo.git(['checkout', '--quiet', 'main']);
    repo.write('other.txt', 'unrelated');
    repo.commit('main moves on', '2026-04-04T00:00:00Z');
    const date = '2026-04-05T00:00:00Z';
    repo.git(['merge', '--quiet', '--no-ff', '-m', 'merge feature', 'feature'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    const merge = repo.git(['rev-parse', 'HEAD']);
    const opened = await openRepository(repo.dir);
    const history = await collect(fileHistory(opened, 't.json'));
    expect(history.map(({ commit, date, content }) => ({ commit, date, content }))).toEqual([
      { commit: c1, date: '2026-04-01T00:00:00+00:00', content: 'main-1' },
      { commit: merge, date: '2026-04-05T00:00:00+00:00', content: 'feature-2' },
    ]);
    expect(history.some((version) => version.commit === featureTip)).toBe(false);
  });

  it('passes the filter every version with its index and the whole list', async () => {
    const repo = scratchRepo();
    for (let i = 1; i <= 5; i++) {
      repo.write('t.json', `v${i}`);
      repo.commit(`v${i}`, `2026-05-0${i}T00:00:00Z`);
    }
    const opened = await openRepository(repo.dir);
    const seen: number[] = [];
    const history = await collect(
      fileHistory(opened, 't.json', (_version, index, all) => {
        seen.push(index);
        expect(all).toHaveLength(5);
        return index % 2 === 0;
      }),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(history.map((version) => version.content)).toEqual(['v1', 'v3', 'v5']);
  });

  it('gives an empty history for a path that never existed', async () => {
    const repo = scratchRepo();
    repo.write('a.txt', 'a');
    repo.commit('a', '2026-01-01T00:00:00Z');
    const opened = await openRepository(repo.dir);
    expect(await listFileVersions(opened, 'missing.json')).toEqual([]);
    expect(await collect(fileHistory(opened, 'missing.json'))).toEqual([]);
  });

  it.each(['we"ird.json', 'back\\slash.json', 'tab\there é.json', 'new\nline.json'])('reports the path %j as it is, not as git quotes it', async (name) => {
    const repo = scratchRepo();
    repo.write(name, 'x');
    repo.commit('odd name', '2026-01-01T00:00:00Z');
    const opened = await openRepository(repo.dir);
    const versions = await listFileVersions(opened, name);
    expect(versions.map((version) => version.path)).toEqual([name]);
    expect(await collect(fileHistory(opened, name))).toMatchObject([{ path: name, content: 'x' }]);
  });

  it('keeps bytes exactly, including non-UTF-8 content and paths with spaces and accents', async () => {
    const repo = scratchRepo();
    const bytes = Buffer.from([0, 1, 2, 255, 10, 13, 10]);
    repo.write('dir with space/é.bin', bytes as unknown as string);
    repo.commit('binary', '2026-01-01T00:00:00Z');
    const opened = await openRepository(repo.dir);
    const versions = [];
    for await (const version of fileHistory(opened, 'dir with space/é.bin')) versions.push(version);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.path).toBe('dir with space/é.bin');
    expect(Buffer.compare(versions[0]!.content, bytes)).toBe(0);
  });
});
