import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { repoRelativePath } from '../core/repo-path.ts';

/**
 * Checks that a file may be written into a repository's work tree (`govpages init`) and returns its
 * clean relative path. The path may not leave the repository, and no part of it may be a symbolic
 * link, so nothing is ever written through a link, inside the repository or out of it. Init checks
 * every file before it writes any, so a refused path leaves the work tree as it was.
 */
export async function checkWorkTreeTarget(root: string, path: string): Promise<string> {
  const relative = repoRelativePath(path, { file: path });
  const segments = relative.split('/');
  for (let length = 1; length <= segments.length; length++) {
    const part = segments.slice(0, length).join('/');
    const stat = await lstat(join(root, part)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new InputError(`cannot inspect the path (${error.code ?? 'error'})`, { file: part });
    });
    if (stat === null) break;
    if (stat.isSymbolicLink()) throw new InputError('is a symbolic link (init never writes through a link)', { file: part });
    const last = length === segments.length;
    if (!last && !stat.isDirectory()) throw new InputError('is a file where a folder is needed', { file: part });
    if (last && !stat.isFile()) throw new InputError('is not a regular file (expected a file or nothing)', { file: part });
  }
  return relative;
}

/**
 * Writes one file into the work tree after `checkWorkTreeTarget`. `create` never replaces a file
 * (one that appeared meanwhile is an error); `replace` writes a temporary file beside it and renames
 * it over, so a reader never sees half a file.
 */
export async function writeWorkTreeFile(root: string, path: string, content: string, mode: 'create' | 'replace'): Promise<void> {
  const relative = await checkWorkTreeTarget(root, path);
  const target = join(root, relative);
  await mkdir(dirname(target), { recursive: true });
  if (mode === 'create') {
    await writeFile(target, content, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(error.code === 'EEXIST' ? 'appeared while init was running (left as it is)' : `cannot write the file (${error.code ?? 'error'})`, {
        file: relative,
      });
    });
    return;
  }
  const temporary = join(dirname(target), `.${relative.split('/').at(-1)}.govpages-init-${process.pid}`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(`cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: relative });
  }
}
