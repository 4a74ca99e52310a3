import { posix } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { readHeadFile, runGit, type Repository } from '../../git/index.ts';

/**
 * Files at HEAD under `path` (a directory, or one file) whose names end with one of `extensions`,
 * sorted, with their contents. The build reads HEAD, not the work tree, so it is a function of the commit.
 */
export async function readHeadFiles(
  repo: Repository,
  path: string,
  extensions: readonly string[],
): Promise<{ path: string; text: string }[]> {
  const listing = await runGit(repo.root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', repo.head.commit, '--', path || '.']);
  if (listing.code !== 0) throw new InputError(`cannot list files: ${listing.stderr.trim()}`, { file: path });
  const names = listing.stdout
    .split('\0')
    .filter((name) => name && (name === path || path === '' || name.startsWith(`${path}/`)))
    .filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)))
    .sort();
  const files: { path: string; text: string }[] = [];
  for (const name of names) {
    const content = await readHeadFile(repo, name);
    if (content !== null) files.push({ path: name, text: content.toString('utf8') });
  }
  return files;
}
