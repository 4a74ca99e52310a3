import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { scratchRepo, snapshotTree, tempDir } from '../helpers/git.ts';

// Real-shaped rule files: a multi-window burn-rate alert defined twice with different `for`,
// severities critical/warning/info/none, a missing runbook_url, `rules: null`, a recording rule,
// and a PrometheusRule custom resource.
const PLAIN_RULES = `groups:
  - name: api-slo
    rules:
      - alert: ApiErrorBudgetBurn
        expr: sum(rate(http_errors[5m])) / sum(rate(http_requests[5m])) > 14.4 * 0.001
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: API error budget burning fast
          description: The API burns its 30-day error budget 14x too fast.
          runbook_url: https://runbooks.example/api-burn
      - alert: ApiErrorBudgetBurn
        expr: sum(rate(http_errors[6h])) / sum(rate(http_requests[6h])) > 6 * 0.001
        for: 1h
        labels:
          severity: warning
      - record: api:errors:rate5m
        expr: sum(rate(http_errors[5m]))
  - name: empty-group
    rules: null
  - name: meta
    rules:
      - alert: Watchdog
        expr: vector(1)
        labels:
          severity: info
        annotations:
          summary: Always firing, to prove the alerting pipeline works.
      - alert: QueueBacklogGrowing
        expr: queue_depth > 1000
`;

const CUSTOM_RESOURCE = `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: node-rules
  namespace: monitoring
spec:
  groups:
    - name: node
      rules:
        - alert: NodeFilesystemSpaceFillingUp
          expr: predict_linear(node_filesystem_avail_bytes[6h], 24*3600) < 0
          for: 1h
          labels:
            severity: warning
            scope: infrastructure
          annotations:
            description: Filesystem {{ $labels.device }} will fill up within 24 hours.
            runbook_url: https://runbooks.example/fs
`;

function realShapedRepo() {
  const repo = scratchRepo();
  repo.write('monitoring/rules/api.yml', PLAIN_RULES);
  repo.write('deploy/k8s/node-rules.yaml', CUSTOM_RESOURCE);
  repo.write('api/openapi.yaml', 'openapi: 3.0.3\ninfo: {title: Orders, version: "1.0.0"}\npaths: {}\n');
  repo.write(
    'governance/incidents/2026-03-01-db-outage.md',
    '---\nstart: 2026-03-01T10:00:00Z\nend: 2026-03-01T11:00:00Z\nseverity: high\n---\nThe database was down.\n',
  );
  repo.write('governance/gates/runs.jsonl', '{"gate":"build","status":"pass","mode":"ci","time":"2026-03-01T00:00:00Z"}\n');
  repo.write('config/ports/registry.yaml', 'version: 1\nservices:\n  - name: api\n    container: true\n    ports:\n      - internal: 8080\n');
  repo.write('organizations/acme/orders/.meta/repo.yaml', 'name: orders\ntier: 1\n');
  // Never looked into: dependencies and build output.
  repo.write('node_modules/some-chart/rules.yml', 'groups: [{name: x, rules: [{alert: FromNodeModules, expr: "1"}]}]\n');
  repo.write('dist/rules.yml', 'groups: [{name: x, rules: [{alert: FromDist, expr: "1"}]}]\n');
  // Files init must not mistake for rule files.
  repo.write('.github/dependabot.yml', 'version: 2\nupdates: []\ngroups: {}\n');
  repo.write('package.json', '{"name": "x", "groups": ["not rules"]}\n');
  return repo;
}

