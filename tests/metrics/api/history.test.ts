import { describe, expect, it } from 'vitest';
import { backfillRuns, previousRuns, serializeHistory } from '../../../src/metrics/api/index.ts';
import type { SpecVersionSummary } from '../../../src/model/api.ts';

const version = (i: number, valid: boolean, breaking = 0): SpecVersionSummary => ({
  commit: `${i}`.repeat(40),
  blob: `blob${i}`,
  date: `2026-01-0${i}T00:00:00.000Z`,
  version: valid ? `1.${i}.0` : null,
  valid,
  operations: 2,
  added: 1,
  removed: breaking,
  breaking,
  semver_status: valid ? 'ok' : null,
});
const VERSIONS = [version(1, true), version(2, true, 1), version(3, false)];

describe('backfillRuns', () => {
  it('makes one run per version, as if built at each commit', () => {
    expect(backfillRuns(VERSIONS)).toEqual([
      {
        commit: '1'.repeat(40),
        time: '2026-01-01T00:00:00.000Z',
        spec_blob: 'blob1',
        version: '1.1.0',
        breaking: 0,
        operations_added: 1,
        operations_removed: 0,
        placeholder: false,
        score: 1,
      },
      {
        commit: '2'.repeat(40),
        time: '2026-01-02T00:00:00.000Z',
        spec_blob: 'blob2',
        version: '1.2.0',
        breaking: 1,
        operations_added: 1,
        operations_removed: 1,
        placeholder: false,
        score: 0,
      },
      {
        commit: '3'.repeat(40),
        time: '2026-01-03T00:00:00.000Z',
        spec_blob: null,
        version: null,
        breaking: 0,
        operations_added: 1,
        operations_removed: 0,
        placeholder: true,
        score: 0,
      },
    ]);
  });
});

describe('previousRuns', () => {
  it.each([
    { name: 'no history on the state branch', text: undefined, runs: 3 },
    { name: 'an empty history file', text: '\n', runs: 3 },
    { name: 'a kept history', text: serializeHistory(backfillRuns(VERSIONS.slice(0, 1))), runs: 1 },
  ])('$name: $runs runs', ({ text, runs }) => {
    expect(previousRuns(text, 'api/stability-history.jsonl', VERSIONS)).toHaveLength(runs);
  });

  it('a corrupt history is an input error naming the file and line', () => {
    expect(() => previousRuns('{"commit":1}\n', 'api/stability-history.jsonl (state branch s)', VERSIONS)).toThrow(
      expect.objectContaining({ exitCode: 2, location: { file: 'api/stability-history.jsonl (state branch s)', where: 'line 1: $.commit' } }),
    );
  });
});
