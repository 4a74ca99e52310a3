import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { catalogDemoSteps } from '../../src/demo/catalog.ts';
import { STATE_MARKER_CONTENT, STATE_MARKER_FILE } from '../../src/git/index.ts';
import { repositoryFromSteps } from '../pipeline/kinds/catalog/demo-repo.ts';

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, cwd });
  return { code, stdout, stderr };
}

const NOW = ['--now', '2026-07-01T00:00:00Z'];

describe('govpages catalog', () => {
  const dir = repositoryFromSteps(catalogDemoSteps);

  it('enforce (default) prints the text report and exits 1 on violations', async () => {
    const result = await run(['catalog', ...NOW], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL organizations/acme/web-portal (tier 2)');
    expect(result.stdout).toContain('     violation: [tier-file-missing] missing CODEOWNERS (or .github/CODEOWNERS, docs/CODEOWNERS) (required for tier 2)');
    expect(result.stdout).toContain('6 repositories: 4 compliant, 2 non-compliant; 2 violations, 2 warnings\nFAILED\n');
  });

  it('enforce --json is the enforcement report', async () => {
    const result = await run(['catalog', 'enforce', '--json', ...NOW], dir);
    const report = JSON.parse(result.stdout);
    expect([result.code, report.exit_code, report.total_violations, report.total_warnings, report.generated_at]).toEqual([1, 1, 2, 2, '2026-07-01T00:00:00Z']);
  });

  it.each([
    { argv: [], env: {}, code: 0 },
    { argv: ['--strict'], env: {}, code: 1 },
    { argv: [], env: { GOVERN_STRICT: 'true' }, code: 1 },
  ])('warnings only: $argv $env -> exit $code', async ({ argv, env, code }) => {
    const only = repositoryFromSteps(catalogDemoSteps.slice(1, 2), {
      'govpages.config.json': JSON.stringify({ sources: { catalog: { metadata: ['organizations/acme/*/.meta/repo.yaml'] } } }),
    });
    const result = await run(['catalog', 'enforce', ...argv, ...NOW], only, env);
    expect(result.code).toBe(code);
    expect(result.stdout).toContain('warning');
  });

  it('report lists repositories by tier like the seed dashboard query', async () => {
    const result = await run(['catalog', 'report', ...NOW], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Tier 1: 2 repos\n/);
    expect(result.stdout).toContain('Tier unknown: 1 repos\n  non-compliant organizations/globex/docs-site');
    const json = JSON.parse((await run(['catalog', 'report', '--json', ...NOW], dir)).stdout);
    expect(json.summary.by_tier).toEqual({ '1': 2, '2': 2, '3': 1, '4': 0, unknown: 1 });
  });

  it('checkpoint --baseline writes catalog/ on the state branch, keeps other files, and resets drift', async () => {
    const repo = repositoryFromSteps(catalogDemoSteps);
    // Another kind's state on the branch must survive the baseline.
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: 'other\n' }).toString().trim();
    const marker = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: STATE_MARKER_CONTENT }).toString().trim();
    const tree = execFileSync('git', ['mktree'], { cwd: repo, input: `100644 blob ${marker}\t${STATE_MARKER_FILE}\n100644 blob ${blob}\tother.txt\n` })
      .toString()
      .trim();
    const commit = execFileSync('git', ['commit-tree', tree, '-m', 'state'], { cwd: repo }).toString().trim();
    execFileSync('git', ['update-ref', 'refs/heads/govpages-state', commit], { cwd: repo });

    const before = await run(['catalog', 'checkpoint', '--json', ...NOW], repo);
    // Nothing saved yet: like a build, the previous checkpoint is reconstructed from git.
    expect(JSON.parse(before.stdout)).toMatchObject({ has_drift: true, previous: { backfilled: true }, summary: { compliance_degraded: 1 } });
    const written = await run(['catalog', 'checkpoint', '--baseline', ...NOW], repo);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^baseline checkpoint of 6 repositories at [0-9a-f]{7} written to govpages-state \([0-9a-f]{7}\)\n$/);
    const listing = execFileSync('git', ['ls-tree', '-r', '--name-only', 'govpages-state'], { cwd: repo }).toString().trim().split('\n');
    expect(listing).toEqual([STATE_MARKER_FILE, 'catalog/checkpoint-history.jsonl', 'catalog/checkpoint-latest.json', 'other.txt']);
    const latest = JSON.parse(execFileSync('git', ['show', 'govpages-state:catalog/checkpoint-latest.json'], { cwd: repo }).toString());
    expect([latest.baseline, latest.summary]).toEqual([true, { total: 6, compliant: 4, non_compliant: 2 }]);
    const after = await run(['catalog', 'checkpoint', ...NOW], repo);
    expect(after.stdout).toContain('is the baseline');
  });

  it.each([
    { argv: ['catalog', 'bogus'], err: /unknown action 'bogus'/ },
    { argv: ['catalog', 'enforce', '--baseline'], err: /--baseline belongs to 'catalog checkpoint'/ },
    { argv: ['catalog', '--now', 'yesterday'], err: /is not a date and time with an offset/ },
    { argv: ['catalog', '--repo', 'no-such-dir'], err: /directory not found/ },
  ])('$argv -> exit 2', async ({ argv, err }) => {
    const result = await run(argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
  });

  it('a config path leaving the repository is exit 2 naming the key', async () => {
    const bad = repositoryFromSteps(catalogDemoSteps.slice(0, 1), { 'govpages.config.json': '{"sources":{"catalog":{"metadata":["../x/.meta/repo.yaml"]}}}' });
    const result = await run(['catalog', ...NOW], bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'govpages catalog: error: govpages.config.json: $.sources.catalog.metadata[0]: "../x/.meta/repo.yaml" leaves the repository with ".." (expected a path inside the repository)\n',
    );
  });
});
