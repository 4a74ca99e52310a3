import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changelogBetween } from '../../../src/metrics/taxonomy/index.ts';
import { SEED_SEVERITIES } from '../../../src/model/taxonomy.ts';
import { summaryOf } from './helpers.ts';

const COMMIT = 'abcdef0123456789abcdef0123456789abcdef01';
const DATE = '2026-03-04T05:06:07.000Z';

describe('changelogBetween', () => {
  it('is null when nothing the changelog records changed (runbook and deprecation are not core fields)', () => {
    const before = summaryOf({ A: { severity: 'low', runbookComplete: false } });
    const after = summaryOf({ A: { severity: 'low', runbookComplete: true, deprecated: true } });
    expect(changelogBetween(before, after, COMMIT, DATE)).toBeNull();
  });

  it('lists added, removed, modified fields in field order and severity transitions, sorted by name', () => {
    const before = summaryOf({
      Zeta: 'low',
      Alpha: { severity: 'high', group: 'api', description: 'old text' },
      Gone: 'critical',
    });
    const after = summaryOf({
      Zeta: 'low',
      Alpha: { severity: 'critical', group: 'edge', description: 'new text', scope: 'platform' },
      Beta: 'medium',
      Aardvark: 'low',
    });
    expect(changelogBetween(before, after, COMMIT, DATE)).toEqual({
      commit: COMMIT,
      date: DATE,
      added: [
        { name: 'Aardvark', severity: 'low' },
        { name: 'Beta', severity: 'medium' },
      ],
      removed: [{ name: 'Gone', severity: 'critical' }],
      modified: [
        { name: 'Alpha', field: 'group', from: 'api', to: 'edge' },
        { name: 'Alpha', field: 'severity', from: 'high', to: 'critical' },
        { name: 'Alpha', field: 'scope', from: 'service', to: 'platform' },
        { name: 'Alpha', field: 'description', from: 'old text', to: 'new text' },
      ],
      severity_transitions: [{ name: 'Alpha', from: 'high', to: 'critical' }],
    });
  });

  const summary = fc
    .dictionary(
      fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      fc.record({
        severity: fc.constantFrom(...SEED_SEVERITIES.map((level) => level.name)),
        group: fc.constantFrom('g1', 'g2'),
        description: fc.constantFrom('x', 'y'),
      }),
    )
    .map(summaryOf);

  it('is null between any version and itself', () => {
    fc.assert(
      fc.property(summary, (x) => {
        expect(changelogBetween(x, x, COMMIT, DATE)).toBeNull();
      }),
    );
  });

  it('swaps added and removed, and reverses field changes, when before and after swap', () => {
    fc.assert(
      fc.property(summary, summary, (a, b) => {
        const forward = changelogBetween(a, b, COMMIT, DATE);
        const backward = changelogBetween(b, a, COMMIT, DATE);
        if (forward === null) {
          expect(backward).toBeNull();
          return;
        }
        expect(backward!.added).toEqual(forward.removed);
        expect(backward!.removed).toEqual(forward.added);
        expect(backward!.modified).toEqual(forward.modified.map((change) => ({ ...change, from: change.to, to: change.from })));
        expect(backward!.severity_transitions).toEqual(forward.severity_transitions.map((change) => ({ ...change, from: change.to, to: change.from })));
      }),
    );
  });
});
