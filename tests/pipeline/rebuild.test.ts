import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/git.ts';

// `verify --rebuild` rebuilds the commit a site records, at its `now`, from the state that build
// started from, and compares every file on disk with the rebuild's hashes.
describe('govpages verify --rebuild', () => {
  let repo: string;
  let base: string;
  beforeAll(async () => {
    base = tempDir();
    repo = createDemoRepository(join(base, 'repo')).dir;
    // Two builds of the same commit at different times: the second starts from the state the
    // first wrote, so its rebuild must find and use that state.
    for (const [out, now] of [
      ['first', '2026-11-19T00:00:00Z'],
      ['second', '2026-11-20T00:00:00Z'],
    ] as const) {
      const built = await runCli(['build', '--repo', repo, '--out', join(base, out), '--now', now], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, GOV_SIGNING_PRIVATE_KEY: Buffer.alloc(32, 3).toString('base64') },
      });
      expect(built.code).toBe(0);
    }
  });

  it.each(['first', 'second'])('reproduces the %s build byte for byte', async (out) => {
    const result = await runCli(['verify', join(base, out), '--rebuild', '--repo', repo, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, state: 'state-branch', differences: [] });
    expect(report.rebuilt_aggregate).toBe(report.published_aggregate);
  });

  it('names a file altered after publishing, and one that went missing', async () => {
    const dist = join(base, 'second');
    appendFileSync(join(dist, 'taxonomy-metrics-history.json'), ' ');
    rmSync(join(dist, 'badge-alerts-total.json'));
    const result = await runCli(['verify', dist, '--rebuild', '--repo', repo]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CHANGED taxonomy-metrics-history.json');
    expect(result.stderr).toContain('MISSING badge-alerts-total.json');
    expect(result.stderr).toMatch(/REBUILD_FAILED: 2 file\(s\) differ/);
  });

  it('refuses a directory that is not a build, exit 2', async () => {
    const result = await runCli(['verify', repo, '--rebuild', '--repo', repo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/status\/status\.json: not found/);
  });

  it('reproduces a build served under a base path and URL given on the command line, as the Action builds', async () => {
    const out = join(base, 'pages');
    const built = await runCli([
      'build',
      '--repo',
      repo,
      '--out',
      out,
      '--now',
      '2026-11-21T00:00:00Z',
      '--base',
      '/demo/',
      '--site-url',
      'https://example.github.io/demo/',
    ]);
    expect(built.code).toBe(0);
    const result = await runCli(['verify', out, '--rebuild', '--repo', repo, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, differences: [] });
  });

  it('reads a --config inside the repository from the commit, in the build and in the rebuild', async () => {
    const out = join(base, 'other-config');
    const config = readFileSync(join(repo, 'govpages.config.json'), 'utf8');
    writeFileSync(join(repo, 'other.config.json'), config.replace('"Demo platform governance"', '"Other title"'));
    const uncommitted = await runCli(['build', '--repo', repo, '--out', out, '--now', '2026-11-22T00:00:00Z', '--config', join(repo, 'other.config.json')]);
    expect(uncommitted.code).toBe(2);
    expect(uncommitted.stderr).toMatch(
      /other\.config\.json: is not a file of commit [0-9a-f]{7} \(a config inside the repository is read from the commit: commit it\)/,
    );
    execFileSync('git', ['add', 'other.config.json'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'other config'], { cwd: repo });
    writeFileSync(join(repo, 'other.config.json'), config.replace('"Demo platform governance"', '"Edited, not committed"'));
    expect((await runCli(['build', '--repo', repo, '--out', out, '--now', '2026-11-22T00:00:00Z', '--config', join(repo, 'other.config.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'status/status.json'), 'utf8')).site.title).toBe('Other title');
    const result = await runCli(['verify', out, '--rebuild', '--repo', repo, '--config', join(repo, 'other.config.json'), '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, differences: [] });
  });
});
