import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchRepo, snapshotTree, tempDir } from '../helpers/git.ts';

const NOW = '2026-03-01T00:00:00Z';
const TAXONOMY = JSON.stringify({
  version: 1,
  alerts: [
    {
      name: 'DiskFull',
      group: 'node',
      severity: 'high',
      scope: 'infrastructure',
      category: 'capacity',
      description: 'Disk almost full.',
      runbook: 'https://runbooks.example/disk',
      for: '5m',
    },
  ],
});

function governanceRepo() {
  const repo = scratchRepo();
  repo.write('alerts_taxonomy.json', TAXONOMY);
  repo.write('organizations/acme/README.md', 'tracked\n');
  repo.commit('taxonomy', '2026-02-01T00:00:00Z');
  return repo;
}

const cli = (repo: string, out: string, cwd: string, extra: string[] = []) =>
  runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state', ...extra], { cwd });

describe("the output folder is govpages' own", () => {
  it.each([
    ['the repository itself', (repo: string) => ({ out: repo, cwd: tempDir() }), /the output folder is the repository itself/],
    ['an ancestor of the repository', (repo: string) => ({ out: join(repo, '..'), cwd: tempDir() }), /contains the repository/],
    ['a folder of tracked files', (repo: string) => ({ out: join(repo, 'organizations'), cwd: tempDir() }), /holds files tracked by git/],
    ['"" (the current directory)', (_repo: string) => ({ out: '', cwd: tempDir() }), /is the current directory/],
    ['"." (the current directory)', (_repo: string) => ({ out: '.', cwd: tempDir() }), /is the current directory/],
    [
      'an existing file',
      (_repo: string) => {
        const cwd = tempDir();
        writeFileSync(join(cwd, 'site'), 'a file');
        return { out: 'site', cwd };
      },
      /is a file/,
    ],
    [
      "somebody else's folder",
      (_repo: string) => {
        const cwd = tempDir();
        mkdirSync(join(cwd, 'photos'));
        writeFileSync(join(cwd, 'photos', 'cat.jpg'), 'meow');
        return { out: 'photos', cwd };
      },
      /is not empty and was not written by govpages/,
    ],
  ])('refuses %s with exit 2 and touches nothing', async (_, place, message) => {
    const repo = governanceRepo();
    const { out, cwd } = place(repo.dir);
    const watched = [repo.dir, cwd];
    const before = watched.map((dir) => snapshotTree(dir));
    const result = await cli(repo.dir, out, cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/nothing was changed/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(watched.map((dir) => snapshotTree(dir))).toEqual(before);
  });

  it('replaces its own earlier output and an empty folder, and creates a new one 0755', async () => {
    const repo = governanceRepo();
    const cwd = tempDir();
    mkdirSync(join(cwd, 'empty'));
    expect((await cli(repo.dir, 'empty', cwd, ['--json'])).code).toBe(0);
    expect((await cli(repo.dir, 'empty', cwd)).code).toBe(0);
    expect((await cli(repo.dir, 'new/site', cwd)).code).toBe(0);
    const { statSync } = await import('node:fs');
    expect(statSync(join(cwd, 'new/site')).mode & 0o777).toBe(0o755);
    // An untracked dist inside the repository is fine (the GitHub Action builds there).
    expect((await cli(repo.dir, join(repo.dir, 'dist'), cwd)).code).toBe(0);
    expect(existsSync(join(repo.dir, 'dist/status/checksums.json'))).toBe(true);
  });
});

describe('racing builds', () => {
  it.each([2, 3, 10])(
    '%i builds of one repository at once keep every audit entry',
    async (count) => {
      const repo = governanceRepo();
      const outs = Array.from({ length: count }, () => join(tempDir(), 'dist'));
      const results = await Promise.allSettled(
        outs.map((outDir, index) => build({ repoDir: repo.dir, outDir, now: `2026-03-01T00:00:${String(index).padStart(2, '0')}Z`, env: {}, site: false })),
      );
      const built = results.filter((result) => result.status === 'fulfilled');
      const failed = results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason as Error);
      // Each build either published (and its entry is in the log) or failed without publishing.
      for (const error of failed) expect(error.message).toMatch(/changed while this build ran/);
      const log = repo.git(['show', 'govpages-state:archive/log.jsonl']).split('\n').filter(Boolean);
      expect(log).toHaveLength(built.length);
      expect(built.length).toBeGreaterThanOrEqual(Math.min(count, 3));
      for (const [index, outDir] of outs.entries()) {
        const published = existsSync(join(outDir, 'status/checksums.json'));
        expect(published).toBe(results[index]!.status === 'fulfilled');
        if (!published) continue;
        const aggregate = JSON.parse(readFileSync(join(outDir, 'status/checksums.json'), 'utf8')).aggregate_sha256 as string;
        expect(log.some((line) => line.includes(aggregate))).toBe(true);
      }
    },
    240_000,
  );
});

