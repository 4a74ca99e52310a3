import { describe, expect, it } from 'vitest';
import type { StatusModel } from '../../src/model/status-model.ts';
import { churnWindowLabel, keyFigures } from '../../src/present/figures.ts';
import fixture from '../fixtures/model/status-model.json' with { type: 'json' };

const model = fixture as unknown as StatusModel;

describe('churnWindowLabel', () => {
  it.each([
    { filling: false, label: '30 d' },
    { filling: true, label: 'since 2026-11-13' },
  ])('window filling $filling -> $label', ({ filling, label }) => {
    expect(churnWindowLabel({ churn_window_days: 30, window_filling: filling, window_start: '2026-11-13T09:00:00.000Z' })).toBe(label);
  });
});

describe('keyFigures', () => {
  it('takes the headline figures of every present section, with their history and a fixed scale for ratios', () => {
    const figures = keyFigures(model);
    expect(figures.map((figure) => [figure.id, figure.value, figure.kind])).toEqual([
      ['alerts-total', '6', 'taxonomy'],
      ['alerts-stability', '50%', 'taxonomy'],
      ['alerts-churn', '3', 'taxonomy'],
      ['runbook-completeness', '60%', 'taxonomy'],
      ['api-stability', '62.5%', 'api'],
      ['api-breaking', '1', 'api'],
    ]);
    const stability = figures.find((figure) => figure.id === 'alerts-stability')!;
    expect(stability.history).toHaveLength(model.sections.taxonomy!.history.length);
    expect(stability.scale).toEqual({ min: 0, max: 1 });
    expect(figures.find((figure) => figure.id === 'runbook-completeness')!.scale).toEqual({ min: 0, max: 100 });
  });

  it('adds the catalog compliance, gate pass rate and days since the last incident', () => {
    const sections = {
      catalog: {
        summary: { compliant_ratio: 4 / 6, compliant: 4, total: 6 },
        checkpoints: [
          { total: 5, compliant: 5 },
          { total: 0, compliant: 0 },
          { total: 6, compliant: 4 },
        ],
      },
      gates: {
        pass_rate: { window_days: 30, ratio: 0.952 },
        // Newest first, as the section keeps them.
        runs: [
          { total: 4, passed: 3 },
          { total: 2, passed: 2 },
        ],
      },
      incidents: { days_since_last: 37 },
    } as unknown as StatusModel['sections'];
    const figures = keyFigures({ ...model, sections });
    expect(figures.map((figure) => [figure.id, figure.value, figure.history])).toEqual([
      // An empty checkpoint counts as fully compliant, as the catalog summary does.
      ['catalog-compliance', '66.7% (4/6)', [1, 1, 4 / 6]],
      ['gates-pass-rate', '95.2%', [1, 0.75]],
      ['incidents-days-since', '37', []],
    ]);
    const none = keyFigures({
      ...model,
      sections: {
        ...sections,
        gates: { pass_rate: { window_days: 30, ratio: null }, runs: [] },
        incidents: { days_since_last: null },
      } as unknown as StatusModel['sections'],
    });
    expect(none.map((figure) => figure.value)).toEqual(['66.7% (4/6)', 'no runs', 'none']);
  });

  it('is empty for a model with no sections', () => {
    expect(keyFigures({ ...model, sections: {} })).toEqual([]);
  });
});
