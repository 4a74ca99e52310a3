import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPercentValue, roundTo } from '../../src/core/numbers.ts';

describe('formatPercent', () => {
  it.each([
    { ratio: 0, out: '0%' },
    { ratio: 1, out: '100%' },
    { ratio: 0.5, out: '50%' },
    { ratio: 0.87234, out: '87.2%' },
    { ratio: 0.99999, out: '100%' },
    { ratio: 0.1667, out: '16.7%' },
    { ratio: 0.1234, out: '12.3%' },
    { ratio: 0.1235, out: '12.4%' },
    { ratio: 0.7647, out: '76.5%' },
    { ratio: 0.7645, out: '76.5%' },
    { ratio: 0.0588, out: '5.9%' },
    { ratio: 0.0999, out: '10%' },
    { ratio: 0.00049, out: '0%' },
    { ratio: -0.0125, out: '-1.3%' },
    { ratio: Number.NaN, out: 'n/a' },
    { ratio: null, out: 'n/a' },
  ])('$ratio -> $out', ({ ratio, out }) => {
    expect(formatPercent(ratio)).toBe(out);
  });
  it('honours digits', () => {
    expect(formatPercent(0.872345, 2)).toBe('87.23%');
  });
});

describe('formatPercentValue and formatNumber', () => {
  it.each([
    { fn: formatPercentValue, value: 80, out: '80%' },
    { fn: formatPercentValue, value: 83.33333, out: '83.3%' },
    { fn: formatNumber, value: 3.5, out: '3.5' },
    { fn: formatNumber, value: 3, out: '3' },
    { fn: formatNumber, value: 1 / 3, out: '0.33' },
    { fn: formatNumber, value: Number.POSITIVE_INFINITY, out: 'n/a' },
    { fn: formatNumber, value: undefined, out: 'n/a' },
  ])('$fn.name($value) -> $out', ({ fn, value, out }) => {
    expect(fn(value)).toBe(out);
  });
});

describe('roundTo', () => {
  it.each([
    { value: 1 / 3, digits: 4, expected: 0.3333 },
    { value: 2 / 3, digits: 2, expected: 0.67 },
    { value: 0.1 + 0.2, digits: 4, expected: 0.3 },
    { value: 93.75, digits: 2, expected: 93.75 },
    { value: 12.5, digits: 0, expected: 13 },
    // Stored as 0.50249999...: toFixed and Math.round would give 0.502 while the percent shows 50.3%.
    { value: 201 / 400, digits: 3, expected: 0.503 },
    { value: -2.5, digits: 0, expected: -3 },
  ])('roundTo($value, $digits) = $expected', ({ value, digits, expected }) => {
    expect(roundTo(value, digits)).toBe(expected);
  });

  it('agrees with formatPercent on every ratio n/d up to 400, so a badge colour follows its message', () => {
    for (let d = 1; d <= 400; d++) {
      for (let n = 0; n <= d; n++) expect(formatPercent(roundTo(n / d, 3))).toBe(formatPercent(n / d));
    }
  });
});
