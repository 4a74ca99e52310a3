import { describe, expect, it } from 'vitest';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { keyFigures } from '../../../src/site/format/figures.ts';
import fixture from '../../fixtures/model/status-model.json' with { type: 'json' };

const model = fixture as unknown as StatusModel;

describe('keyFigures', () => {
  it('takes the headline figures of every present section, with their history and a fixed scale for ratios', () => {
    const figures = keyFigures(model);
    expect(figures.map((figure) => [figure.id, figure.value, figure.kind])).toEqual([
      ['alerts-total', '6', 'taxonomy'],
      ['alerts-stability', '50%', 'taxonomy'],
      ['alerts-churn', '3', 'taxonomy'],
      ['runbook-completeness', '80%', 'taxonomy'],
      ['api-stability', '90%', 'api'],
      ['api-breaking', '2', 'api'],
    ]);
    const stability = figures.find((figure) => figure.id === 'alerts-stability')!;
    expect(stability.history).toHaveLength(model.sections.taxonomy!.history.length);
    expect(stability.scale).toEqual({ min: 0, max: 1 });
    expect(figures.find((figure) => figure.id === 'runbook-completeness')!.scale).toEqual({ min: 0, max: 100 });
  });

  it('is empty for a model with no sections', () => {
    expect(keyFigures({ ...model, sections: {} })).toEqual([]);
  });
});
