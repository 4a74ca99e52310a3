import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { globby } from 'globby';
import { compareStrings } from '../../core/compare.ts';
import { InputError } from '../../core/errors.ts';
import { CONFIG_FILE, loadConfig, parseConfig, type GovpagesConfig } from '../../config/index.ts';
import { outermost, sha256, type FileTree } from './file-tree.ts';

/**
 * The work tree at `root`, for `govpages catalog` (the seed's local check, run before committing);
 * a build reads the commit instead (`snapshotTree`).
 */
export function workTree(root: string): FileTree {
  if (!existsSync(root)) throw new InputError('directory not found (expected a repository)', { file: root });
  const glob = async (patterns: string[]) =>
    (await globby(patterns, { cwd: root, dot: true, ignore: SKIPPED, onlyFiles: true, followSymbolicLinks: false })).sort(compareStrings);
  const read = async (paths: readonly string[], each: (path: string, content: Buffer) => void) => {
    // Many small files: read a batch at a time, since one-by-one awaits leave the disk idle.
    for (let start = 0; start < paths.length; start += READ_BATCH) {
      const batch = paths.slice(start, start + READ_BATCH);
      const contents = await Promise.all(batch.map((path) => readFile(join(root, path))));
      batch.forEach((path, index) => each(path, contents[index]!));
    }
  };
  return {
    // globby matches everything when every pattern is an exclusion; the snapshot matches nothing.
    match: async (patterns) => (patterns.some((pattern) => !pattern.startsWith('!')) ? glob([...patterns]) : []),
    list: (folders) => glob(outermost(folders).map((folder) => (folder ? `${folder}/**` : '**'))),
    async read(paths) {
      const contents = new Map<string, Buffer>();
      await read(paths, (path, content) => contents.set(path, content));
      return contents;
    },
    async hash(paths) {
      const hashes = new Map<string, string>();
      await read(paths, (path, content) => hashes.set(path, sha256(content)));
      return hashes;
    },
  };
}

const SKIPPED = ['**/.git/**', '**/node_modules/**'];
const READ_BATCH = 64;

/**
 * The config in the work tree at `root`. Without a config file the catalog runs on its defaults,
 * still with the environment's overrides (GOVERN_STRICT).
 */
export function workTreeConfig(root: string, env: NodeJS.ProcessEnv): GovpagesConfig {
  return existsSync(join(root, CONFIG_FILE)) ? loadConfig(root, env) : parseConfig('{"sources":{"catalog":{}}}', CONFIG_FILE, env);
}
