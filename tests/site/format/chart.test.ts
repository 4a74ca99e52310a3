import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../src/site/format/chart.ts';

describe('lineChart', () => {
  it.each([
    { values: [0, 1], options: { width: 10, height: 10, padding: 0 }, points: '0,10 10,0' },
    { values: [1, 0, 1], options: { width: 20, height: 10, padding: 0 }, points: '0,0 10,10 20,0' },
    { values: [5, 5], options: { width: 10, height: 10, padding: 0 }, points: '0,5 10,5' },
    { values: [0.5], options: { width: 10, height: 10, padding: 0, min: 0, max: 1 }, points: '5,5' },
    { values: [0.5, 1], options: { width: 10, height: 10, padding: 0, min: 0, max: 1 }, points: '0,5 10,0' },
    { values: [2, 0], options: { width: 10, height: 10, padding: 0, min: 0, max: 1 }, points: '0,0 10,10' },
  ])('$values -> $points', ({ values, options, points }) => {
    expect(lineChart(values, options).points).toBe(points);
  });

  it('is empty with no values', () => {
    expect(lineChart([])).toMatchObject({ points: '', area: '', first: null, last: null, end: null });
  });

  it('ignores NaN and infinities and reports the first and last value', () => {
    const chart = lineChart([Number.NaN, 1, Number.POSITIVE_INFINITY, 3]);
    expect(chart.points.split(' ')).toHaveLength(2);
    expect([chart.first, chart.last]).toEqual([1, 3]);
  });

  it('keeps every point inside the box', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }), (values) => {
        const chart = lineChart(values, { width: 300, height: 80, padding: 4 });
        for (const pair of chart.points.split(' ')) {
          const [x, y] = pair.split(',').map(Number) as [number, number];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(300);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(80);
        }
        expect(chart.points.split(' ')).toHaveLength(values.length);
      }),
    );
  });
});
