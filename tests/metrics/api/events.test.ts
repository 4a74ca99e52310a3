import { describe, expect, it } from 'vitest';
import { apiFeedEvents, scoreRun } from '../../../src/metrics/api/index.ts';
import type { SpecVersionSummary, StabilityRecord } from '../../../src/model/api.ts';

/** `S` stable, `B` breaking, `P` placeholder; run i is commit `c<i>` on day i+1. */
function runs(pattern: string): StabilityRecord[] {
  return [...pattern].map((letter, i) => ({
    commit: `c${i}`.padEnd(40, '0').replace('c', 'c'.charCodeAt(0).toString(16)),
    time: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    spec_blob: null,
    version: '1.0.0',
    breaking: letter === 'B' ? 1 : 0,
    operations_added: 0,
    operations_removed: letter === 'B' ? 1 : 0,
    placeholder: letter === 'P',
    score: scoreRun({ placeholder: letter === 'P', breaking: letter === 'B' ? 1 : 0 }),
  }));
}

const version = (commit: string, day: number, status: SpecVersionSummary['semver_status']): SpecVersionSummary => ({
  commit,
  blob: 'b'.repeat(40),
  date: `2026-01-${String(day).padStart(2, '0')}T00:00:00Z`,
  version: '1.0.0',
  valid: status !== null,
  operations: 1,
  added: 0,
  removed: 0,
  breaking: status === 'fail' ? 1 : 0,
  semver_status: status,
});

describe('apiFeedEvents', () => {
  it('derives breaking, placeholder and stability crossings from the run history', () => {
    // Window 4, threshold 0.75. Ratios: S 1, S 1, B .667 (drop), P .5, P .25, S .25, S .5, S .75 (recovered).
    const history = runs('SSBPPSSS');
    const events = apiFeedEvents(history, [], { windowSize: 4, stabilityThreshold: 0.75 });
    expect(events.map((event) => `${event.date.slice(8, 10)} ${event.type}`)).toEqual([
      '03 breaking-change',
      '03 stability-drop',
      '04 placeholder',
      '06 placeholder-recovered',
      '08 stability-recovered',
    ]);
    expect(events.find((e) => e.type === 'placeholder-recovered')!.summary).toContain('after 2 placeholder run(s)');
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('reports a SemVer failure once and its recovery once', () => {
    const versions = [version('a', 1, 'ok'), version('b', 2, 'fail'), version('c', 3, 'fail'), version('d', 4, null), version('e', 5, 'warn')];
    const events = apiFeedEvents([], versions, { windowSize: 20, stabilityThreshold: 0.8 });
    expect(events.map((event) => event.id)).toEqual(['api:b:semver-fail', 'api:e:semver-recovered']);
  });

  it('is quiet for a healthy history', () => {
    expect(apiFeedEvents(runs('SSSS'), [version('a', 1, 'ok')], { windowSize: 20, stabilityThreshold: 0.8 })).toEqual([]);
  });
});
