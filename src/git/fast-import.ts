import { spawnSync } from 'node:child_process';
import { compareStrings } from '../core/compare.ts';

/** One commit to write: files set (text) or deleted (null), at a time in whole seconds since 1970, UTC. */
export interface ImportedCommit {
  branch: string;
  /** `Name <email>`; the committer when absent. */
  author?: string;
  committer: string;
  seconds: number;
  message: string;
  files: Readonly<Record<string, string | null>>;
}

/**
 * Creates a repository in `dir` (which must exist and be empty) holding `commits`, in order, with
 * one `git fast-import` stream, then checks out `checkout`. Returns its tip. Synchronous: it makes
 * fixtures and the demo, where nothing else is waiting.
 */
export function createRepositoryFromCommits(dir: string, commits: readonly ImportedCommit[], checkout: string): string {
  const git = (args: string[], input?: Buffer) => {
    const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.toString()}`);
    return result.stdout.toString().trim();
  };
  git(['init', '--quiet', `--initial-branch=${checkout}`]);
  git(['fast-import', '--quiet'], fastImportStream(commits));
  git(['checkout', '--quiet', '--force', checkout]);
  return git(['rev-parse', 'HEAD']);
}

function fastImportStream(commits: readonly ImportedCommit[]): Buffer {
  const chunks: Buffer[] = [];
  const text = (value: string) => chunks.push(Buffer.from(value, 'utf8'));
  const data = (value: string) => {
    const bytes = Buffer.from(value, 'utf8');
    text(`data ${bytes.length}\n`);
    chunks.push(bytes);
    text('\n');
  };
  for (const commit of commits) {
    text(`commit refs/heads/${commit.branch}\n`);
    if (commit.author !== undefined) text(`author ${commit.author} ${commit.seconds} +0000\n`);
    text(`committer ${commit.committer} ${commit.seconds} +0000\n`);
    data(commit.message);
    for (const [path, content] of Object.entries(commit.files).sort(([a], [b]) => compareStrings(a, b))) {
      if (content === null) text(`D ${path}\n`);
      else {
        text(`M 100644 inline ${path}\n`);
        data(content);
      }
    }
    text('\n');
  }
  return Buffer.concat(chunks);
}
