import { describe, expect, it } from 'vitest';
import { cachedSummaries, ENGINE_FINGERPRINT, serializeSpecCache } from '../../../src/metrics/api/index.ts';
import { type SpecVersionSummary, specVersionsCacheSchema } from '../../../src/model/api.ts';

const summary = (i: number): SpecVersionSummary => ({
  commit: `${i}`.repeat(40),
  blob: `blob${i}`,
  date: `2026-01-0${i + 1}T00:00:00.000Z`,
  version: `1.${i}.0`,
  valid: true,
  operations: 1,
  added: 0,
  removed: 0,
  breaking: 0,
  semver_status: 'ok',
});
const SUMMARIES = [0, 1, 2].map(summary);
const TEXT = serializeSpecCache(SUMMARIES);
const versions = (ids: [number, string][]) => ids.map(([i, blob]) => ({ commit: `${i}`.repeat(40), blob }));

describe('serializeSpecCache', () => {
  it('writes api/spec-versions.json: the engine fingerprint and the summaries, in the model schema', () => {
    expect(specVersionsCacheSchema.parse(JSON.parse(TEXT))).toEqual({ engine: ENGINE_FINGERPRINT, versions: SUMMARIES });
    expect(ENGINE_FINGERPRINT).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('cachedSummaries', () => {
  it.each([
    {
      name: 'the same history',
      text: TEXT,
      ids: [
        [0, 'blob0'],
        [1, 'blob1'],
        [2, 'blob2'],
      ],
      reused: 3,
    },
    {
      name: 'one new version',
      text: TEXT,
      ids: [
        [0, 'blob0'],
        [1, 'blob1'],
        [2, 'blob2'],
        [3, 'blob3'],
      ],
      reused: 3,
    },
    { name: 'a shorter history', text: TEXT, ids: [[0, 'blob0']], reused: 1 },
    {
      name: 'a rewritten commit',
      text: TEXT,
      ids: [
        [0, 'blob0'],
        [7, 'blob1'],
        [2, 'blob2'],
      ],
      reused: 1,
    },
    {
      name: 'a changed blob',
      text: TEXT,
      ids: [
        [0, 'other'],
        [1, 'blob1'],
      ],
      reused: 0,
    },
    { name: 'no cache', text: undefined, ids: [[0, 'blob0']], reused: 0 },
    { name: 'not JSON', text: '{', ids: [[0, 'blob0']], reused: 0 },
    { name: 'another engine', text: TEXT.replace(ENGINE_FINGERPRINT, 'other'), ids: [[0, 'blob0']], reused: 0 },
    { name: 'an unknown key', text: TEXT.replace('"engine"', '"extra": 1, "engine"'), ids: [[0, 'blob0']], reused: 0 },
  ] as { name: string; text: string | undefined; ids: [number, string][]; reused: number }[])('$name: reuses $reused', ({ text, ids, reused }) => {
    expect(cachedSummaries(text, versions(ids))).toEqual(SUMMARIES.slice(0, reused));
  });
});
