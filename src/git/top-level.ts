import { runGit } from './run.ts';

/** The work tree a directory belongs to, for commands that set a repository up (`init`). */
export interface WorkTreeRoot {
  /** Absolute path of the work tree's top level. */
  root: string;
  /** The branch HEAD names (also on a repository with no commit yet), or null when detached. */
  branch: string | null;
}

/**
 * The top level of the git work tree holding `dir`, or null when `dir` is not in one. Unlike
 * `openRepository`, a repository with no commit yet is fine: `init` is what a new repository runs
 * before its first commit.
 */
export async function workTreeRoot(dir: string): Promise<WorkTreeRoot | null> {
  const top = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) return null;
  const root = top.stdout.replace(/\n$/, '');
  if (root === '') return null;
  const head = await runGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const branch = head.code === 0 ? head.stdout.replace(/\n$/, '') : '';
  return { root, branch: branch === '' ? null : branch };
}