const init = (dir: string, ...args: string[]) => runCli(['init', '--repo', dir, ...args]);
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('govpages init on a real-shaped repository', () => {
  it('writes the config, the taxonomy and the workflow, and names what it found', async () => {
    const { dir } = realShapedRepo();
    const result = await init(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Prometheus rule files: 2 (5 alerting rule(s), 4 alert name(s)): deploy/k8s/node-rules.yaml, monitoring/rules/api.yml');
    expect(result.stdout).toContain('OpenAPI documents: 1: api/openapi.yaml');
    expect(result.stdout).toMatch(/created govpages\.config\.json: sources taxonomy, openapi, catalog, gates, incidents, ports/);
    expect(result.stdout).toContain('created alerts_taxonomy.json: 4 alert(s)');
    expect(result.stdout).toContain('created .github/workflows/govpages.yml');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('next: govpages lint, then govpages build');

    expect(JSON.parse(read(dir, 'govpages.config.json'))).toEqual({
      sources: {
        taxonomy: { path: 'alerts_taxonomy.json', rules: ['deploy/k8s/node-rules.yaml', 'monitoring/rules/api.yml'], severities: 'prometheus' },
        openapi: { path: 'api/openapi.yaml' },
        catalog: { metadata: ['organizations/*/*/.meta/repo.yaml'] },
        gates: { path: 'governance/gates' },
        incidents: { path: 'governance/incidents' },
        ports: { path: 'config/ports/registry.yaml' },
      },
    });
    const taxonomy = JSON.parse(read(dir, 'alerts_taxonomy.json'));
    expect(taxonomy.alerts).toEqual([
      {
        name: 'NodeFilesystemSpaceFillingUp',
        group: 'node',
        severity: 'warning',
        scope: 'infrastructure',
        category: 'capacity',
        description: 'Filesystem {{ $labels.device }} will fill up within 24 hours.',
        runbook: 'https://runbooks.example/fs',
        for: '1h',
        review: ['category'],
      },
      {
        // Two rules, one entry: the first rule's for, severity and annotations.
        name: 'ApiErrorBudgetBurn',
        group: 'api-slo',
        severity: 'critical',
        scope: 'service',
        category: 'slo',
        description: 'The API burns its 30-day error budget 14x too fast.',
        runbook: 'https://runbooks.example/api-burn',
        for: '2m',
        review: ['scope', 'category'],
      },
      {
        name: 'Watchdog',
        group: 'meta',
        severity: 'info',
        scope: 'platform',
        category: 'meta',
        description: 'Always firing, to prove the alerting pipeline works.',
        review: ['scope', 'category'],
      },
      {
        // No severity label: the vocabulary's lowest, marked; no description, no runbook, no for.
        name: 'QueueBacklogGrowing',
        group: 'meta',
        severity: 'info',
        scope: 'service',
        category: 'saturation',
        description: '',
        review: ['severity', 'scope', 'category', 'description'],
      },
    ]);
    expect(read(dir, '.github/workflows/govpages.yml')).toBe(read(process.cwd(), 'docs/examples/pages-workflow.yml'));
  });

  it('changes nothing on a second run, byte for byte, and says so', async () => {
    const { dir } = realShapedRepo();
    expect((await init(dir)).code).toBe(0);
    const before = snapshotTree(dir);
    const again = await init(dir);
    expect(again.code).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
    expect(again.stdout).toContain('nothing: every file init writes is already there and up to date');
    expect(again.stdout).toContain('kept govpages.config.json: exists; init never changes it');
    expect(again.stdout).toContain('kept alerts_taxonomy.json: every alert of the rules is in it');
    expect(again.stdout).toContain('kept .github/workflows/govpages.yml: exists; init never changes it');
  });

  it('appends the alerts of new rules and leaves every existing byte in place', async () => {
    const repo = realShapedRepo();
    await init(repo.dir);
    const taxonomy = read(repo.dir, 'alerts_taxonomy.json');
    repo.write(
      'monitoring/rules/api.yml',
      `${PLAIN_RULES}  - name: late
    rules:
      - alert: ApiLatencyHigh
        expr: histogram_quantile(0.99, x) > 0.8
        for: 10m
        labels: {severity: critical}
        annotations: {description: p99 above 800ms}
      - alert: Watchdog
        expr: vector(1)
`,
    );
    const result = await init(repo.dir);
    expect(result.stdout).toContain('extended alerts_taxonomy.json: +1 alert(s): ApiLatencyHigh');
    const after = read(repo.dir, 'alerts_taxonomy.json');
    const lastEntryEnd = taxonomy.lastIndexOf('}', taxonomy.lastIndexOf(']')) + 1;
    expect(after.startsWith(taxonomy.slice(0, lastEntryEnd))).toBe(true);
    expect(after.endsWith(taxonomy.slice(lastEntryEnd))).toBe(true);
    const alerts = JSON.parse(after).alerts;
    expect(alerts.map((alert: { name: string }) => alert.name)).toEqual([
      'NodeFilesystemSpaceFillingUp',
      'ApiErrorBudgetBurn',
      'Watchdog',
      'QueueBacklogGrowing',
      'ApiLatencyHigh',
    ]);
    expect(alerts[4]).toMatchObject({ severity: 'critical', category: 'latency', for: '10m', description: 'p99 above 800ms' });
  });

  it('--dry-run prints what it would write and writes nothing', async () => {
    const { dir } = realShapedRepo();
    const before = snapshotTree(dir);
    const result = await init(dir, '--dry-run');
    expect(result.code).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
    expect(result.stdout).toContain('(dry run: nothing is written)');
    expect(result.stdout).toContain('would create alerts_taxonomy.json: 4 alert(s)');
    expect(result.stdout).toContain('--- govpages.config.json (new file)');
    expect(result.stdout).toContain('"severities": "prometheus"');
    expect(result.stdout).toContain('"name": "QueueBacklogGrowing"');
    expect(result.stdout).toContain('fetch-depth: 0');
    // What the dry run prints is what the real run writes.
    await init(dir);
    expect(result.stdout).toContain(read(dir, 'alerts_taxonomy.json').trimEnd());
  });
});

describe('govpages init with existing files', () => {
  const EXISTING = `{
    "generated_at": "2026-01-01",
    "alerts": [
        {
            "name": "ApiErrorBudgetBurn",
            "group": "slo",
            "severity": "critical",
            "scope": "service",
            "category": "slo",
            "description": "Ours, kept as written.",
            "owner": "team-api"
        }
    ],
    "notes": "a key after the alerts"
}
`;

  it('keeps a taxonomy with extra keys and its four-space layout, appending the new alerts in the same layout', async () => {
    const repo = realShapedRepo();
    repo.write('alerts_taxonomy.json', EXISTING);
    const result = await init(repo.dir);
    expect(result.stdout).toContain('extended alerts_taxonomy.json: +3 alert(s): NodeFilesystemSpaceFillingUp, Watchdog, QueueBacklogGrowing');
    const after = read(repo.dir, 'alerts_taxonomy.json');
    const cut = EXISTING.indexOf('\n    ],');
    expect(after.startsWith(EXISTING.slice(0, cut))).toBe(true);
    expect(after.endsWith(EXISTING.slice(cut))).toBe(true);
    expect(after).toContain('\n        {\n            "category": "capacity",');
    const parsed = JSON.parse(after);
    expect(parsed.generated_at).toBe('2026-01-01');
    expect(parsed.alerts[0]).toEqual(JSON.parse(EXISTING).alerts[0]);
    expect(parsed.alerts).toHaveLength(4);
  });

  it('keeps an existing workflow and an existing config, and follows the config', async () => {
    const repo = realShapedRepo();
    repo.write('.github/workflows/govpages.yml', 'name: ours\n');
    repo.write('govpages.config.json', '{"sources": {"taxonomy": {"path": "ops/taxonomy.json", "rules": ["monitoring/rules/*.yml"]}}}\n');
    const result = await init(repo.dir);
    expect(result.code).toBe(0);
    expect(read(repo.dir, '.github/workflows/govpages.yml')).toBe('name: ours\n');
    expect(read(repo.dir, 'govpages.config.json')).toBe('{"sources": {"taxonomy": {"path": "ops/taxonomy.json", "rules": ["monitoring/rules/*.yml"]}}}\n');
    // The config names the seed's vocabulary (the default): warning and info are not in it.
    const alerts = JSON.parse(read(repo.dir, 'ops/taxonomy.json')).alerts;
    expect(alerts.map((alert: { name: string; severity: string }) => `${alert.name}:${alert.severity}`)).toEqual([
      'ApiErrorBudgetBurn:critical',
      'Watchdog:low',
      'QueueBacklogGrowing:low',
    ]);
    expect(alerts[1].review).toContain('severity');
    expect(result.stdout).toContain(
      'rule files not in sources.taxonomy.rules of govpages.config.json (their alerts are not added; add them to the list to cover them): deploy/k8s/node-rules.yaml',
    );
  });

  it('uses the seed vocabulary when the existing taxonomy already uses high/medium/low', async () => {
    const repo = realShapedRepo();
    repo.write(
      'alerts_taxonomy.json',
      '{"alerts": [{"name": "Old", "group": "g", "severity": "medium", "scope": "service", "category": "errors", "description": "d"}]}\n',
    );
    await init(repo.dir);
    expect(JSON.parse(read(repo.dir, 'govpages.config.json')).sources.taxonomy.severities).toBeUndefined();
    expect(JSON.parse(read(repo.dir, 'alerts_taxonomy.json')).alerts[1]).toMatchObject({ name: 'NodeFilesystemSpaceFillingUp', severity: 'low' });
  });

  it('matches rule severities against a configured vocabulary without case, writing the vocabulary spelling', async () => {
    const repo = realShapedRepo();
    repo.write(
      'govpages.config.json',
      '{"sources": {"taxonomy": {"rules": ["monitoring/rules/*.yml"], "severities": {"Critical": 5, "Warning": 3, "Info": 1}}}}\n',
    );
    await init(repo.dir);
    const alerts = JSON.parse(read(repo.dir, 'alerts_taxonomy.json')).alerts;
    expect(alerts.map((alert: { name: string; severity: string }) => `${alert.name}:${alert.severity}`)).toEqual([
      'ApiErrorBudgetBurn:Critical',
      'Watchdog:Info',
      'QueueBacklogGrowing:Info',
    ]);
    expect(alerts[0].review ?? []).not.toContain('severity');
    expect(alerts[2].review).toContain('severity');
  });

  it('names no file git ignores and no file the strict rule parser refuses', async () => {
    const repo = realShapedRepo();
    repo.write('.gitignore', 'vendor/\n');
    repo.write('vendor/kube-prometheus/rules.yml', 'groups:\n  - name: vendored\n    rules:\n      - alert: Vendored\n        expr: vector(1)\n');
    // A Grafana alerting provisioning file: `groups` with `rules`, but not Prometheus rules.
    repo.write(
      'grafana/alerting/rules.yaml',
      'apiVersion: 1\ngroups:\n  - orgId: 1\n    name: grafana\n    folder: ops\n    rules:\n      - uid: abc\n        title: Disk\n        condition: A\n        data: []\n',
    );
    const result = await init(repo.dir);
    expect(result.code).toBe(0);
    const config = read(repo.dir, 'govpages.config.json');
    expect(config).not.toMatch(/vendor|grafana/);
    expect(read(repo.dir, 'alerts_taxonomy.json')).not.toContain('Vendored');
    expect(result.stdout).toMatch(/grafana\/alerting\/rules\.yaml \(not a Prometheus rule file govpages reads: /);
    repo.commit('init', '2026-06-01T00:00:00Z');
    const lint = await runCli(['lint', '--repo', repo.dir, '--now', '2026-06-02T00:00:00Z']);
    expect(lint.stderr).toBe('');
  });

  it('writes nothing but says so when nothing governpages reads is there', async () => {
    const repo = scratchRepo();
    repo.write('README.md', '# x\n');
    const before = snapshotTree(repo.dir);
    const result = await init(repo.dir);
    expect(result.code).toBe(0);
    expect(snapshotTree(repo.dir)).toEqual(before);
    expect(result.stdout).toContain('nothing govpages reads');
  });
});

describe('govpages init refuses', () => {
  it.each([
    ['a folder outside any git repository', () => tempDir(), /not a git repository/],
    [
      'a --repo that is a file',
      () => {
        const file = join(tempDir(), 'file');
        writeFileSync(file, 'x');
        return file;
      },
      /not a directory/,
    ],
    ['a --repo that does not exist', () => join(tempDir(), 'missing'), /not a directory/],
  ])('%s (exit 2)', async (_, dir, message) => {
    const result = await init(dir());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an existing taxonomy that is not JSON, naming the file and line, and writes nothing', async () => {
    const repo = realShapedRepo();
    repo.write('alerts_taxonomy.json', '{"alerts": [\n  {"name": }\n]}\n');
    const before = snapshotTree(repo.dir);
    const result = await init(repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govpages init: error: alerts_taxonomy\.json: line 2/);
    expect(snapshotTree(repo.dir)).toEqual(before);
  });

  it('a taxonomy that is a symbolic link out of the repository', async () => {
    const repo = realShapedRepo();
    const outside = join(tempDir(), 'secret.json');
    writeFileSync(outside, '{"alerts": []}\n');
    symlinkSync(outside, join(repo.dir, 'alerts_taxonomy.json'));
    const result = await init(repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('alerts_taxonomy.json: is a symbolic link to a path outside the repository');
    expect(readFileSync(outside, 'utf8')).toBe('{"alerts": []}\n');
  });

  it('a .github folder that is a symbolic link: the workflow is never written through it', async () => {
    const repo = realShapedRepo();
    const outside = tempDir();
    rmSync(join(repo.dir, '.github'), { recursive: true });
    symlinkSync(outside, join(repo.dir, '.github'));
    const before = snapshotTree(repo.dir);
    const result = await init(repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.github: is a symbolic link (init never writes through a link)');
    expect(snapshotTree(outside).size).toBe(0);
    // Checked before anything is written: the config and taxonomy are not left half set up.
    expect(snapshotTree(repo.dir)).toEqual(before);
  });
});

describe('govpages init with hostile names', () => {
  it('escapes names in what it prints and writes them as JSON strings', async () => {
    const repo = scratchRepo();
    const name = 'Evil"Alert\u001b[31m\u202e</script>';
    repo.write(
      'rules/evil [1].yml',
      `groups:\n  - name: "grp\\u0000"\n    rules:\n      - alert: ${JSON.stringify(name)}\n        expr: "1"\n        labels: {severity: "__proto__"}\n        annotations: {description: "line1\\nline2"}\n`,
    );
    repo.write('rules/evil 1.yml', 'version: 2\n');
    const result = await init(repo.dir, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u202e');
    await init(repo.dir);
    const alerts = JSON.parse(read(repo.dir, 'alerts_taxonomy.json')).alerts;
    expect(alerts).toEqual([expect.objectContaining({ name, group: 'grp\u0000', severity: 'low', description: 'line1\nline2' })]);
    // `[1]` is a character class to a glob: the file's own path would select 'rules/evil 1.yml'.
    expect(JSON.parse(read(repo.dir, 'govpages.config.json')).sources.taxonomy.rules ?? []).toEqual([]);
  });

  it('writes into a repository whose path has spaces and non-ASCII characters', async () => {
    const base = join(tempDir(), 'répo with spaces');
    mkdirSync(base);
    const repo = scratchRepo(base);
    repo.write('prometheus/alerts.yml', 'groups:\n  - name: g\n    rules:\n      - alert: DiskFull\n        expr: "1"\n        labels: {severity: critical}\n');
    const result = await init(repo.dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(read(repo.dir, 'alerts_taxonomy.json')).alerts[0]).toMatchObject({ name: 'DiskFull', category: 'capacity' });
  });
});

describe('govpages init, then lint and build', () => {
  it('writes files the other commands accept as they are', async () => {
    const repo = scratchRepo();
    // Rules whose labels and annotations leave init nothing to guess, so no `review` marker.
    repo.write(
      'prometheus/alerts.yml',
      `groups:
  - name: api
    rules:
      - alert: ApiDown
        expr: up{job="api"} == 0
        for: 5m
        labels: {severity: critical, scope: service, category: availability}
        annotations: {description: The API is down., runbook_url: "https://runbooks.example/api-down"}
      - alert: ApiLatencyHigh
        expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 0.8
        for: 10m
        labels: {severity: high, scope: service, category: latency}
        annotations: {summary: p99 latency above 800ms}
`,
    );
    repo.write('openapi.yaml', 'openapi: 3.0.3\ninfo: {title: API, version: "1.0.0"}\npaths: {}\n');
    expect((await init(repo.dir)).code).toBe(0);
    repo.commit('govpages init', '2026-06-01T00:00:00Z');

    const lint = await runCli(['lint', '--repo', repo.dir, '--now', '2026-06-02T00:00:00Z']);
    expect(lint.stderr).toBe('');
    // One of two alerts has a runbook: reported, not hidden.
    expect(lint.stdout).toContain('ERROR runbook completeness 50% is below RUNBOOK_MIN_PERCENT=90');
    expect(lint.stdout).toContain('alerts_taxonomy.json: 2 alerts, 0 hard failure(s), 0 warning(s), runbooks 50%, 1 rule file(s) checked');

    const out = join(tempDir(), 'site');
    const build = await runCli(['build', '--repo', repo.dir, '--out', out, '--now', '2026-06-02T00:00:00Z', '--no-state']);
    expect(build.code).toBe(0);
    expect(build.stderr).not.toMatch(/error/);
    const status = JSON.parse(readFileSync(join(out, 'status/status.json'), 'utf8'));
    expect(Object.keys(status.sections).sort()).toEqual(['api', 'taxonomy']);
    expect(status.verdict.checks).toContainEqual(expect.objectContaining({ id: 'taxonomy.coverage', status: 'pass' }));
  });
});

describe('govpages init, then lint and build, on the real-shaped repository', () => {
  it('lints with no false for-mismatch, asks to review what it guessed, and builds a day one that is not red', async () => {
    const repo = realShapedRepo();
    expect((await init(repo.dir)).code).toBe(0);
    repo.commit('govpages init', '2026-06-01T00:00:00Z');

    const lint = await runCli(['lint', '--repo', repo.dir, '--now', '2026-06-02T00:00:00Z']);
    expect(lint.stderr).toBe('');
    // ApiErrorBudgetBurn is defined twice (2m and 1h): the taxonomy's `for` agrees with one of them.
    expect(lint.stdout).not.toMatch(/for-mismatch|windows-mismatch|invalid-severity/);
    // What init guessed is named for review, as a warning with its JSON path.
    expect(lint.stdout).toMatch(
      /^WARN +alerts_taxonomy\.json: \$\.alerts\[\d+\]\.review: unknown-field: govpages init guessed "scope", "category": confirm them, then remove "review"$/m,
    );
    // Two of four alerts have a runbook, one has no description: reported as the hard failures they are.
    expect(lint.stdout).toMatch(/runbook completeness 50% is below RUNBOOK_MIN_PERCENT=90/);
    expect(lint.stdout).toMatch(/placeholder-description/);
    expect(lint.code).toBe(1);

    const out = join(tempDir(), 'site');
    const build = await runCli(['build', '--repo', repo.dir, '--out', out, '--now', '2026-06-02T00:00:00Z', '--no-state']);
    expect(build.stderr).not.toMatch(/error/);
    const status = JSON.parse(readFileSync(join(out, 'status/status.json'), 'utf8'));
    const taxonomy = status.sections.taxonomy;
    expect(taxonomy.severities.map((level: { name: string }) => level.name)).toEqual(['critical', 'warning', 'info']);
    expect(taxonomy.figures).toMatchObject({
      total: 4,
      churn: 0,
      risk_churn: 0,
      stability: 1,
      risk_stability: 1,
      risk_churn_spike: false,
      window_filling: true,
    });
    expect(taxonomy.figures.runbook_completeness_percent).toBe(50);
    expect(status.verdict.checks).toContainEqual(expect.objectContaining({ id: 'taxonomy.coverage', status: 'pass' }));
    expect(status.verdict.checks).not.toContainEqual(expect.objectContaining({ id: 'taxonomy.risk-churn-spike', status: 'warn' }));
  });
});

describe('govpages init reports what it does not use', () => {
  it('sets up the repository root from a folder inside it, and names skipped files, extra documents and Swagger', async () => {
    const repo = realShapedRepo();
    repo.write('docs/openapi.json', '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}}');
    repo.write('legacy/swagger.yaml', 'swagger: "2.0"\ninfo: {title: x, version: "1"}\n');
    repo.write('broken/rules.yml', 'groups:\n  - name: x\n    rules: [\n');
    const result = await init(join(repo.dir, 'monitoring'));
    expect(result.code).toBe(0);
    expect(read(repo.dir, 'govpages.config.json')).toContain('"path": "api/openapi.yaml"');
    expect(result.stdout).toContain('sources.openapi follows one document, api/openapi.yaml; not configured: docs/openapi.json');
    expect(result.stdout).toContain('Swagger 2.0 documents are not read (convert them to OpenAPI 3): legacy/swagger.yaml');
    expect(result.stdout).toMatch(/files skipped because they could not be read as YAML or JSON: broken\/rules\.yml \(malformed YAML/);
  });
});
