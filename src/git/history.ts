import { InputError } from '../core/errors.ts';
import { readBlobs } from './blobs.ts';
import type { Repository } from './repository.ts';
import { runGit } from './run.ts';

/** One commit on the first-parent line of HEAD in which a file changed. */
export interface FileVersion {
  commit: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  /** Committer time in seconds since the epoch. */
  timestamp: number;
  /** The file's path at this commit (it may have been renamed since). */
  path: string;
  /** Blob id of the content, or null when the file was deleted in this commit. */
  blob: string | null;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Lists every version of `path` on the first-parent history of the commit being built (HEAD
 * unless the repository was opened at another), oldest first, following
 * renames, from one `git log` process. First-parent history is the file as the main line saw it:
 * a merge counts as one change at the time it landed.
 */
export async function listFileVersions(repo: Repository, path: string): Promise<FileVersion[]> {
  const result = await runGit(repo.root, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--follow',
    '--raw',
    '--no-abbrev',
    `--format=${RECORD}%H${FIELD}%cI${FIELD}%ct`,
    repo.head.commit,
    '--',
    path,
  ]);
  if (result.code !== 0) {
    throw new InputError(`git log failed: ${result.stderr.trim()}`, { file: path });
  }
  const versions: FileVersion[] = [];
  for (const record of result.stdout.split(RECORD)) {
    if (!record.trim()) continue;
    const [headerLine, ...rawLines] = record.split('\n');
    const [commit, date, timestamp] = headerLine!.split(FIELD);
    // `:old-mode new-mode old-blob new-blob status\tpath[\tnew-path]`; with --follow only our file.
    const raw = rawLines.find((line) => line.startsWith(':'));
    if (!raw) continue;
    const [meta, ...paths] = raw.split('\t');
    const fields = meta!.split(' ');
    const status = fields[4] ?? '';
    const newBlob = fields[3]!;
    versions.push({
      commit: commit!,
      date: date!,
      timestamp: Number(timestamp),
      path: unquotePath(paths[paths.length - 1]!),
      blob: status.startsWith('D') ? null : newBlob,
    });
  }
  return versions.reverse();
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of paths with quotes, backslashes or control characters (`"a\"b"`). */
function unquotePath(path: string): string {
  if (path.length < 2 || !path.startsWith('"') || !path.endsWith('"')) return path;
  const chars = Array.from(path.slice(1, -1));
  const bytes: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\\') {
      bytes.push(...Buffer.from(chars[i]!, 'utf8'));
      continue;
    }
    const next = chars[++i] ?? '';
    if (/^[0-7]$/.test(next)) {
      // Octal escapes are bytes of a UTF-8 sequence.
      bytes.push(parseInt(chars.slice(i, i + 3).join(''), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

export interface FileVersionContent extends FileVersion {
  content: Buffer;
}

/**
 * Every version of a file with its content, oldest first: one `git log` and one
 * `git cat-file --batch` process for the whole history, contents streamed one at a time.
 * Deleted versions are skipped. `filter` chooses which versions to read (all by default).
 */
export async function* fileHistory(
  repo: Repository,
  path: string,
  filter: (version: FileVersion, index: number, all: FileVersion[]) => boolean = () => true,
): AsyncGenerator<FileVersionContent> {
  const all = await listFileVersions(repo, path);
  const wanted = all.filter((version, index) => version.blob !== null && filter(version, index, all));
  let index = 0;
  for await (const blob of readBlobs(
    repo.root,
    wanted.map((version) => version.blob!),
  )) {
    const version = wanted[index++]!;
    yield { ...version, content: blob.content };
  }
}
