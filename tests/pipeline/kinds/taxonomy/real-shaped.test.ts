import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config/schema.ts';
import { PROMETHEUS_SEVERITIES, taxonomySectionSchema } from '../../../../src/model/taxonomy.ts';
import type { BuildContext } from '../../../../src/pipeline/kind.ts';
import { collectTaxonomy } from '../../../../src/pipeline/kinds/taxonomy.ts';
import { atHead } from '../../../helpers/context.ts';
import { scratchRepo } from '../../../helpers/git.ts';

// The real-shaped inputs of tests/fixtures/taxonomy/real-shaped (see its README): the prometheus
// severity preset, a taxonomy with keys of its own, a plain rule file and a PrometheusRule resource.
const FIXTURE = new URL('../../../fixtures/taxonomy/real-shaped/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, FIXTURE), 'utf8');
const NOW = '2026-11-21T00:00:00.000Z';

type TaxonomyFile = { alerts: Record<string, unknown>[] } & Record<string, unknown>;

/**
 * Two commits: three alerts 40 days before NOW (before the 30-day window), then the fourth
 * (NodeTextfileCollectorFailed, warning) 5 days before, so the window's churn is that one alert.
 */
function repository(edit: (taxonomy: TaxonomyFile) => void = () => {}) {
  const repo = scratchRepo();
  const taxonomy = JSON.parse(read('alerts_taxonomy.json')) as TaxonomyFile;
  edit(taxonomy);
  repo.write('govpages.config.json', read('govpages.config.json'));
  for (const name of readdirSync(new URL('prometheus/', FIXTURE))) repo.write(`prometheus/${name}`, read(`prometheus/${name}`));
  repo.write('alerts_taxonomy.json', JSON.stringify({ ...taxonomy, alerts: taxonomy.alerts.slice(0, 3) }, null, 2));
  repo.commit('taxonomy from the rules', '2026-10-12T09:00:00Z');
  repo.write('alerts_taxonomy.json', JSON.stringify(taxonomy, null, 2));
  repo.commit('add NodeTextfileCollectorFailed', '2026-11-16T09:00:00Z');
  return repo.dir;
}

async function build(dir: string) {
  const context: BuildContext = {
    config: configSchema.parse(JSON.parse(read('govpages.config.json'))),
    ...(await atHead(dir)),
    now: NOW,
    previousState: new Map(),
    env: {},
    progress: () => {},
  };
  return collectTaxonomy(context);
}

const text = (result: Awaited<ReturnType<typeof build>>, path: string) => String(result.files.find((file) => file.path === path)!.content);

describe('a build of real-shaped inputs with the prometheus severity preset', async () => {
  const result = await build(repository());

  it('weights every figure with critical 5, warning 3, info 1', () => {
    expect(result.section.severities).toEqual(PROMETHEUS_SEVERITIES);
    expect(result.section.figures).toMatchObject({
      total: 4,
      by_severity: { critical: 1, warning: 2, info: 1 },
      // 5 + 3 + 1 + 3
      risk_total: 12,
      // NodeTextfileCollectorFailed (warning) is the window's one change.
      churn: 1,
      risk_churn: 3,
      stability: 0.75,
      risk_stability: 0.75,
      // NodeClockNotSynchronising has no runbook: 3 of 4.
      runbook_completeness_percent: 75,
    });
    expect(result.section.history.at(-1)).toMatchObject({ churn_30d: 1, risk_churn_30d: 3, risk_stability: 0.75 });
    expect(taxonomySectionSchema.parse(JSON.parse(JSON.stringify(result.section)))).toEqual(result.section);
  });

  it('counts the alert of four rules once and finds no false for or windows mismatch', () => {
    expect(result.section.coverage).toEqual({
      rules_files: ['prometheus/node.rules.yml', 'prometheus/slo.prometheusrule.yaml'],
      missing_in_taxonomy: [],
      deprecated_in_rules: [],
      not_in_rules: [],
    });
    expect(result.section.lint.errors).toEqual([]);
    // The taxonomy's own keys are kept and named, nothing more.
    expect(result.section.lint.warnings.map((issue) => `${issue.rule} ${issue.where}`)).toEqual([
      'unknown-field $.generated_at',
      'unknown-field $.alerts[0].owner',
      'unknown-field $.alerts[0].team',
      'unknown-field $.alerts[1].owner',
    ]);
    expect(result.checks.map((check) => [check.id, check.status])).toEqual([
      ['taxonomy.lint', 'warn'],
      ['taxonomy.runbooks', 'pass'],
      ['taxonomy.risk-churn-spike', expect.any(String)],
      ['taxonomy.coverage', 'pass'],
      ['taxonomy.churn-trend', expect.any(String)],
    ]);
  });

  it('lists severities in the vocabulary order in the Prometheus exposition', () => {
    const lines = text(result, 'taxonomy_dashboard_metrics.prom')
      .split('\n')
      .filter((line) => line.startsWith('taxonomy_alerts_total{'));
    expect(lines).toEqual([
      'taxonomy_alerts_total{severity="critical"} 1',
      'taxonomy_alerts_total{severity="warning"} 2',
      'taxonomy_alerts_total{severity="info"} 1',
    ]);
  });

  it('publishes the taxonomy JSON Schema, which the real-shaped taxonomy passes', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(text(result, 'status/alerts_taxonomy.schema.json')));
    expect(validate(JSON.parse(read('alerts_taxonomy.json'))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('a build with a severity outside the vocabulary', async () => {
  const result = await build(repository((taxonomy) => (taxonomy.alerts[2]!.severity = 'page')));

  it('keeps the alert as written, weighs it 0, and fails the lint check with the reason', () => {
    expect(result.section.alerts.find((row) => row.name === 'NodeClockNotSynchronising')).toMatchObject({ severity: 'page' });
    expect(result.section.figures).toMatchObject({ total: 4, by_severity: { critical: 1, warning: 2, info: 0, page: 1 }, risk_total: 11 });
    expect(result.section.lint.errors.map((issue) => `${issue.rule} ${issue.where}`)).toEqual(['invalid-severity $.alerts[2].severity']);
    // The other findings are still there.
    expect(result.section.lint.warnings).toHaveLength(4);
    const check = result.checks.find((item) => item.id === 'taxonomy.lint')!;
    expect(check.status).toBe('fail');
    expect(check.message).toBe(
      '1 hard failure(s), 4 warning(s); first: invalid-severity at alerts_taxonomy.json $.alerts[2].severity: severity "page" is not one of critical, warning, info (sources.taxonomy.severities)',
    );
    expect(
      text(result, 'taxonomy_dashboard_metrics.prom')
        .split('\n')
        .filter((line) => line.startsWith('taxonomy_alerts_total{')),
    ).toEqual([
      'taxonomy_alerts_total{severity="critical"} 1',
      'taxonomy_alerts_total{severity="warning"} 2',
      'taxonomy_alerts_total{severity="info"} 0',
      'taxonomy_alerts_total{severity="page"} 1',
    ]);
    expect(taxonomySectionSchema.parse(JSON.parse(JSON.stringify(result.section)))).toEqual(result.section);
  });
});
