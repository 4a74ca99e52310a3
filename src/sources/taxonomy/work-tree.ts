import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { globby } from 'globby';
import { compareStrings } from '../../core/compare.ts';
import type { InputFiles } from './files.ts';

/**
 * The work tree at `root` as input files, for `govpages lint`, which checks what is about to be
 * committed. A build never uses it: it reads the commit's snapshot. Matching follows the
 * snapshot's rules (dot files included, `!pattern` excludes, nothing without an include pattern).
 */
export function workTreeFiles(root: string): InputFiles {
  const readFileOrNull = async (path: string): Promise<Buffer | null> => {
    try {
      return await readFile(join(root, path));
    } catch (error) {
      if (NOT_A_FILE.has((error as NodeJS.ErrnoException).code ?? '')) return null;
      throw error;
    }
  };
  return {
    async match(patterns) {
      if (!patterns.some((pattern) => !pattern.startsWith('!'))) return [];
      const found = await globby([...patterns], { cwd: root, dot: true, ignore: ['**/.git/**'] });
      return found.sort(compareStrings);
    },
    async *read(paths) {
      for (const path of paths) yield { path, content: await readFile(join(root, path)) };
    },
    readFile: readFileOrNull,
  };
}

const NOT_A_FILE = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);
