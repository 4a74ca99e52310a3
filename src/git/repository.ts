import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.ts';
import { runGit } from './run.ts';

export interface Repository {
  /** Absolute path of the work tree's top level. */
  root: string;
  /** The commit being built: HEAD, or the revision the repository was opened at. Every read goes through it. */
  head: { commit: string; date: string; timestamp: number };
}

/**
 * Opens the git repository at `dir` and checks that its history is complete. A shallow clone
 * (GitHub Actions' default `fetch-depth: 1`) would make every history figure wrong without any
 * visible sign, so it is an error with the fix, not a warning.
 */
export async function openRepository(dir: string, revision = 'HEAD'): Promise<Repository> {
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new InputError('directory not found (expected the path of a git repository)', { file: path });
  }
  const probe = await runGit(path, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (probe.code !== 0) {
    throw new InputError('not a git repository (govpages reads the history of governance files from git: run it inside a clone, or pass --repo DIR)', {
      file: path,
    });
  }
  const [root, shallow] = probe.stdout.trim().split('\n');
  if (shallow === 'true') {
    throw new InputError(
      'this is a shallow clone, so its history is incomplete and churn, stability and streaks cannot be computed. ' +
        "Fix: fetch the full history ('git fetch --unshallow'), or in GitHub Actions set 'fetch-depth: 0' on actions/checkout.",
      { file: root },
    );
  }
  const head = await runGit(path, ['log', '-1', '--format=%H%x00%cI%x00%ct', `${revision}^{commit}`, '--']);
  if (head.code !== 0) {
    throw new InputError(
      revision === 'HEAD' ? 'the repository has no commits yet (expected at least one commit on HEAD)' : `commit ${revision} is not in this repository`,
      { file: root },
    );
  }
  const [commit, date, timestamp] = head.stdout.trim().split('\0');
  return { root: root!, head: { commit: commit!, date: date!, timestamp: Number(timestamp) } };
}
