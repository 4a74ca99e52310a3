import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A commit of a test repository: files to write (null deletes) and its date. */
export interface FixtureCommit {
  date: string;
  files: Record<string, string | null>;
  message?: string;
}

/** A temporary git repository with the given commits, made with fixed identities and dates. */
export function gitFixture(commits: FixtureCommit[], prefix = 'govpages-gates-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@localhost',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@localhost',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      encoding: 'utf8',
    });
  git(['init', '-q', '-b', 'main']);
  for (const [index, commit] of commits.entries()) {
    for (const [path, content] of Object.entries(commit.files)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', commit.message ?? `commit ${index}`], commit.date);
  }
  return dir;
}

export function gitOutput(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
}
