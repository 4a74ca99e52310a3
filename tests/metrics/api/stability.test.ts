import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { computeStabilityMetrics, parseHistory, placeholderStreak, runsBefore, scoreRun, serializeHistory, upsertRun } from '../../../src/metrics/api/index.ts';
import type { StabilityRecord } from '../../../src/model/api.ts';

const NOW = '2026-03-01T00:00:00Z';

/** `S` stable, `B` breaking, `P` placeholder, one run per letter, oldest first. */
function runs(pattern: string): StabilityRecord[] {
  return [...pattern].map((letter, i) => {
    const placeholder = letter === 'P';
    const breaking = letter === 'B' ? 2 : 0;
    return {
      commit: i.toString(16).padStart(40, '0'),
      time: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      spec_blob: placeholder ? null : 'a'.repeat(40),
      version: placeholder ? null : '1.0.0',
      breaking,
      operations_added: 0,
      operations_removed: 0,
      placeholder,
      score: scoreRun({ placeholder, breaking }),
    };
  });
}

describe('computeStabilityMetrics', () => {
  // Worked by hand: window = last `size` letters; ratio = S count / window length (4 decimals).
  const cases = [
    { pattern: '', size: 20, ratio: 0, stable: 0, total: 0, current: 0, longest: 0, overall: 0, streak: 0, placeholder: false },
    { pattern: 'S', size: 20, ratio: 1, stable: 1, total: 1, current: 1, longest: 1, overall: 1, streak: 0, placeholder: false },
    { pattern: 'SSBSS', size: 20, ratio: 0.8, stable: 4, total: 5, current: 2, longest: 2, overall: 0.8, streak: 0, placeholder: false },
    { pattern: 'SSSBSP', size: 3, ratio: 0.3333, stable: 1, total: 3, current: 0, longest: 3, overall: 0.6667, streak: 1, placeholder: true },
    { pattern: 'SSSSSSSBPP', size: 4, ratio: 0.25, stable: 1, total: 4, current: 0, longest: 7, overall: 0.7, streak: 2, placeholder: true },
    { pattern: 'PPPSS', size: 20, ratio: 0.4, stable: 2, total: 5, current: 2, longest: 2, overall: 0.4, streak: 0, placeholder: false },
    { pattern: 'BSSSSSS', size: 6, ratio: 1, stable: 6, total: 6, current: 6, longest: 6, overall: 0.8571, streak: 0, placeholder: false },
  ];
  for (const c of cases) {
    it(`${c.pattern || '(no runs)'} window ${c.size}`, () => {
      const metrics = computeStabilityMetrics(runs(c.pattern), c.size, NOW);
      expect(metrics).toMatchObject({
        window_stability_ratio: c.ratio,
        window_size: c.size,
        window_stable_count: c.stable,
        window_total_count: c.total,
        current_stable_streak: c.current,
        longest_stable_streak: c.longest,
        overall_stability_ratio: c.overall,
        window_mean_score: c.ratio,
        placeholder: c.placeholder,
        extensions: { placeholder_streak: c.streak },
        total_runs: c.pattern.length,
        generated_at: NOW,
      });
    });
  }

  it('never gives NaN and keeps ratios in [0, 1]', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[SBP]{0,40}$/), fc.integer({ min: 1, max: 50 }), (pattern, size) => {
        const m = computeStabilityMetrics(runs(pattern), size, NOW);
        for (const value of [m.window_stability_ratio, m.overall_stability_ratio, m.window_mean_score]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(m.current_stable_streak).toBeLessThanOrEqual(m.longest_stable_streak);
        expect(m.window_total_count).toBe(Math.min(size, pattern.length));
      }),
    );
  });
});

describe('scoreRun', () => {
  it.each([
    [{ placeholder: false, breaking: 0 }, 1],
    [{ placeholder: false, breaking: 1 }, 0],
    [{ placeholder: true, breaking: 0 }, 0],
  ])('%o -> %d', (run, score) => expect(scoreRun(run)).toBe(score));
});

describe('placeholderStreak', () => {
  it.each([
    ['', 0],
    ['S', 0],
    ['P', 1],
    ['PPS', 0],
    ['SPPP', 3],
    ['PBPP', 2],
  ])('%s -> %d', (pattern, streak) => expect(placeholderStreak(runs(pattern))).toBe(streak));
});

describe('history JSONL', () => {
  it('round-trips and writes sorted keys, one line per run', () => {
    const records = runs('SBP');
    const text = serializeHistory(records);
    expect(text.split('\n')).toHaveLength(4);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.startsWith('{"breaking":0,"commit":')).toBe(true);
    expect(parseHistory(text, 'h.jsonl')).toEqual(records);
  });

  it('round-trips any records (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[SBP]{0,20}$/), (pattern) => {
        const records = runs(pattern);
        expect(parseHistory(serializeHistory(records), 'h')).toEqual(records);
      }),
    );
  });

  it.each([
    ['not json', 'line 2 column 2', /malformed JSON line: .* \(expected one stability record a line\)/],
    ['{"commit":"zz"}', 'line 2: $.commit', /a hexadecimal commit id/],
  ])('rejects %s naming the line', (bad, where, message) => {
    const text = `${serializeHistory(runs('S'))}${bad}\n`;
    try {
      parseHistory(text, 'api/stability-history.jsonl');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file: 'api/stability-history.jsonl', where });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('upsertRun replaces the line of a rebuilt commit and appends a new one', () => {
    const records = runs('SSS');
    const rebuilt = { ...records[2]!, breaking: 1, score: 0 };
    expect(upsertRun(records, rebuilt)).toEqual([records[0], records[1], rebuilt]);
    const fresh = { ...records[0]!, commit: 'f'.repeat(40) };
    expect(upsertRun(records, fresh)).toEqual([...records, fresh]);
    expect(runsBefore(records, records[1]!.commit)).toEqual([records[0]]);
    expect(runsBefore(records, 'f'.repeat(40))).toEqual(records);
  });
});
