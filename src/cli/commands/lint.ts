import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { UsageError } from '../../core/errors.ts';
import { checkCoverage, lintTaxonomy, runbookStatus } from '../../metrics/taxonomy/index.ts';
import { readTaxonomyInputs } from '../../pipeline/kinds/taxonomy.ts';
import type { Command } from '../command.ts';
import { resolveNow } from '../now.ts';

const command: Command = {
  name: 'lint',
  summary: 'lint the alert taxonomy and check coverage against Prometheus rules',
  usage: `usage: govpages lint [--repo DIR] [--config FILE] [--now ISO] [--json]

Lints the alert taxonomy in the work tree (the seed's hard failures and warnings), checks coverage
against the configured Prometheus rule files, and checks runbook completeness against
RUNBOOK_MIN_PERCENT. Exit 0 when clean (warnings allowed), 1 on any hard failure, 2 on bad usage
or input.`,
  options: {
    repo: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const root = resolve(io.cwd, (values.repo as string | undefined) ?? '.');
    const config = loadConfig(root, io.env, values.config ? resolve(io.cwd, values.config as string) : undefined);
    const source = config.sources.taxonomy;
    if (!source) throw new UsageError('no alert taxonomy configured (sources.taxonomy in govpages.config.json)');
    // Ageing needs a date; lint is a check of the work tree, so the clock is the natural default.
    const now = await resolveNow({ now: values.now as string | undefined, repoDir: root, env: io.env });
    const { taxonomy, rules, rulesFiles } = await readTaxonomyInputs(root, source);
    const thresholds = config.thresholds;
    const lint = lintTaxonomy(taxonomy, {
      file: source.path,
      scopes: source.scopes,
      categories: source.categories,
      now,
      deprecationMaxDays: thresholds.deprecation_max_days,
      deprecationStrict: thresholds.deprecation_strict,
      rules,
    });
    const coverage = source.rules.length > 0 ? checkCoverage(taxonomy, rules, rulesFiles, source.path) : null;
    const errors = [...lint.errors, ...(coverage?.errors ?? [])];
    const active = taxonomy.alerts.filter((alert) => !alert.deprecated);
    const complete = active.filter((alert) => runbookStatus(alert.runbook) === 'complete').length;
    const completeness = active.length === 0 ? 100 : Math.round((complete / active.length) * 10000) / 100;
    const runbooksOk = completeness >= thresholds.runbook_min_percent;
    const failed = errors.length > 0 || !runbooksOk;

    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          {
            ok: !failed,
            errors,
            warnings: lint.warnings,
            coverage: coverage?.report ?? null,
            runbook_completeness_percent: completeness,
            runbook_min_percent: thresholds.runbook_min_percent,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      for (const issue of errors) io.stdout(`ERROR ${issue.file}: ${issue.where}: ${issue.rule}: ${issue.message}\n`);
      for (const issue of lint.warnings) io.stdout(`WARN  ${issue.file}: ${issue.where}: ${issue.rule}: ${issue.message}\n`);
      if (!runbooksOk) io.stdout(`ERROR runbook completeness ${completeness}% is below RUNBOOK_MIN_PERCENT=${thresholds.runbook_min_percent}\n`);
      io.stdout(
        `${source.path}: ${taxonomy.alerts.length} alerts, ${errors.length} hard failure(s), ${lint.warnings.length} warning(s), runbooks ${completeness}%` +
          `${coverage ? `, ${rulesFiles.length} rule file(s) checked` : ''}\n`,
      );
    }
    return failed ? 1 : 0;
  },
};

export default command;
