import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { runCli } from '../helpers/cli.ts';
import { snapshotTree, tempDir } from '../helpers/git.ts';

// The demo history is content/taxonomy/timeline.json; day N is 2026-05-24 + N days, commits at
// 12:00 UTC. With now = 2026-11-21T00:00Z the churn window starts 2026-10-22T00:00Z (after day 140's
// commit, before day 155's) and the previous window 2026-09-22T00:00Z (after day 110, before 125).
const NOW = '2026-11-21T00:00:00Z';

describe('building the demo repository', () => {
  let repo: string;
  let out: string;
  beforeAll(async () => {
    const base = tempDir();
    repo = createDemoRepository(join(base, 'repo')).dir;
    out = join(base, 'dist');
    const result = await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state']);
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
  });

  const json = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8'));

  it('computes the taxonomy figures worked out by hand from the timeline', () => {
    const { figures, last_change } = json('status/taxonomy-metrics.json');
    // Alive at the end: 10 initial - HighRejectedShare, QueueBacklogHigh, LegacyHealthcheckFailing
    // + 2 internal (day 14) + 2 burn (45) + MemoryPressureHigh (90) + 2 data (125) + 2 SLO (155, 160)
    // + KafkaConsumerLag (172) = 17; NoExperimentsIn1h is deprecated (day 140).
    expect(figures.total).toBe(17);
    expect(figures.deprecated).toBe(1);
    expect(figures.active).toBe(16);
    expect(figures.deprecated_ratio).toBe(0.0588); // 1/17
    // critical: ApiHighErrorRate, CertificateExpiringSoon (raised day 172), BackupJobFailed, SloBurnRateFast
    expect(figures.by_severity).toEqual({ critical: 4, high: 7, medium: 6, low: 0 });
    // KafkaConsumerLag has no runbook: 15 of 16 active alerts.
    expect(figures.runbook_complete).toBe(15);
    expect(figures.runbook_completeness_percent).toBe(93.75);
    // Window: +SloBurnRateFast(5) +SloBurnRateSlow(3) +KafkaConsumerLag(2) -HighRejectedShare(2).
    expect(figures.churn).toBe(4);
    expect(figures.risk_churn).toBe(12);
    expect(figures.stability).toBe(0.7647); // 1 - 4/17
    expect(figures.risk_total).toBe(53); // 4*5 + 7*3 + 6*2
    expect(figures.risk_stability).toBe(0.7736); // 1 - 12/53
    // Previous window: +ReplicaLagHigh(3) +BackupJobFailed(5) -LegacyHealthcheckFailing(1).
    expect(figures.previous_churn).toBe(3);
    expect(figures.previous_risk_churn).toBe(9);
    expect(figures.risk_churn_fold).toBe(1.3333);
    expect(figures.risk_churn_spike).toBe(false);
    // Last change 2026-11-12T12:00Z (day 172): 8.5 days before now.
    expect(figures.days_since_change).toBe(8);
    expect(last_change.date).toBe('2026-11-12T12:00:00.000Z');
  });

  it('reports exactly the one deliberate lint warning and full rule coverage', () => {
    const lint = json('status/taxonomy-lint.json');
    expect(lint.errors).toEqual([]);
    expect(lint.warnings).toHaveLength(1);
    // Deprecated 2026-10-11T12:00Z (day 140): 40.5 days before now, over the demo's 30-day limit.
    expect(lint.warnings[0]).toMatchObject({ rule: 'deprecation-age', alert: 'NoExperimentsIn1h', where: '$.alerts[3].deprecated_since' });
    expect(lint.coverage).toEqual({ rules_files: ['prometheus/alerts.yml'], missing_in_taxonomy: [], deprecated_in_rules: [], not_in_rules: [] });
  });

  it('publishes the seed badges with hand-checked messages and colours', () => {
    expect(json('badge-alerts-total.json')).toEqual({ schemaVersion: 1, label: 'alerts', message: '17', color: 'blue', cacheSeconds: 300 });
    expect(json('badge-alerts-deprecated.json')).toMatchObject({ message: '5.9%', color: 'green' });
    expect(json('badge-alerts-churn.json')).toMatchObject({ message: '4', color: 'green' });
    expect(json('badge-alerts-risk-churn.json')).toMatchObject({ message: '12', color: 'yellow' });
    expect(json('badge-alerts-stability.json')).toMatchObject({ message: '76.5%', color: 'orange' });
    expect(json('badge-alerts-risk-stability.json')).toMatchObject({ message: '77.4%', color: 'orange' });
    expect(json('badge-runbook-completeness.json')).toMatchObject({ message: '93.7%', color: 'yellow' });
    expect(json('badge-taxonomy-age.json')).toMatchObject({ message: '8 days', color: 'brightgreen' });
    expect(json('badge-taxonomy.json')).toMatchObject({ message: 'updated 2026-11-12', color: 'blue' });
  });

  it('writes the changelog and daily snapshots from the history', () => {
    const changelog = json('status/alerts-changelog.json').entries;
    // 16 taxonomy commits; day 30 only filled in runbooks, which is not a core field the changelog records.
    expect(changelog).toHaveLength(15);
    expect(changelog[0]).toMatchObject({
      date: '2026-11-12T12:00:00.000Z',
      added: [{ name: 'KafkaConsumerLag', severity: 'medium' }],
      removed: [],
      severity_transitions: [{ name: 'CertificateExpiringSoon', from: 'high', to: 'critical' }],
    });
    const markdown = readFileSync(join(out, 'ALERTS_CHANGELOG.md'), 'utf8');
    expect(markdown).toContain('- `CertificateExpiringSoon`: high -> critical');
    const history = json('taxonomy-metrics-history.json');
    // One snapshot per day from 2026-05-24 (day 0) to 2026-11-21 (day 181) inclusive.
    expect(history).toHaveLength(182);
    // Day 0 is the baseline (the taxonomy's first version): no churn, full stability, not red.
    expect(history[0]).toMatchObject({ date: '2026-05-24', total: 10, churn_30d: 0, risk_churn_30d: 0, stability: 1, risk_stability: 1 });
    // Day 14 added the two sampler alerts; the window still starts at the baseline until day 30.
    expect(history.find((day: { date: string }) => day.date === '2026-06-07')).toMatchObject({ total: 12, churn_30d: 2, stability: 0.8333 });
    expect(history.at(-1)).toMatchObject({ date: '2026-11-21', total: 17, churn_30d: 4, risk_churn_30d: 12 });
    expect(json('metrics-history/2026-11-21.json')).toEqual(history.at(-1));
    // Day 90 (2026-08-22): MemoryPressureHigh replaced QueueBacklogHigh; 30 days earlier (day 60) the
    // taxonomy held the 14 alerts of day 45.
    expect(history.find((day: { date: string }) => day.date === '2026-08-22')).toMatchObject({ total: 14, churn_30d: 2, risk_churn_30d: 4 });
  });

  it('writes the Prometheus exposition with the seed metric names', () => {
    const prom = readFileSync(join(out, 'taxonomy_dashboard_metrics.prom'), 'utf8');
    expect(prom).toContain('taxonomy_alerts_total{severity="critical"} 4\n');
    expect(prom).toContain('taxonomy_alerts_runbook_missing 1\n');
    expect(prom).toContain('taxonomy_alerts_runbook_coverage_percent 93.75\n');
  });

  it('gives byte-identical output for two builds with the same --now', async () => {
    const second = join(tempDir(), 'dist');
    const result = await runCli(['build', '--repo', repo, '--out', second, '--now', NOW, '--no-state']);
    expect(result.code).toBe(0);
    const a = snapshotTree(out);
    const b = snapshotTree(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(b.get(path), path).toBe(bytes);
  });
});

describe('bad input', () => {
  const setup = () => {
    const base = tempDir();
    const repo = createDemoRepository(join(base, 'repo')).dir;
    const out = join(base, 'dist');
    return { base, repo, out };
  };

  /** The build reads the commit, not the work tree: commit what a test edited. */
  const commitAll = (repo: string) => {
    const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    execFileSync('git', ['add', '-A'], { cwd: repo });
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', 'edit'], { cwd: repo, env: { ...process.env, ...identity } });
  };

  const expectRejected = async (repo: string, out: string, pattern: RegExp) => {
    writeFileSync(join(out, 'sentinel.txt'), 'published before');
    const before = snapshotTree(out);
    const result = await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // Progress lines may precede it; the error itself is one paragraph on one line.
    expect(result.stderr.split('\n').filter((line) => line.includes('error'))).toHaveLength(1);
    expect(snapshotTree(out)).toEqual(before);
  };

  it('names file, line and column of malformed JSON and leaves dist untouched', async () => {
    const { repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    writeFileSync(join(repo, 'alerts_taxonomy.json'), '{\n  "alerts": [\n    { "name": "A", }\n  ]\n}\n');
    commitAll(repo);
    await expectRejected(repo, out, /alerts_taxonomy\.json: line 3 column \d+: malformed JSON/);
  });

  it('names the JSON path of a schema violation', async () => {
    const { repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    const taxonomy = JSON.parse(readFileSync(join(repo, 'alerts_taxonomy.json'), 'utf8'));
    // A severity outside the vocabulary is a lint finding, not bad input (issue 11); a missing one is bad input.
    delete taxonomy.alerts[2].severity;
    taxonomy.alerts[4].descripton = 'typo';
    writeFileSync(join(repo, 'alerts_taxonomy.json'), JSON.stringify(taxonomy));
    commitAll(repo);
    await expectRejected(repo, out, /alerts_taxonomy\.json: \$\.alerts\[2\]\.severity: expected/);
  });

  it('reports a missing taxonomy file', async () => {
    const { repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    rmSync(join(repo, 'alerts_taxonomy.json'));
    commitAll(repo);
    await expectRejected(repo, out, /alerts_taxonomy\.json: alert taxonomy not found/);
  });

  it('refuses a directory that is not a git repository', async () => {
    const { base, repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    const plain = join(base, 'plain');
    mkdirSync(plain);
    await expectRejected(plain, out, /not a git repository/);
  });

  it('refuses a shallow clone and names the fix', async () => {
    const { base, repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    const shallow = join(base, 'shallow');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]);
    await expectRejected(shallow, out, /shallow clone.*fetch-depth: 0/);
  });

  it('builds the commit, not uncommitted edits, and says which inputs differ', async () => {
    const { repo, out } = setup();
    writeFileSync(join(repo, 'alerts_taxonomy.json'), '{ not json');
    const result = await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: 1 input file differs? from HEAD and (is|are) not in this build .*: alerts_taxonomy\.json/);
  });

  it('names an unknown config key and the config file', async () => {
    const { repo, out } = setup();
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state'])).code).toBe(0);
    const config = JSON.parse(readFileSync(join(repo, 'govpages.config.json'), 'utf8'));
    config.thresholds.runbook_min_precent = 80;
    writeFileSync(join(repo, 'govpages.config.json'), JSON.stringify(config));
    commitAll(repo);
    await expectRejected(repo, out, /govpages\.config\.json: \$\.thresholds\.runbook_min_precent: unknown key "runbook_min_precent"/);
    expect(existsSync(join(out, 'sentinel.txt'))).toBe(true);
  });
});
