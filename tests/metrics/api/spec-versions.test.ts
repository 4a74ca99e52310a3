import { describe, expect, it } from 'vitest';
import {
  baselineBefore,
  DiffCache,
  lastValidBefore,
  type SpecVersionReader,
  summarizeSpecVersions,
  titleOf,
  type VersionRef,
  versionOf,
} from '../../../src/metrics/api/index.ts';
import type { SpecVersionSummary } from '../../../src/model/api.ts';
import { type ParsedSpec, parseSpec } from '../../../src/sources/openapi/index.ts';

/** A spec with the given version and `GET` operations. */
const spec = (version: string, paths: string[]) =>
  `openapi: 3.1.0\ninfo: {title: Pets, version: "${version}"}\npaths:\n${paths.map((path) => `  ${path}:\n    get:\n      responses: {'200': {description: ok}}\n`).join('')}`;

const TEXTS = [
  spec('1.0.0', ['/a']),
  spec('1.1.0', ['/a', '/b']),
  spec('1.2.0', ['/b']), // removes GET /a under a minor bump: fails the policy
  'openapi: [broken\n',
  spec('2.0.0', ['/b']), // compared with 1.1.0, the last version that passed
];
const VERSIONS: VersionRef[] = TEXTS.map((_, i) => ({ commit: `${i}`.repeat(40), blob: `b${i}`, date: `2026-01-0${i + 1}T00:00:00.000Z` }));
const PARSED = TEXTS.map((text) => parseSpec(text, 'openapi.yaml'));

/** An in-memory reader that records what it was asked for. */
function reader(): { read: SpecVersionReader; asked: number[][] } {
  const asked: number[][] = [];
  return {
    asked,
    read: async function* (indices) {
      asked.push([...indices]);
      for (const index of indices) yield [index, PARSED[index]!] as const;
    },
  };
}

const EXPECTED: Omit<SpecVersionSummary, 'commit' | 'blob' | 'date'>[] = [
  // The first valid version is the baseline: its operation was not added by a change.
  { version: '1.0.0', valid: true, operations: 1, added: 0, removed: 0, breaking: 0, semver_status: 'ok' },
  { version: '1.1.0', valid: true, operations: 2, added: 1, removed: 0, breaking: 0, semver_status: 'warn' },
  { version: '1.2.0', valid: true, operations: 1, added: 0, removed: 1, breaking: 1, semver_status: 'fail' },
  { version: null, valid: false, operations: 0, added: 0, removed: 0, breaking: 0, semver_status: null },
  { version: '2.0.0', valid: true, operations: 1, added: 0, removed: 0, breaking: 0, semver_status: 'ok' },
];

describe('summarizeSpecVersions', () => {
  it('summarises every version: operations, change since the last readable one, SemVer against its baseline', async () => {
    const { read, asked } = reader();
    const { summaries, parsed } = await summarizeSpecVersions(VERSIONS, [], read, new DiffCache());
    expect(summaries).toEqual(EXPECTED.map((summary, i) => ({ ...VERSIONS[i], ...summary })));
    expect(asked).toEqual([[0, 1, 2, 3, 4]]);
    // Kept at the end: the last readable version, which is also the baseline.
    expect([...parsed.keys()]).toEqual([4]);
  });

  it('reuses cached summaries and reads only the new versions and the two they compare with', async () => {
    const full = (await summarizeSpecVersions(VERSIONS, [], reader().read, new DiffCache())).summaries;
    const { read, asked } = reader();
    const { summaries } = await summarizeSpecVersions(VERSIONS, full.slice(0, 4), read, new DiffCache());
    expect(summaries).toEqual(full);
    // Last readable before 4 is 2 (1.2.0), the baseline is 1 (1.1.0: 1.2.0 failed).
    expect(asked).toEqual([[1, 2, 4]]);
  });

  it('reads nothing when every version is cached', async () => {
    const full = (await summarizeSpecVersions(VERSIONS, [], reader().read, new DiffCache())).summaries;
    const { read, asked } = reader();
    expect((await summarizeSpecVersions(VERSIONS, full, read, new DiffCache())).summaries).toEqual(full);
    expect(asked).toEqual([]);
  });

  it('counts an unchanged blob as no change, without diffing', async () => {
    const versions = [VERSIONS[0]!, { ...VERSIONS[0]!, commit: 'f'.repeat(40) }];
    const read: SpecVersionReader = async function* (indices) {
      for (const index of indices) yield [index, PARSED[0]!] as const;
    };
    const { summaries } = await summarizeSpecVersions(versions, [], read, new DiffCache());
    expect(summaries[1]).toMatchObject({ added: 0, removed: 0, breaking: 0, semver_status: 'ok' });
  });
});

describe('lastValidBefore and baselineBefore', () => {
  const summaries = EXPECTED.map((summary, i) => ({ ...VERSIONS[i]!, ...summary }));
  it.each([
    { before: 0, lastValid: -1, baseline: -1 },
    { before: 1, lastValid: 0, baseline: 0 },
    { before: 3, lastValid: 2, baseline: 1 },
    { before: 4, lastValid: 2, baseline: 1 },
    { before: 5, lastValid: 4, baseline: 4 },
  ])('before $before: last valid $lastValid, baseline $baseline', ({ before, lastValid, baseline }) => {
    expect(lastValidBefore(summaries, before)).toBe(lastValid);
    expect(baselineBefore(summaries, before)).toBe(baseline);
  });
});

describe('versionOf and titleOf', () => {
  const doc = (info: Record<string, unknown>) => ({ ...(PARSED[0] as Extract<ParsedSpec, { error: null }>).doc, info }) as never;
  it.each([
    { info: { title: 'Pets', version: '1.0.0' }, version: '1.0.0', title: 'Pets' },
    { info: { version: '  ' }, version: null, title: null },
    { info: { title: 3, version: 2 }, version: null, title: null },
  ])('$info', ({ info, version, title }) => {
    expect(versionOf(doc(info))).toBe(version);
    expect(titleOf(doc(info))).toBe(title);
  });
});
