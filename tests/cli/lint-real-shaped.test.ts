import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/git.ts';

// `govpages lint` on the real-shaped inputs of tests/fixtures/taxonomy/real-shaped (see its README):
// a plain rule file and a PrometheusRule resource, an alert in four rules with four `for`s,
// severities critical/warning/info and none, keys of the taxonomy's own, the prometheus preset.
const FIXTURE = new URL('../fixtures/taxonomy/real-shaped/', import.meta.url);
const NOW = '2026-11-21T00:00:00Z';
const env = { PATH: process.env.PATH, HOME: process.env.HOME };

/** A copy of the fixture with its taxonomy and config edited. */
function repository(edit: { taxonomy?: (taxonomy: any) => void; config?: (config: any) => void } = {}): string {
  const dir = join(tempDir(), 'repo');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, change] of [
    ['alerts_taxonomy.json', edit.taxonomy],
    ['govpages.config.json', edit.config],
  ] as const) {
    if (!change) continue;
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    change(value);
    writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
  }
  return dir;
}

const lint = (dir: string, args: string[] = []) => runCli(['lint', '--repo', dir, '--now', NOW, ...args], { env });
const UNKNOWN = (where: string, key: string) =>
  `WARN  alerts_taxonomy.json: ${where}: unknown-field: key "${key}" is not part of the taxonomy schema (kept; check the spelling, or set sources.taxonomy.lint["unknown-field"] to "off")`;

describe('govpages lint on real-shaped inputs', () => {
  it("exits 0: the taxonomy's own keys are warnings, the alert of four rules agrees with one of them", async () => {
    const result = await lint(repository());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      UNKNOWN('$.generated_at', 'generated_at'),
      UNKNOWN('$.alerts[0].owner', 'owner'),
      UNKNOWN('$.alerts[0].team', 'team'),
      UNKNOWN('$.alerts[1].owner', 'owner'),
      'alerts_taxonomy.json: 4 alerts, 0 hard failure(s), 4 warning(s), runbooks 75%, 2 rule file(s) checked',
    ]);
  });

  it('says nothing about unknown keys when unknown-field is off', async () => {
    const result = await lint(repository({ config: (config) => (config.sources.taxonomy.lint = { 'unknown-field': 'off' }) }));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('alerts_taxonomy.json: 4 alerts, 0 hard failure(s), 0 warning(s), runbooks 75%, 2 rule file(s) checked\n');
  });

  it('exits 1 with invalid-severity at each JSON path under the seed vocabulary, and still reports everything else', async () => {
    const result = await lint(repository({ config: (config) => delete config.sources.taxonomy.severities }), ['--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((issue: { rule: string; where: string }) => `${issue.rule} ${issue.where}`)).toEqual([
      'invalid-severity $.alerts[1].severity',
      'invalid-severity $.alerts[2].severity',
      'invalid-severity $.alerts[3].severity',
    ]);
    expect(report.errors[1].message).toBe('severity "info" is not one of critical, high, medium, low (sources.taxonomy.severities)');
    expect(report.warnings).toHaveLength(4);
  });

  it.each([
    { severities: { critical: 10, warning: 4, info: 0.5 }, code: 0 },
    { severities: { critical: 10, warning: 4 }, code: 1 },
  ])('takes a vocabulary written out as weights: $severities -> exit $code', async ({ severities, code }) => {
    const result = await lint(repository({ config: (config) => (config.sources.taxonomy.severities = severities) }));
    expect(result.code).toBe(code);
    if (code === 1)
      expect(result.stdout).toMatch(
        /^ERROR alerts_taxonomy\.json: \$\.alerts\[2\]\.severity: invalid-severity: severity "info" is not one of critical, warning/m,
      );
  });

  it.each([
    // Each is the for of one of the rules of that name.
    { alert: 0, for: '2m', code: 0 },
    { alert: 0, for: '3h', code: 0 },
    { alert: 1, for: '30m', code: 0 },
    // None of the rules has it.
    { alert: 0, for: '30m', code: 1 },
    { alert: 1, for: '45m', code: 1 },
  ])('for $for on alert $alert -> exit $code', async ({ alert, for: duration, code }) => {
    const result = await lint(repository({ taxonomy: (taxonomy) => (taxonomy.alerts[alert].for = duration) }));
    expect(result.code).toBe(code);
    if (code === 1)
      expect(result.stdout).toMatch(
        new RegExp(`^ERROR alerts_taxonomy\\.json: \\$\\.alerts\\[${alert}\\]\\.for: for-mismatch: for "${duration}" matches none of the (2|4) rules`, 'm'),
      );
  });

  it('exits 2 on a severities preset it does not know, naming the setting', async () => {
    const result = await lint(repository({ config: (config) => (config.sources.taxonomy.severities = 'prom') }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /govpages\.config\.json: \$\.sources\.taxonomy\.severities: expected a preset \("seed" or "prometheus"\) or an object mapping each severity to its weight, got "prom"/,
    );
  });

  it('exits 2 on a weight that is not positive', async () => {
    const result = await lint(repository({ config: (config) => (config.sources.taxonomy.severities = { critical: 5, info: 0 }) }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\$\.sources\.taxonomy\.severities/);
  });
});
