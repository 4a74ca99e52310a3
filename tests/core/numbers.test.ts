import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPercentValue } from '../../src/core/numbers.ts';

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
