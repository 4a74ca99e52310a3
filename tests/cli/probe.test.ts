import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openRepository, readStateBranch } from '../../src/git/index.ts';
import { PROBE_HISTORY_FILE, parseProbeHistory } from '../../src/sources/gates/index.ts';
import { json, type LocalServer, localServer } from '../probe/local-servers.ts';
import { gitFixture, gitOutput } from '../sources/gates/git-fixture.ts';

const SECRET = 'hunter2-very-secret-value';
let backend: LocalServer;
let proxy: LocalServer;
let broken: LocalServer;

beforeAll(async () => {
  backend = await localServer(json(200, { ok: true }));
  proxy = await localServer(json(200, { ok: true }));
  broken = await localServer(json(404, { error: 'not found' }));
});
afterAll(async () => Promise.all([backend.close(), proxy.close(), broken.close()]));

function repoWith(probes: unknown): string {
  const config = { sources: { gates: { probes } } };
  return gitFixture([{ date: '2026-01-13T12:00:00Z', files: { 'govpages.config.json': JSON.stringify(config) } }], 'govpages-probe-cli-');
}

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, cwd });
  return { code, stdout, stderr };
}

async function history(dir: string) {
  const state = await readStateBranch(await openRepository(dir), 'govpages-state');
  return parseProbeHistory(state.get(PROBE_HISTORY_FILE) ?? '');
}

describe('govpages probe', () => {
  it('exit 0 when every probe passes; appends one line a probe to the state branch; values never printed or stored', async () => {
    const dir = repoWith({
      integration: [{ name: 'site', backend: backend.url, frontend: proxy.url }],
      environment: { critical: ['DB_PASSWORD'], optional: ['LOG_LEVEL'] },
    });
    const env = { DB_PASSWORD: SECRET };
    const first = await run(['probe', '--now', '2026-01-13T12:00:00Z'], dir, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Result: 2 \/ 2 passed\.\nALLOW\nDEPLOYMENT APPROVED \(exit 0\)\n$/);
    expect(first.stderr).toMatch(/^recorded 2 results on govpages-state \([0-9a-f]{12}\)\n$/);
    const second = await run(['probe', '--now', '2026-01-13T13:00:00Z'], dir, env);
    expect(second.code).toBe(0);
    const lines = await history(dir);
    expect(lines.map((line) => [line.time, line.probe, line.type, line.status])).toEqual([
      ['2026-01-13T12:00:00.000Z', 'site', 'integration', 'pass'],
      ['2026-01-13T12:00:00.000Z', 'environment', 'environment', 'pass'],
      ['2026-01-13T13:00:00.000Z', 'site', 'integration', 'pass'],
      ['2026-01-13T13:00:00.000Z', 'environment', 'environment', 'pass'],
    ]);
    const stateLog = gitOutput(dir, ['log', '-p', 'govpages-state']);
    for (const text of [first.stdout, first.stderr, second.stdout, stateLog]) expect(text).not.toContain(SECRET);
    // The work tree and HEAD are untouched.
    expect(gitOutput(dir, ['status', '--porcelain'])).toBe('');
  });

  it('exit 1 (BLOCKED) for a broken front door; --json report with sorted keys', async () => {
    const dir = repoWith({ integration: [{ name: 'site', backend: backend.url, frontend: broken.url }] });
    const result = await run(['probe', '--json', '--dry-run', '--now', '2026-01-13T12:00:00Z'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['checks', 'exit_code', 'failed', 'passed', 'suite_verdict', 'time', 'verdict', 'warned']);
    expect([report.verdict, report.suite_verdict, report.exit_code, report.failed]).toEqual(['REJECT', 'BLOCKED', 1, 1]);
    expect(report.checks[0].message).toMatch(/Frontend proxy broken/);
    expect(await history(dir)).toEqual([]); // --dry-run records nothing
  });

  it('exit 2 (CAUTION) for an empty REQUIRED variable; 1 with --strict', async () => {
    const dir = repoWith({ environment: { required: ['NODE_ENV'] } });
    expect((await run(['probe', '--dry-run'], dir)).code).toBe(2);
    const strict = await run(['probe', '--dry-run', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/REQUIRED empty: NODE_ENV/);
    expect(strict.stdout).toMatch(/DEPLOYMENT BLOCKED \(exit 1\)/);
  });

  it.each([
    { name: 'no probes configured', probes: {}, err: /no probes configured/ },
    {
      name: 'bad probe config names the key',
      probes: { http: [{ name: 'Bad Name', url: 'http://127.0.0.1:1/' }] },
      err: /govpages.config.json: \$\.sources\.gates\.probes\.http\[0\]\.name: a lowercase slug/,
    },
  ])('$name -> exit 2 without a stack trace', async ({ probes, err }) => {
    const result = await run(['probe'], repoWith(probes));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad --now is a usage error', async () => {
    const result = await run(['probe', '--now', 'yesterday'], repoWith({ environment: { optional: ['X'] } }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--now "yesterday" is not a date and time with an offset/);
  });
});
