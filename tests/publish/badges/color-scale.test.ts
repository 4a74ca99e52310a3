import { describe, expect, it } from 'vitest';
import type { BadgeDefinition } from '../../../src/model/badge.ts';
import { toEndpoint } from '../../../src/publish/badges/badge.ts';
import { colorScale, GOOD_TO_BAD } from '../../../src/publish/badges/color-scale.ts';

describe('colorScale', () => {
  const scale = colorScale([10, 20, 30], ['c0', 'c1', 'c2', 'c3']);
  it.each([
    { value: -Infinity, expected: 'c0' },
    { value: 9.999, expected: 'c0' },
    { value: 10, expected: 'c1' },
    { value: 19.999, expected: 'c1' },
    { value: 20, expected: 'c2' },
    { value: 29, expected: 'c2' },
    { value: 30, expected: 'c3' },
    { value: 1e9, expected: 'c3' },
  ])('$value -> $expected', ({ value, expected }) => {
    expect(scale(value)).toBe(expected);
  });

  it.each([
    { value: 9, expected: 'c3' },
    { value: 10, expected: 'c2' },
    { value: 20, expected: 'c1' },
    { value: 30, expected: 'c0' },
  ])('reversed: $value -> $expected', ({ value, expected }) => {
    expect(colorScale([10, 20, 30], ['c0', 'c1', 'c2', 'c3'], true)(value)).toBe(expected);
  });

  it('does not reorder the caller array when reversed', () => {
    const colors = ['a', 'b'];
    colorScale([1], colors, true);
    expect(colors).toEqual(['a', 'b']);
  });

  it('gives NaN the last colour (no step is greater than NaN)', () => {
    expect(scale(Number.NaN)).toBe('c3');
  });

  it.each([
    { steps: [1, 2], colors: ['a', 'b'] },
    { steps: [1, 2], colors: ['a', 'b', 'c', 'd'] },
    { steps: [], colors: [] },
  ])('throws for $colors.length colours with $steps.length steps', ({ steps, colors }) => {
    expect(() => colorScale(steps, colors)).toThrow(`colorScale needs ${steps.length + 1} colours for ${steps.length} steps, got ${colors.length}`);
  });

  it('works with no steps and one colour', () => {
    expect(colorScale([], ['blue'])(42)).toBe('blue');
  });

  it('lists Shields colours best to worst', () => {
    expect(GOOD_TO_BAD).toEqual(['brightgreen', 'green', 'yellowgreen', 'yellow', 'orange', 'red']);
  });
});

describe('toEndpoint', () => {
  it('wraps a rendered badge with schemaVersion, label and cacheSeconds only', () => {
    const badge: BadgeDefinition<number> = { file: 'x.json', label: 'thing', render: (n) => ({ message: String(n), color: 'blue' }) };
    expect(toEndpoint(badge, 7, 600)).toEqual({ schemaVersion: 1, label: 'thing', message: '7', color: 'blue', cacheSeconds: 600 });
    expect(Object.keys(toEndpoint(badge, 7, 600))).toEqual(['schemaVersion', 'label', 'message', 'color', 'cacheSeconds']);
  });
});
