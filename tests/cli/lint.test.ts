import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/git.ts';

// The demo's one deliberate warning: NoExperimentsIn1h ($.alerts[3]) deprecated 2026-10-11T12:00Z
// (day 140 after 2026-05-24), 40.5 days before NOW, so 40 whole days, over the demo's deprecation_max_days of 30. Runbooks: 15 of 16 active
// alerts (KafkaConsumerLag has none) = 93.75%.
const NOW = '2026-11-21T00:00:00Z';
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

let demo: string;
beforeAll(() => {
  demo = createDemoRepository(join(tempDir(), 'repo')).dir;
});

/** A copy of the demo work tree to change without touching the shared one. */
function copyOfDemo(): string {
  const dir = join(tempDir(), 'repo');
  cpSync(demo, dir, { recursive: true });
  return dir;
}

const lint = (args: string[], env: Record<string, string | undefined> = {}, repo = demo) =>
  runCli(['lint', '--repo', repo, '--now', NOW, ...args], { env: { ...baseEnv, ...env } });

describe('govpages lint on the demo repository', () => {
  it('exits 0 with the one warning in text', async () => {
    const result = await lint([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^WARN {2}alerts_taxonomy\.json: \$\.alerts\[3\]\.deprecated_since: deprecation-age: deprecated 40 days ago, more than TAXONOMY_DEPRECATION_MAX_DAYS=30/,
    );
    expect(lines[1]).toBe('alerts_taxonomy.json: 17 alerts, 0 hard failure(s), 1 warning(s), runbooks 93.75%, 1 rule file(s) checked');
  });

  it('exits 0 with --json', async () => {
    const result = await lint(['--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      ok: true,
      errors: [],
      coverage: { rules_files: ['prometheus/alerts.yml'], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: [] },
      runbook_completeness_percent: 93.75,
      runbook_min_percent: 90,
    });
    expect(report.warnings).toEqual([expect.objectContaining({ rule: 'deprecation-age', level: 'warning', alert: 'NoExperimentsIn1h' })]);
  });

  it.each([
    { env: { TAXONOMY_DEPRECATION_STRICT: '1' }, code: 1, out: /^ERROR alerts_taxonomy\.json: \$\.alerts\[3\]\.deprecated_since: deprecation-age/m },
    { env: { TAXONOMY_DEPRECATION_STRICT: '0' }, code: 0, out: /1 warning\(s\)/ },
    // 40 days is not more than 40.
    { env: { TAXONOMY_DEPRECATION_MAX_DAYS: '40' }, code: 0, out: /0 hard failure\(s\), 0 warning\(s\)/ },
    { env: { TAXONOMY_DEPRECATION_MAX_DAYS: '39', TAXONOMY_DEPRECATION_STRICT: 'true' }, code: 1, out: /1 hard failure\(s\), 0 warning\(s\)/ },
    { env: { TAXONOMY_DEPRECATION_MAX_DAYS: '0', TAXONOMY_DEPRECATION_STRICT: '1' }, code: 0, out: /0 hard failure\(s\), 0 warning\(s\)/ },
    { env: { RUNBOOK_MIN_PERCENT: '93.75' }, code: 0, out: /runbooks 93\.75%/ },
    { env: { RUNBOOK_MIN_PERCENT: '94' }, code: 1, out: /^ERROR runbook completeness 93\.75% is below RUNBOOK_MIN_PERCENT=94$/m },
  ])('$env -> exit $code', async ({ env, code, out }) => {
    const result = await lint([], env);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(out);
  });

  it('reports ok: false in --json when runbooks are below the minimum', async () => {
    const result = await lint(['--json'], { RUNBOOK_MIN_PERCENT: '100' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, errors: [], runbook_min_percent: 100 });
  });
});

describe('govpages lint options', () => {
  it('reads --config from another path, relative to the working directory', async () => {
    const repo = copyOfDemo();
    writeFileSync(
      join(repo, 'other.json'),
      JSON.stringify({ sources: { taxonomy: { rules: ['prometheus/*.yml'] } }, thresholds: { runbook_min_percent: 99 } }),
    );
    const result = await runCli(['lint', '--config', 'other.json', '--now', NOW], { cwd: repo, env: baseEnv });
    // No deprecation_max_days here, so no warning; 93.75% is below 99.
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ERROR runbook completeness 93.75% is below RUNBOOK_MIN_PERCENT=99\n');
    expect(result.stdout).toContain('0 warning(s)');
  });

  it('exits 2 when the config has no taxonomy source', async () => {
    const repo = copyOfDemo();
    writeFileSync(join(repo, 'govpages.config.json'), '{"site":{"title":"x"}}');
    const result = await lint([], {}, repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no alert taxonomy configured \(sources\.taxonomy in govpages\.config\.json\)/);
  });

  it('prints usage for --help with exit 0', async () => {
    const result = await runCli(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: govpages lint \[--repo DIR\] \[--config FILE\] \[--now ISO\] \[--json\]/);
  });
});

describe('govpages lint failures', () => {
  it('exits 1 on a hard lint failure in the work tree', async () => {
    const repo = copyOfDemo();
    const file = join(repo, 'alerts_taxonomy.json');
    const taxonomy = JSON.parse(readFileSync(file, 'utf8'));
    taxonomy.alerts[0].scope = 'galaxy';
    writeFileSync(file, JSON.stringify(taxonomy, null, 2));
    const result = await lint([], {}, repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ERROR alerts_taxonomy\.json: \$\.alerts\[0\]\.scope: invalid-scope: scope "galaxy"/m);
  });

  it('exits 1 when the rules have an alert the taxonomy lacks', async () => {
    const repo = copyOfDemo();
    appendFileSync(join(repo, 'prometheus/alerts.yml'), '  - name: extra\n    rules:\n      - alert: GhostAlert\n        expr: vector(1)\n');
    const result = await lint(['--json'], {}, repo);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.coverage.missing_in_taxonomy).toEqual(['GhostAlert']);
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'coverage-missing', alert: 'GhostAlert', file: 'prometheus/alerts.yml' })]);
  });

  it('warns about a rule files pattern that matches nothing instead of checking no rule in silence', async () => {
    const repo = copyOfDemo();
    const config = JSON.parse(readFileSync(join(repo, 'govpages.config.json'), 'utf8'));
    config.sources.taxonomy.rules = ['prometheus/alerts.yml', 'prometheus/typo/*.yml'];
    writeFileSync(join(repo, 'govpages.config.json'), JSON.stringify(config));
    const result = await lint([], {}, repo);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'WARN  govpages.config.json: $.sources.taxonomy.rules[1]: rules-pattern-unmatched: rule files pattern "prometheus/typo/*.yml" matches no file, so no rule it was meant to name is checked for coverage\n',
    );
  });

  it('exits 2 when the taxonomy path is a directory', async () => {
    const repo = copyOfDemo();
    rmSync(join(repo, 'alerts_taxonomy.json'));
    mkdirSync(join(repo, 'alerts_taxonomy.json'));
    const result = await lint([], {}, repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('govpages lint: error: alerts_taxonomy.json: is a directory (expected a file)\n');
  });

  it.each([
    {
      name: 'malformed taxonomy JSON',
      write: '{\n  "alerts": [\n    {"name": "A",}\n  ]\n}\n',
      err: /^govpages lint: error: alerts_taxonomy\.json: line 3 column 18: malformed JSON/,
    },
    {
      name: 'a missing severity',
      write: JSON.stringify({ alerts: [{ name: 'A', group: 'g', scope: 'service', category: 'errors', description: 'd' }] }),
      err: /^govpages lint: error: alerts_taxonomy\.json: \$\.alerts\[0\]\.severity: expected string/,
    },
  ])('exits 2 on $name', async ({ write, err }) => {
    const repo = copyOfDemo();
    writeFileSync(join(repo, 'alerts_taxonomy.json'), write);
    const result = await lint([], {}, repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('exits 1 on a severity outside the vocabulary, a hard failure reported with the others (issue 11)', async () => {
    const repo = copyOfDemo();
    const file = join(repo, 'alerts_taxonomy.json');
    const taxonomy = JSON.parse(readFileSync(file, 'utf8'));
    taxonomy.alerts[0].severity = 'urgent';
    taxonomy.alerts[1].scope = 'galaxy';
    writeFileSync(file, JSON.stringify(taxonomy, null, 2));
    const result = await lint([], {}, repo);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^ERROR alerts_taxonomy\.json: \$\.alerts\[0\]\.severity: invalid-severity: severity "urgent" is not one of critical, high, medium, low/m,
    );
    expect(result.stdout).toMatch(/^ERROR alerts_taxonomy\.json: \$\.alerts\[1\]\.scope: invalid-scope/m);
    expect(result.stdout).toMatch(/2 hard failure\(s\), 1 warning\(s\)/);
  });

  it.each([
    { name: 'an unknown flag', args: ['--strict'], env: {}, err: /unknown option '--strict'/ },
    { name: 'a bad --now', args: ['--now', 'yesterday'], env: {}, err: /--now "yesterday" is not a date/ },
    { name: 'a bad environment value', args: [], env: { RUNBOOK_MIN_PERCENT: 'lots' }, err: /RUNBOOK_MIN_PERCENT="lots" is not a number/ },
    { name: 'a missing repository', args: ['--repo', '/nonexistent/govpages'], env: {}, err: /alert taxonomy not found|not found/ },
  ])('exits 2 on $name', async ({ args, env, err }) => {
    const result = await lint(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
  });
});
