import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { UsageError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import { formatPercentValue } from '../../core/numbers.ts';
import { lintTaxonomyWorkTree } from '../../pipeline/work-tree/taxonomy.ts';
import type { Command } from '../command.ts';
import { resolveNow } from '../now.ts';

const command: Command = {
  name: 'lint',
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
    const report = await lintTaxonomyWorkTree(root, source, config.thresholds, now);
    const minimum = config.thresholds.runbook_min_percent;
    const completeness = report.runbookCompletenessPercent;

    if (values.json) {
      io.stdout(
        stableJson({
          ok: !report.failed,
          errors: report.errors,
          warnings: report.warnings,
          coverage: report.coverage,
          runbook_completeness_percent: completeness,
          runbook_min_percent: minimum,
        }),
      );
    } else {
      for (const issue of report.errors) io.stdout(`ERROR ${issue.file}: ${issue.where}: ${issue.rule}: ${issue.message}\n`);
      for (const issue of report.warnings) io.stdout(`WARN  ${issue.file}: ${issue.where}: ${issue.rule}: ${issue.message}\n`);
      if (!report.runbooksOk) io.stdout(`ERROR runbook completeness ${formatPercentValue(completeness, 2)} is below RUNBOOK_MIN_PERCENT=${minimum}\n`);
      io.stdout(
        `${source.path}: ${report.alerts} alerts, ${report.errors.length} hard failure(s), ${report.warnings.length} warning(s), runbooks ${formatPercentValue(completeness, 2)}` +
          `${report.coverage ? `, ${report.rulesFiles.length} rule file(s) checked` : ''}\n`,
      );
    }
    return report.failed ? 1 : 0;
  },
};

export default command;
