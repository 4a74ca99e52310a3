import { rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSpecVersions, loadSpecVersions, type ParsedSpec, readSpecAtHead, readSpecVersions } from '../../../src/sources/openapi/index.ts';
import { atHead } from '../../helpers/context.ts';
import { scratchRepo } from '../../helpers/git.ts';

const spec = (version: string) => `openapi: 3.1.0\ninfo: {title: Pets, version: "${version}"}\npaths: {}\n`;

const repo = scratchRepo();
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));
repo.write('openapi.yaml', spec('1.0.0'));
const c1 = repo.commit('v1', '2026-01-01T12:00:00Z');
repo.write('openapi.yaml', 'openapi: [broken\n');
const c2 = repo.commit('broken', '2026-01-02T12:00:00+02:00');
unlinkSync(join(repo.dir, 'openapi.yaml'));
repo.commit('deleted', '2026-01-03T12:00:00Z');
repo.write('openapi.yaml', spec('2.0.0'));
const c4 = repo.commit('v2', '2026-01-04T12:00:00Z');

const versionsOf = (parsed: Iterable<[number, ParsedSpec]>) =>
  [...parsed].map(([index, { doc, error }]) => [index, doc?.info.version ?? error!.message.slice(0, 14)]);

describe('listSpecVersions', () => {
  it('lists every version on the first-parent history, oldest first, deletions left out, dates in UTC', async () => {
    const { repo: opened } = await atHead(repo.dir);
    const versions = await listSpecVersions(opened, 'openapi.yaml');
    expect(versions.map((version) => [version.commit, version.date, version.path])).toEqual([
      [c1, '2026-01-01T12:00:00.000Z', 'openapi.yaml'],
      [c2, '2026-01-02T10:00:00.000Z', 'openapi.yaml'],
      [c4, '2026-01-04T12:00:00.000Z', 'openapi.yaml'],
    ]);
    expect(versions[2]!.blob).toBe(repo.git(['rev-parse', 'HEAD:openapi.yaml']));
  });
});

describe('readSpecVersions and loadSpecVersions', () => {
  it('parse the versions asked, in order, a broken one as its error', async () => {
    const { repo: opened } = await atHead(repo.dir);
    const versions = await listSpecVersions(opened, 'openapi.yaml');
    const read: [number, ParsedSpec][] = [];
    for await (const entry of readSpecVersions(opened, versions, [0, 1, 2])) read.push(entry);
    expect(versionsOf(read)).toEqual([
      [0, '1.0.0'],
      [1, 'malformed YAML'],
      [2, '2.0.0'],
    ]);
    expect(read[1]![1].error).toMatchObject({ file: 'openapi.yaml', where: expect.stringMatching(/^line /) });
  });

  it('load reads only what is not known yet, and each index once', async () => {
    const { repo: opened } = await atHead(repo.dir);
    const versions = await listSpecVersions(opened, 'openapi.yaml');
    const known: ParsedSpec = { doc: null, error: { message: 'known', file: 'x', where: null } };
    const loaded = await loadSpecVersions(opened, versions, [2, 0, 2], new Map([[2, known]]));
    expect(loaded.get(2)).toBe(known);
    expect(loaded.get(0)!.doc!.info.version).toBe('1.0.0');
    expect(loaded.size).toBe(2);
    expect((await loadSpecVersions(opened, versions, [])).size).toBe(0);
  });
});

describe('readSpecAtHead', () => {
  it('reads the spec of the commit being built, with its blob', async () => {
    const head = await readSpecAtHead((await atHead(repo.dir)).snapshot, 'openapi.yaml');
    expect(head.blob).toBe(repo.git(['rev-parse', 'HEAD:openapi.yaml']));
    expect(head.doc!.info.version).toBe('2.0.0');
  });

  it('ignores the work tree: an uncommitted edit is not read', async () => {
    repo.write('openapi.yaml', spec('9.9.9'));
    try {
      expect((await readSpecAtHead((await atHead(repo.dir)).snapshot, 'openapi.yaml')).doc!.info.version).toBe('2.0.0');
    } finally {
      repo.git(['checkout', '--', 'openapi.yaml']);
    }
  });

  it('a missing spec is an error naming the file and the commit', async () => {
    const head = await readSpecAtHead((await atHead(repo.dir)).snapshot, 'api/openapi.yaml');
    expect(head).toEqual({
      blob: null,
      doc: null,
      error: {
        file: 'api/openapi.yaml',
        where: null,
        message: `OpenAPI spec not found at HEAD (${c4.slice(0, 7)}); set sources.openapi.path to where the spec lives`,
      },
    });
  });

  it('follows a symbolic link inside the repository to the spec it names', async () => {
    const other = scratchRepo();
    try {
      other.write('specs/v2.yaml', spec('2.1.0'));
      symlinkSync('specs/v2.yaml', join(other.dir, 'openapi.yaml'));
      other.commit('linked', '2026-01-05T12:00:00Z');
      const head = await readSpecAtHead((await atHead(other.dir)).snapshot, 'openapi.yaml');
      expect(head.doc!.info.version).toBe('2.1.0');
      expect(head.blob).toBe(other.git(['rev-parse', 'HEAD:specs/v2.yaml']));
    } finally {
      rmSync(other.dir, { recursive: true, force: true });
    }
  });
});