describe('--base and --site-url', () => {
  it.each([
    [['--base', '/x" onerror="alert(document.domain)" a="/'], /--base "\/x\\" onerror=.* is not a path that starts and ends with "\/"/],
    [['--site-url', 'javascript:alert(1)'], /--site-url "javascript:alert\(1\)" is not an http:\/\/ or https:\/\/ URL/],
  ])('refuses %j with exit 2 before building', async (flags, message) => {
    const repo = governanceRepo();
    const cwd = tempDir();
    const result = await cli(repo.dir, 'site', cwd, flags);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(cwd, 'site'))).toBe(false);
  });
});

describe('a damaged state is an error, and --fresh-state starts over on purpose', () => {
  const build1 = (repo: string, extra: string[] = []) =>
    runCli(['build', '--repo', repo, '--out', join(tempDir(), 'dist'), '--now', NOW, ...extra], { cwd: tempDir() });
  const logLines = (repo: ReturnType<typeof governanceRepo>) => repo.git(['show', 'govpages-state:archive/log.jsonl']).split('\n').filter(Boolean);

  it.each([
    ['a blob', (repo: ReturnType<typeof governanceRepo>) => repo.git(['hash-object', '-w', '--stdin'], {}, 'not a commit\n')],
    ['a missing object', () => 'ab'.repeat(20)],
  ])('a state ref to %s is exit 2 naming the ref and the flag; --fresh-state replaces it', async (_, target) => {
    const repo = governanceRepo();
    writeFileSync(join(repo.dir, '.git/refs/heads/govpages-state'), `${target(repo)}\n`);
    const refused = await build1(repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refs\/heads\/govpages-state: the state branch does not point at a commit .*govpages build --fresh-state/);
    expect((await build1(repo.dir, ['--fresh-state'])).code).toBe(0);
    expect(logLines(repo)).toHaveLength(1);
  });

  it('a log with an entry removed since the previous state commit is exit 2; --fresh-state commits on top', async () => {
    const repo = governanceRepo();
    expect((await build1(repo.dir)).code).toBe(0);
    repo.commit('second', '2026-02-02T00:00:00Z');
    expect((await build1(repo.dir)).code).toBe(0);
    expect(logLines(repo)).toHaveLength(2);
    // Someone rewrites the log on the branch, dropping the first entry, in a new commit.
    const kept = `${logLines(repo)[1]}\n`;
    const blob = repo.git(['hash-object', '-w', '--stdin'], {}, kept);
    const archiveTree = repo.git(['mktree'], {}, `100644 blob ${blob}\tlog.jsonl\n`);
    const top = repo
      .git(['ls-tree', 'govpages-state'])
      .split('\n')
      .map((line) => (line.endsWith('\tarchive') ? `040000 tree ${archiveTree}\tarchive` : line))
      .join('\n');
    const rewritten = repo.git(['commit-tree', repo.git(['mktree'], {}, `${top}\n`), '-p', 'govpages-state', '-m', 'rewrite'], {
      GIT_AUTHOR_EMAIL: 'govpages@localhost',
      GIT_COMMITTER_EMAIL: 'govpages@localhost',
    });
    repo.git(['update-ref', 'refs/heads/govpages-state', rewritten]);
    const refused = await build1(repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/govpages-state:archive\/log\.jsonl: the audit log does not extend the log of the previous state commit [0-9a-f]{7}/);
    repo.commit('third', '2026-02-03T00:00:00Z');
    expect((await build1(repo.dir, ['--fresh-state'])).code).toBe(0);
    expect(repo.git(['rev-parse', 'govpages-state^'])).toBe(rewritten);
    expect(logLines(repo)).toHaveLength(1);
  });

  it('--fresh-state never writes a branch govpages did not write', async () => {
    const repo = governanceRepo();
    repo.git(['branch', 'govpages-state']);
    const before = repo.git(['rev-parse', 'govpages-state']);
    const refused = await build1(repo.dir, ['--fresh-state']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/was not written by govpages/);
    expect(repo.git(['rev-parse', 'govpages-state'])).toBe(before);
  });
});
