import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export function tempDir(prefix = 'govpages-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A scratch git repository whose commits carry the dates the test gives. */
export function scratchRepo(dir = tempDir()) {
  const git = (args: string[], env: Record<string, string> = {}, input?: string | Buffer) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', ...env },
      encoding: 'utf8',
      input,
    }).trim();
  git(['init', '--quiet', '--initial-branch=main']);
  return {
    dir,
    git,
    write(path: string, content: string) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    commit(message: string, date: string) {
      git(['add', '-A']);
      git(['commit', '--quiet', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return git(['rev-parse', 'HEAD']);
    },
  };
}

/** Every file under `root` with its bytes, for byte-identical comparisons. */
export function snapshotTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path).toString('base64'));
    }
  };
  walk(root);
  return files;
}
