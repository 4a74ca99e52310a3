import { resolve } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../../config/index.ts';
import { InputError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import { openRepository } from '../../git/index.ts';
import { formatProbeReport, probeReportJson, recordProbeHistory, runProbes } from '../../probe/index.ts';
import type { Command } from '../command.ts';
import { resolveNow } from '../now.ts';

const usage = `usage: govpages probe [--repo DIR] [--config FILE] [--strict] [--json] [--dry-run] [--now ISO]

Runs the probes configured under sources.gates.probes: HTTP checks, seed 001's integration check
(backend direct, then the front door, then both responses compared) and seed 000's environment check
(CRITICAL / REQUIRED / OPTIONAL variables; values are never printed or stored). Appends the results to
gates/probe-history.jsonl on the state branch.

exit codes: 0 DEPLOYMENT APPROVED, 2 PROCEED WITH CAUTION (warnings only), 1 DEPLOYMENT BLOCKED
            (2 is also bad usage or input, reported on stderr)

options:
  --repo DIR     repository holding govpages.config.json (default: current directory)
  --config FILE  config file (default: DIR/govpages.config.json)
  --strict       warnings fail too (CAUTION becomes BLOCKED)
  --json         machine-readable report on stdout
  --dry-run      do not record the results on the state branch
  --now ISO      time recorded for this run (default: the clock)`;

const command: Command = {
  name: 'probe',
  usage,
  options: {
    repo: { type: 'string' },
    config: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    now: { type: 'string' },
  },
  async run(args, io) {
    const values = args.values;
    const repoDir = resolve(io.cwd, typeof values.repo === 'string' ? values.repo : '.');
    const now = await resolveNow({ now: values.now, repoDir, env: io.env });
    const repo = await openRepository(repoDir);
    const configPath = typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined;
    const config = loadConfig(repo.root, io.env, configPath);
    const gates = config.sources.gates;
    const probes = gates?.probes;
    if (!gates || !probes || (!probes.http.length && !probes.integration.length && !probes.environment)) {
      throw new InputError(
        'no probes configured (expected sources.gates.probes.http, .integration or .environment in govpages.config.json; see docs/kinds/gates.md)',
        { file: configPath ?? CONFIG_FILE, where: '$.sources.gates.probes' },
      );
    }
    const strict = values.strict === true || gates.strict;
    const report = await runProbes(probes, io.env, strict);
    if (!values['dry-run']) {
      const commit = await recordProbeHistory(repo, config.state.branch, report.checks, now, probes.history_max_lines);
      if (!values.json) io.stderr(`recorded ${report.checks.length} results on ${config.state.branch} (${commit.slice(0, 12)})\n`);
    }
    io.stdout(values.json ? stableJson(probeReportJson(report, now)) : formatProbeReport(report));
    return report.exit_code;
  },
};

export default command;
