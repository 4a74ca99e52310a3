import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionWindows, parseDuration } from '../../../src/metrics/taxonomy/index.ts';

describe('parseDuration', () => {
  it.each([
    { text: '0', expected: 0 },
    { text: '0s', expected: 0 },
    { text: '100ms', expected: 100 },
    { text: '90s', expected: 90_000 },
    { text: '5m', expected: 300_000 },
    { text: ' 10m ', expected: 600_000 },
    { text: '1h30m', expected: 5_400_000 },
    { text: '1h0m30s', expected: 3_630_000 },
    { text: '1d', expected: 86_400_000 },
    { text: '2w', expected: 1_209_600_000 },
    { text: '1y', expected: 31_536_000_000 },
    { text: '1m500ms', expected: 60_500 },
    { text: '', expected: null },
    { text: '   ', expected: null },
    { text: '5', expected: null },
    { text: '5x', expected: null },
    { text: '1.5h', expected: null },
    { text: 'm5', expected: null },
    { text: '-5m', expected: null },
    { text: '5m x', expected: null },
    { text: '5 m', expected: null },
    { text: '5M', expected: null },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it('adds up any sequence of unit terms', () => {
    const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[]))), { minLength: 1, maxLength: 5 }),
        (terms) => {
          const text = terms.map(([count, unit]) => `${count}${unit}`).join('');
          expect(parseDuration(text)).toBe(terms.reduce((sum, [count, unit]) => sum + count * units[unit], 0));
        },
      ),
    );
  });
});

describe('expressionWindows', () => {
  it.each([
    { expr: 'up == 0', expected: [] },
    { expr: 'rate(errors[5m]) > 0.05', expected: [300_000] },
    { expr: 'rate(x[5m]) / rate(x[1h]) and rate(y[5m])', expected: [300_000, 3_600_000] },
    { expr: 'max_over_time(x[1h:1m])', expected: [3_600_000] },
    { expr: 'max_over_time(rate(x[5m])[30m:])', expected: [300_000, 1_800_000] },
    { expr: 'increase(x[1h30m])', expected: [5_400_000] },
    { expr: 'rate(x[$__rate_interval])', expected: [] },
    { expr: 'x{path="/a[0]"}', expected: [] },
  ])('$expr', ({ expr, expected }) => {
    expect([...expressionWindows(expr)].sort((a, b) => a - b)).toEqual(expected);
  });
});
