import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../src/demo/index.ts';
import { scratchRepo, tempDir } from '../helpers/git.ts';
import { ACTION_ROOT, type ActionRun, readAction, runAction } from './runner.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();

/** A bare origin holding `source`'s history, and a workspace cloned from it as actions/checkout would. */
function originAndClone(source: string, scratch: string, cloneArgs: string[] = []): { origin: string; workspace: string } {
  const origin = join(scratch, 'origin.git');
  const workspace = join(scratch, 'workspace');
  git(scratch, 'clone', '--quiet', '--bare', source, origin);
  git(scratch, 'clone', '--quiet', ...cloneArgs, `file://${origin}`, workspace);
  return { origin, workspace };
}

function step(run: ActionRun, name: string) {
  const found = run.steps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no step ${name}`);
  return found;
}

describe('action.yml, run as a runner runs it', () => {
  describe('on the demo repository (verdict fail) with strict: true', () => {
    let scratch: string;
    let origin: string;
    let run: ActionRun;
    beforeAll(() => {
      scratch = tempDir('govpages-action-');
      const demo = createDemoRepository(join(scratch, 'demo')).dir;
      ({ origin } = originAndClone(demo, scratch));
      run = runAction({ workspace: join(scratch, 'workspace'), scratch, inputs: { strict: 'true' } });
    }, 300_000);

    it('writes the outputs and the step summary, pushes the state branch, then fails with ::error:: lines', () => {
      expect(run.exitCode).toBe(1);
      expect(run.steps.at(-1)!.name).toBe('Verdict');
      expect(step(run, 'Verdict').exitCode).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.outputs['output-dir']).toBe(join(scratch, 'workspace', 'dist'));
      expect(run.outputs['exit-code']).toBe('0');
      expect(existsSync(join(run.outputs['output-dir']!, 'status', 'status.json'))).toBe(true);
      expect(run.summary).toContain('### govpages: fail');
      expect(run.summary).toMatch(/\| fail \| Port registry \| 1 conflict/);
      // The state branch reached origin before the step failed: the next run keeps this run's history.
      expect(step(run, 'Push the state branch').exitCode).toBe(0);
      expect(git(origin, 'rev-parse', '--verify', 'refs/heads/govpages-state')).toMatch(/^[0-9a-f]{40}$/);
      const errors = step(run, 'Verdict')
        .stdout.split('\n')
        .filter((line) => line.startsWith('::error::'));
      expect(errors).toEqual([
        expect.stringMatching(/^::error::govpages: Repository policies: 4\/6 repositories compliant/),
        expect.stringMatching(/^::error::govpages: Port registry: 1 conflict/),
        expect.stringMatching(/the verdict is fail and strict is true \(2 failing check\(s\)\)/),
      ]);
    });

    it('installs with npm ci --omit=dev in the action folder, keyed in the cache on the lock file', () => {
      expect(run.npmCalls).toEqual([`${ACTION_ROOT.replace(/\/$/, '')} ci --omit=dev --no-audit --no-fund`]);
      const cache = step(run, 'Restore the dependencies');
      const lockHash = createHash('sha256')
        .update(readFileSync(join(ACTION_ROOT, 'package-lock.json')))
        .digest('hex');
      expect(cache.with?.key).toContain(lockHash);
      expect(cache.with?.path).toBe(join(ACTION_ROOT, 'node_modules'));
      // Saved by its own step right after the install, so a run that then fails still fills the cache.
      const save = step(run, 'Save the dependencies');
      expect(save.skipped).toBe(false);
      expect(save.with).toEqual(cache.with);
      expect(run.steps.findIndex((candidate) => candidate.name === 'Save the dependencies')).toBeLessThan(
        run.steps.findIndex((candidate) => candidate.name === 'Build'),
      );
    });

    it('on a cache hit installs and saves nothing and still builds', () => {
      const again = tempDir('govpages-action-hit-');
      git(again, 'clone', '--quiet', `file://${origin}`, join(again, 'workspace'));
      const hit = runAction({ workspace: join(again, 'workspace'), scratch: again, cacheHit: true });
      expect(step(hit, 'Install govpages').skipped).toBe(true);
      expect(step(hit, 'Save the dependencies').skipped).toBe(true);
      expect(hit.npmCalls).toEqual([]);
      expect(hit.outputs.verdict).toBe('fail');
    });

    it('a second run fetches the pushed state branch and, not strict, passes', () => {
      const second = tempDir('govpages-action-next-');
      git(second, 'clone', '--quiet', `file://${origin}`, join(second, 'workspace'));
      const next = runAction({ workspace: join(second, 'workspace'), scratch: second });
      expect(next.exitCode).toBe(0);
      expect(step(next, 'Fetch the state branch').stdout + step(next, 'Fetch the state branch').stderr).not.toContain('no govpages-state branch');
      expect(git(join(second, 'workspace'), 'rev-parse', '--verify', 'refs/heads/govpages-state')).toMatch(/^[0-9a-f]{40}$/);
      expect(next.outputs.verdict).toBe('fail');
      expect(step(next, 'Verdict').stdout).not.toContain('::error::');
    }, 300_000);
  });

  describe('stops before the install', () => {
    function smallRepository(): string {
      const repo = scratchRepo(tempDir('govpages-action-source-'));
      repo.write('README.md', '# a repository\n');
      repo.commit('first', '2026-01-01T00:00:00Z');
      repo.write('README.md', '# a repository, edited\n');
      repo.commit('second', '2026-01-02T00:00:00Z');
      return repo.dir;
    }

    it('on a config input naming a file that does not exist: exit 2, the file named', () => {
      const scratch = tempDir('govpages-action-config-');
      const { workspace } = originAndClone(smallRepository(), scratch);
      const run = runAction({ workspace, scratch, inputs: { config: 'govpages.config.jsn' } });
      expect(run.exitCode).toBe(2);
      expect(step(run, 'Check the checkout').stdout).toMatch(/^::error::govpages: config file 'govpages\.config\.jsn' .*does not exist/m);
      expect(run.npmCalls).toEqual([]);
      expect(run.steps.filter((candidate) => !candidate.skipped).map((candidate) => candidate.name)).toEqual(['Check the checkout']);
      expect(run.outputs.verdict).toBe('');
    });

    it('on a config input naming a file that is in the work tree but not committed: exit 2 at the build, never the defaults', () => {
      const scratch = tempDir('govpages-action-uncommitted-');
      const { workspace } = originAndClone(smallRepository(), scratch);
      writeFileSync(join(workspace, 'govpages.config.json'), '{"site": {"title": "generated"}}\n');
      const run = runAction({ workspace, scratch, inputs: { config: 'govpages.config.json' } });
      expect(run.exitCode).toBe(2);
      expect(step(run, 'Build').stderr).toMatch(/govpages\.config\.json: is not a file of commit [0-9a-f]{7}/);
      expect(run.outputs.verdict).toBe('');
    });

    it('on a shallow clone: exit 2, with the fix', () => {
      const scratch = tempDir('govpages-action-shallow-');
      const { workspace } = originAndClone(smallRepository(), scratch, ['--depth', '1']);
      const run = runAction({ workspace, scratch });
      expect(run.exitCode).toBe(2);
      expect(step(run, 'Check the checkout').stdout).toContain("::error::govpages needs the full git history: use actions/checkout with 'fetch-depth: 0'");
      expect(run.npmCalls).toEqual([]);
    });
  });

  it('checks the clone before setting up Node and installing', () => {
    const names = readAction().runs.steps.map((candidate) => candidate.name ?? candidate.uses);
    expect(names.indexOf('Check the checkout')).toBeLessThan(names.indexOf('actions/setup-node@v4'));
    expect(names.indexOf('actions/setup-node@v4')).toBeLessThan(names.indexOf('Install govpages'));
  });
});
