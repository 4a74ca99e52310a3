import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { churnBetween, riskChurnFold, severityWeights, stability } from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES, type Severity } from '../../../src/model/taxonomy.ts';

const SEED = severityWeights(SEED_SEVERITIES);

import { severitiesOf } from './helpers.ts';

describe('churnBetween', () => {
  it.each([
    { name: 'no change', before: { A: 'low' }, after: { A: 'low' }, added: [], removed: [], churn: 0, risk: 0 },
    { name: 'from empty', before: {}, after: { B: 'high', A: 'critical' }, added: ['A', 'B'], removed: [], churn: 2, risk: 8 },
    { name: 'to empty', before: { A: 'medium', B: 'low' }, after: {}, added: [], removed: ['A', 'B'], churn: 2, risk: 3 },
    // Added C weighs its new severity (medium 2), removed A its last one (critical 5); B's severity change is not churn.
    { name: 'replace', before: { A: 'critical', B: 'low' }, after: { B: 'high', C: 'medium' }, added: ['C'], removed: ['A'], churn: 2, risk: 7 },
    {
      name: 'all four weights',
      before: { L: 'low', M: 'medium' },
      after: { H: 'high', C: 'critical' },
      added: ['C', 'H'],
      removed: ['L', 'M'],
      churn: 4,
      risk: 11,
    },
  ] as { name: string; before: Record<string, Severity>; after: Record<string, Severity>; added: string[]; removed: string[]; churn: number; risk: number }[])(
    '$name',
    ({ before, after, added, removed, churn, risk }) => {
      const result = churnBetween(severitiesOf(before), severitiesOf(after), SEED);
      expect(result).toEqual({ added, removed, churn, risk_churn: risk });
    },
  );

  const index = fc
    .dictionary(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'), fc.constantFrom<Severity>(...SEED_SEVERITIES.map((level) => level.name)))
    .map(severitiesOf);

  it('is zero from any taxonomy to itself', () => {
    fc.assert(
      fc.property(index, (a) => {
        expect(churnBetween(a, a, SEED)).toEqual({ added: [], removed: [], churn: 0, risk_churn: 0 });
      }),
    );
  });

  it('counts the same churn both ways, with added and removed swapped', () => {
    fc.assert(
      fc.property(index, index, (a, b) => {
        const forward = churnBetween(a, b, SEED);
        const backward = churnBetween(b, a, SEED);
        expect(backward.churn).toBe(forward.churn);
        expect(backward.added).toEqual(forward.removed);
        expect(backward.removed).toEqual(forward.added);
      }),
    );
  });

  it('has symmetric risk churn when the alerts in both keep their severities', () => {
    fc.assert(
      fc.property(index, index, (a, b) => {
        // Force shared names to the same severity in both.
        const aligned = new Map([...b].map(([name, severity]) => [name, a.get(name) ?? severity]));
        expect(churnBetween(aligned, a, SEED).risk_churn).toBe(churnBetween(a, aligned, SEED).risk_churn);
      }),
    );
  });
});

describe('stability', () => {
  it.each([
    { churn: 0, total: 0, expected: 1 },
    { churn: 3, total: 0, expected: 1 },
    { churn: 0, total: 10, expected: 1 },
    { churn: 5, total: 10, expected: 0.5 },
    { churn: 4, total: 17, expected: 1 - 4 / 17 },
    { churn: 10, total: 10, expected: 0 },
    // More churn than alerts (everything replaced and more removed): clamped at 0.
    { churn: 15, total: 10, expected: 0 },
    { churn: -5, total: 10, expected: 1 },
  ])('churn $churn of $total -> $expected', ({ churn, total, expected }) => {
    expect(stability(churn, total)).toBe(expected);
  });
});

describe('riskChurnFold', () => {
  it.each([
    { current: 0, previous: 0, expected: 0 },
    { current: 6, previous: 0, expected: 6 },
    { current: 6, previous: 1, expected: 6 },
    { current: 6, previous: 3, expected: 2 },
    { current: 12, previous: 9, expected: 12 / 9 },
    { current: 2, previous: 8, expected: 0.25 },
  ])('$current over $previous -> $expected', ({ current, previous, expected }) => {
    expect(riskChurnFold(current, previous)).toBe(expected);
  });
});
