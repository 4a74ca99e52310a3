import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { globby } from 'globby';
import { compareStrings } from '../core/compare.ts';
import { InputError } from '../core/errors.ts';
import { matchPaths, pathsUnder } from '../core/globs.ts';
import { pathInside } from '../core/repo-path.ts';

/**
 * The work tree's files, for the commands that check edits before they are committed (`lint`,
 * `catalog`, `ports`); a build never reads it (it reads the commit's snapshot, `git/snapshot.ts`).
 * Matching is the snapshot's (core/globs.ts): dot files included, `!pattern` excludes, nothing without
 * an include pattern; `.git` and `node_modules` are not looked into, symbolic links to folders are
 * not followed, and a link whose target lies outside the repository is bad input (its target is
 * never read, so no message can quote a file outside the repository).
 */
export interface WorkTreeFiles {
  /** Paths matching the glob patterns, sorted. */
  match(patterns: readonly string[]): Promise<string[]>;
  /** Every file under the folders ('' for the whole tree), sorted. */
  under(folders: readonly string[]): Promise<string[]>;
  /** Contents of the files, in the order asked. */
  read(paths: readonly string[]): AsyncGenerator<{ path: string; content: Buffer }>;
  /** One file's content, or null when there is no such file; a directory there is bad input. */
  readFile(path: string): Promise<Buffer | null>;
}

const SKIPPED = ['**/.git/**', '**/node_modules/**'];
/** Many small files: read a batch at a time, since one-by-one awaits leave the disk idle. */
const READ_BATCH = 64;
const NO_SUCH_FILE = new Set(['ENOENT', 'ENOTDIR']);

export interface WorkTreeOptions {
  /**
   * Leave out what the repository's `.gitignore` files ignore: for `govpages init`, which looks for
   * files to name in the config, and must not name generated or vendored files no commit will hold.
   */
  gitignore?: boolean;
}

export function workTreeFiles(root: string, options: WorkTreeOptions = {}): WorkTreeFiles {
  // Listed once, then matched as the snapshot matches: one matcher for both (core/globs.ts).
  let listing: Promise<string[]> | null = null;
  const all = () => {
    listing ??= globby('**', {
      cwd: root,
      dot: true,
      ignore: SKIPPED,
      onlyFiles: true,
      followSymbolicLinks: false,
      gitignore: options.gitignore ?? false,
    }).then((paths) => paths.sort(compareStrings));
    return listing;
  };
  let realRoot: Promise<string> | null = null;
  /** Reads one file of the tree, refusing a link (or a chain of them) that leads out of the repository. */
  const readInside = async (path: string): Promise<Buffer> => {
    realRoot ??= realpath(root);
    const [base, target] = await Promise.all([realRoot, realpath(join(root, path))]);
    if (pathInside(base, target) === null) {
      throw new InputError('is a symbolic link to a path outside the repository (expected a file inside it)', { file: path });
    }
    return readFile(target);
  };
  return {
    match: async (patterns) => matchPaths(await all(), patterns),
    under: async (folders) => {
      const paths = await all();
      const inside = new Set(folders.flatMap((folder) => pathsUnder(paths, folder)));
      return paths.filter((path) => inside.has(path));
    },
    async *read(paths) {
      for (let start = 0; start < paths.length; start += READ_BATCH) {
        const batch = paths.slice(start, start + READ_BATCH);
        const contents = await Promise.all(batch.map(readInside));
        for (const [index, path] of batch.entries()) yield { path, content: contents[index]! };
      }
    },
    async readFile(path) {
      try {
        return await readInside(path);
      } catch (error) {
        if (error instanceof InputError) throw error;
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (NO_SUCH_FILE.has(code)) return null;
        if (code === 'EISDIR') throw new InputError('is a directory (expected a file)', { file: path });
        throw new InputError(`cannot read the file (${code || 'error'})`, { file: path });
      }
    },
  };
}
