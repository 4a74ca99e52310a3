import { posix } from 'node:path';
import { compareStrings } from '../core/compare.ts';
import { InputError } from '../core/errors.ts';
import { matchPaths, pathsUnder } from '../core/globs.ts';
import { readBlobs } from './blobs.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/**
 * One commit's files, read through git: the one place every build input comes from. A build reads
 * HEAD's tree, never the work tree, so what it publishes is a function of the commit it names and
 * `verify --rebuild` of that commit gives the same bytes.
 */

/** One file of the tree: a regular file, an executable or a symbolic link (mode 120000). */
export interface SnapshotEntry {
  path: string;
  mode: string;
  /** Blob id: of the content, or of the link's target path for a symbolic link. */
  blob: string;
}

export interface SnapshotFile {
  path: string;
  /** The blob actually read (a symbolic link's target's). */
  blob: string;
  content: Buffer;
}

export interface Snapshot {
  readonly commit: string;
  /** Every file of the tree by path (submodules are not files and are left out). */
  readonly entries: ReadonlyMap<string, SnapshotEntry>;
  /** Paths matching the glob patterns (`!pattern` excludes), sorted; dot files included. */
  match(patterns: readonly string[]): string[];
  /** Paths inside `folder` (`''`: the whole tree; a file path: that file) ending in one of `extensions`, sorted. */
  under(folder: string, extensions?: readonly string[]): string[];
  /** Contents of many files through one `git cat-file --batch` stream, in the order asked, one at a time. */
  read(paths: readonly string[]): AsyncGenerator<SnapshotFile>;
  /** One file's content, or null when the tree has no such file. */
  readFile(path: string): Promise<Buffer | null>;
}

const LINK_MODE = '120000';
const MAX_LINK_DEPTH = 8;

/** Lists the tree of `commit` (default HEAD) with one `git ls-tree` process. */
export async function openSnapshot(repo: Repository, commit: string = repo.head.commit): Promise<Snapshot> {
  const listing = await runGit(repo.root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (listing.code !== 0) throw new InputError(`cannot list the files of commit ${commit.slice(0, 7)}: ${listing.stderr.trim()}`, { file: repo.root });
  const entries = new Map<string, SnapshotEntry>();
  for (const record of listing.stdout.split('\0')) {
    if (!record) continue;
    // `<mode> SP <type> SP <object> TAB <path>`; -z leaves paths unquoted.
    const tab = record.indexOf('\t');
    const [mode, type, blob] = record.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    const path = record.slice(tab + 1);
    entries.set(path, { path, mode: mode!, blob: blob! });
  }
  const sorted = [...entries.keys()].sort(compareStrings);

  const resolveLinks = async (path: string): Promise<SnapshotEntry> => {
    let entry = entries.get(path)!;
    for (let depth = 0; entry.mode === LINK_MODE; depth++) {
      if (depth === MAX_LINK_DEPTH) throw new InputError(`symbolic link chain longer than ${MAX_LINK_DEPTH} links (expected a file)`, { file: path });
      const target = (await readOne(repo, entry.blob)).toString('utf8');
      const resolved = posix.normalize(posix.join(posix.dirname(entry.path), target));
      // The target's text is not quoted: it may name a file outside the repository.
      if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
        throw new InputError('is a symbolic link to a path outside the repository (expected a file inside it)', { file: path });
      }
      const next = entries.get(resolved);
      if (!next) throw new InputError(`is a symbolic link to "${resolved}", which is not a file of commit ${commit.slice(0, 7)}`, { file: path });
      entry = next;
    }
    return entry;
  };

  return {
    commit,
    entries,
    match(patterns) {
      return matchPaths(sorted, patterns);
    },
    under(folder, extensions) {
      const wanted = (path: string) => !extensions || extensions.some((extension) => path.toLowerCase().endsWith(extension));
      return pathsUnder(sorted, folder).filter(wanted);
    },
    async *read(paths) {
      const resolved: SnapshotEntry[] = [];
      for (const path of paths) {
        if (!entries.has(path)) throw new InputError(`not a file of commit ${commit.slice(0, 7)}`, { file: path });
        resolved.push(await resolveLinks(path));
      }
      let index = 0;
      for await (const blob of readBlobs(
        repo.root,
        resolved.map((entry) => entry.blob),
      )) {
        const path = paths[index]!;
        const entry = resolved[index++]!;
        yield { path, blob: entry.blob, content: blob.content };
      }
    },
    async readFile(path) {
      if (!entries.has(path)) {
        if (isDirectory(sorted, path)) throw new InputError('is a directory (expected a file)', { file: path });
        return null;
      }
      const entry = await resolveLinks(path);
      return readOne(repo, entry.blob);
    },
  };
}

/** True when some file of the listing lies under `path` (the tree has a folder there); asked only of a path that is not a file. */
function isDirectory(paths: readonly string[], path: string): boolean {
  const prefix = `${path.replace(/\/+$/, '')}/`;
  return paths.some((candidate) => candidate.startsWith(prefix));
}

async function readOne(repo: Repository, blob: string): Promise<Buffer> {
  for await (const found of readBlobs(repo.root, [blob])) return found.content;
  throw new InputError(`object ${blob} is missing from the repository`, { file: repo.root });
}
