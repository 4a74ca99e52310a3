import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.ts';
import { DEMO_KINDS } from '../../src/demo/kinds.ts';
import { type TaxonomySection, taxonomySectionSchema } from '../../src/model/taxonomy.ts';
import { collectTaxonomy } from '../../src/pipeline/kinds/taxonomy.ts';
import { atHead } from '../helpers/context.ts';
import { repositoryFromSteps } from '../pipeline/kinds/catalog/demo-repo.ts';

/** The demo's taxonomy history, built by the kind: the section as a real build writes it. */
let section: TaxonomySection;
beforeAll(async () => {
  const demo = DEMO_KINDS.taxonomy;
  const dir = repositoryFromSteps(demo.steps('2026-01-01T00:00:00Z'));
  const result = await collectTaxonomy({
    config: configSchema.parse({ sources: demo.sources, thresholds: { deprecation_max_days: 30 } }),
    ...(await atHead(dir)),
    now: '2026-07-15T00:00:00Z',
    previousState: new Map(),
    env: {},
    progress: () => {},
  });
  // What status/status.json holds: the section after a JSON round trip.
  section = JSON.parse(JSON.stringify(result.section)) as TaxonomySection;
});

/** A copy of the section with one change made by `edit`. */
function edited(edit: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(section) as Record<string, any>;
  edit(copy);
  return copy;
}

describe('taxonomySectionSchema', () => {
  it('accepts the section of the demo taxonomy exactly', () => {
    expect(section.alerts.length).toBeGreaterThan(10);
    expect(section.changelog.length).toBeGreaterThan(10);
    expect(section.lint.warnings.length).toBeGreaterThan(0);
    expect(taxonomySectionSchema.parse(section)).toEqual(section);
  });

  it('keeps an alert whose severity is outside the vocabulary, as written', () => {
    const copy = edited((section) => {
      section.alerts[0].severity = 'page';
      section.figures.by_severity.page = 1;
    });
    expect(taxonomySectionSchema.parse(copy)).toEqual(copy);
  });

  it.each([
    { name: 'an unknown key', edit: (copy: Record<string, any>) => (copy.extra = 1), path: [] },
    { name: 'an unknown figure', edit: (copy: Record<string, any>) => (copy.figures.churn_7d = 1), path: ['figures'] },
    {
      name: 'a severity missing from by_severity',
      edit: (copy: Record<string, any>) => delete copy.figures.by_severity.low,
      path: ['figures', 'by_severity', 'low'],
    },
    { name: 'an empty severity', edit: (copy: Record<string, any>) => (copy.alerts[0].severity = ''), path: ['alerts', 0, 'severity'] },
    {
      name: 'a severity of the written vocabulary missing from by_severity',
      edit: (copy: Record<string, any>) =>
        (copy.severities = [
          { name: 'critical', weight: 5 },
          { name: 'warning', weight: 3 },
        ]),
      path: ['figures', 'by_severity', 'warning'],
    },
    { name: 'a weight of 0', edit: (copy: Record<string, any>) => (copy.severities = [{ name: 'critical', weight: 0 }]), path: ['severities', 0, 'weight'] },
    {
      name: 'an unknown runbook status',
      edit: (copy: Record<string, any>) => (copy.alerts[0].runbook_status = 'partial'),
      path: ['alerts', 0, 'runbook_status'],
    },
    { name: 'a ratio above 1', edit: (copy: Record<string, any>) => (copy.figures.stability = 1.5), path: ['figures', 'stability'] },
    { name: 'a fractional count', edit: (copy: Record<string, any>) => (copy.figures.total = 1.5), path: ['figures', 'total'] },
    { name: 'a short commit id', edit: (copy: Record<string, any>) => (copy.changelog[0].commit = 'abc1234'), path: ['changelog', 0, 'commit'] },
    { name: 'a history day that is not a date', edit: (copy: Record<string, any>) => (copy.history[0].date = '2026-13-01'), path: ['history', 0, 'date'] },
    { name: 'an unknown lint level', edit: (copy: Record<string, any>) => (copy.lint.warnings[0].level = 'info'), path: ['lint', 'warnings', 0, 'level'] },
    {
      name: 'a modified field outside the core fields',
      edit: (copy: Record<string, any>) => copy.changelog[0].modified.push({ name: 'A', field: 'runbook', from: '', to: 'x' }),
      path: ['changelog', 0, 'modified'],
    },
  ])('rejects $name', ({ edit, path }) => {
    const result = taxonomySectionSchema.safeParse(edited(edit));
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((issue) => JSON.stringify(issue.path).startsWith(JSON.stringify(path).slice(0, -1)))).toBe(true);
  });
});
