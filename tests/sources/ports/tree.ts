import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../../helpers/git.ts';

/** A temp directory holding `files` (path -> content): a work tree, no git. */
export function tree(files: Record<string, string | undefined>): string {
  const dir = tempDir('govpages-ports-tree-');
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
