import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex as sha256 } from '../../../src/core/sha256.ts';
import { openRepository, openSnapshot, type Snapshot, type SnapshotEntry } from '../../../src/git/index.ts';
import { outermost } from '../../../src/sources/catalog/file-tree.ts';
import { type FileTree, listingBases, readCatalog, snapshotTree, workTree } from '../../../src/sources/catalog/index.ts';
import { scratchRepo } from '../../helpers/git.ts';

const META = 'name: a\ndescription: d\ntier: 3\nowner: t\n';

/** One committed repository read both ways: the build's snapshot and `govpages catalog`'s work tree. */
async function bothTrees(): Promise<{ dir: string; trees: [string, FileTree][] }> {
  const repo = scratchRepo();
  repo.write('organizations/o/a/.meta/repo.yaml', META);
  repo.write('organizations/o/a/README.md', 'same\n');
  repo.write('organizations/o/a/docs/guide.md', 'same\n');
  repo.write('organizations/o/skip/.meta/repo.yaml', META);
  repo.write('organizations/o-b/.meta/repo.yaml', META);
  repo.write('elsewhere/c/.meta/repo.yaml', META);
  symlinkSync('README.md', join(repo.dir, 'organizations/o/a/LINKED.md'));
  repo.commit('portfolio', '2026-01-01T00:00:00Z');
  const snapshot = await openSnapshot(await openRepository(repo.dir));
  return {
    dir: repo.dir,
    trees: [
      ['snapshot', snapshotTree(snapshot)],
      ['work tree', workTree(repo.dir)],
    ],
  };
}

describe('snapshotTree and workTree agree on a clean work tree', async () => {
  const { trees } = await bothTrees();

  it.each(trees)('%s: match, with `!` excluding and symbolic links left out', async (_, tree) => {
    expect(await tree.match(['organizations/**/.meta/repo.yaml', '!organizations/o/skip/**'])).toEqual([
      'organizations/o-b/.meta/repo.yaml',
      'organizations/o/a/.meta/repo.yaml',
    ]);
    expect(await tree.match(['organizations/o/a/*.md'])).toEqual(['organizations/o/a/README.md']);
    expect(await tree.match(['!organizations/**'])).toEqual([]);
  });

  it.each(trees)('%s: list, sorted, nested and repeated folders once', async (_, tree) => {
    expect(await tree.list(['organizations/o/a', 'organizations/o/a/docs', 'organizations/o/a'])).toEqual([
      'organizations/o/a/.meta/repo.yaml',
      'organizations/o/a/README.md',
      'organizations/o/a/docs/guide.md',
    ]);
    expect(await tree.list([])).toEqual([]);
    expect(await tree.list(['', 'elsewhere'])).toHaveLength(6);
  });

  it.each(trees)('%s: read and hash', async (_, tree) => {
    const paths = ['organizations/o/a/README.md', 'organizations/o/a/docs/guide.md', 'elsewhere/c/.meta/repo.yaml'];
    expect([...(await tree.read(paths))].map(([path, content]) => [path, content.toString()])).toEqual(
      paths.map((path) => [path, path.endsWith('.yaml') ? META : 'same\n']),
    );
    expect(Object.fromEntries(await tree.hash(paths))).toEqual({
      'organizations/o/a/README.md': sha256(Buffer.from('same\n')),
      'organizations/o/a/docs/guide.md': sha256(Buffer.from('same\n')),
      'elsewhere/c/.meta/repo.yaml': sha256(Buffer.from(META)),
    });
  });

  it('readCatalog gives the same records from both', async () => {
    const patterns = ['organizations/*/*/.meta/repo.yaml', 'organizations/*/.meta/repo.yaml', '!organizations/o/skip/**'];
    const [fromSnapshot, fromWorkTree] = await Promise.all(trees.map(([, tree]) => readCatalog(tree, patterns)));
    expect(fromSnapshot).toEqual(fromWorkTree);
    expect(fromSnapshot!.map((record) => [record.id, Object.keys(record.files).sort()])).toEqual([
      ['organizations/o-b', ['.meta/repo.yaml']],
      ['organizations/o/a', ['.meta/repo.yaml', 'README.md', 'docs/guide.md']],
    ]);
  });
});

describe('snapshotTree.hash', () => {
  it('reads each blob once, however many files share it', async () => {
    const entries = new Map<string, SnapshotEntry>(
      [
        ['a', 'b1'],
        ['b', 'b1'],
        ['c', 'b2'],
        ['d', 'b1'],
      ].map(([path, blob]) => [path!, { path: path!, mode: '100644', blob: blob! }]),
    );
    const asked: string[][] = [];
    const snapshot = {
      commit: 'c0',
      entries,
      async *read(paths: readonly string[]) {
        asked.push([...paths]);
        for (const path of paths) yield { path, blob: entries.get(path)!.blob, content: Buffer.from(entries.get(path)!.blob) };
      },
    } as unknown as Snapshot;
    const hashes = await snapshotTree(snapshot).hash(['a', 'b', 'c', 'd']);
    expect(asked).toEqual([['d', 'c']]);
    expect(Object.fromEntries(hashes)).toEqual({
      a: sha256(Buffer.from('b1')),
      b: sha256(Buffer.from('b1')),
      c: sha256(Buffer.from('b2')),
      d: sha256(Buffer.from('b1')),
    });
  });
});

describe('listingBases', () => {
  it.each([
    { patterns: ['organizations/*/*/.meta/repo.yaml'], out: ['organizations'] },
    { patterns: ['organizations/*/*/.meta/repo.yaml', 'organizations/a/.meta/repo.yaml'], out: ['organizations', 'organizations/a'] },
    { patterns: ['organizations/*/*/.meta/repo.yaml', '!organizations/old/**'], out: ['organizations'] },
    { patterns: ['!organizations/old/**'], out: [] },
  ])('$patterns -> $out', ({ patterns, out }) => {
    expect(listingBases(patterns)).toEqual(out);
  });
});

describe('outermost', () => {
  const folder = fc.array(fc.constantFrom('a', 'b', 'a-b', 'c'), { maxLength: 3 }).map((segments) => segments.join('/'));
  it('keeps one folder for each input, none inside another (property)', () => {
    fc.assert(
      fc.property(fc.array(folder, { maxLength: 8 }), (folders) => {
        const kept = outermost(folders);
        const covers = (outer: string, inner: string) => outer === '' || inner === outer || inner.startsWith(`${outer}/`);
        for (const input of folders) expect(kept.some((outer) => covers(outer, input))).toBe(true);
        for (const outer of kept) expect(kept.filter((other) => other !== outer && covers(other, outer))).toEqual([]);
        expect(new Set(kept).size).toBe(kept.length);
        for (const outer of kept) expect(folders).toContain(outer);
      }),
      { numRuns: 300 },
    );
  });
});
