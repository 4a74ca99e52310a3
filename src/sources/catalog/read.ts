import { posix } from 'node:path';
import picomatch from 'picomatch';
import { compareStrings } from '../../core/compare.ts';
import { InputError } from '../../core/errors.ts';
import { decodeText } from '../../core/text.ts';
import { parseWith, parseYamlDocument } from '../../core/validation.ts';
import type { FileTree } from './file-tree.ts';
import { type RepoMetadata, repoMetadataSchema } from './metadata-schema.ts';

/** One repository of the portfolio as read from the tree: its metadata (or why it is unusable) and file hashes. */
export interface RepoRecord {
  /** The repository's folder, repository-relative (`organizations/acme/payments`). */
  id: string;
  metadata_file: string;
  metadata: RepoMetadata | null;
  /** Why the metadata file is unusable (malformed YAML or schema), with where in the file. */
  metadata_error: { message: string; where: string } | null;
  /** sha256 of every file of the repository, keyed by path relative to the repository folder. */
  files: Record<string, string>;
}

/**
 * Finds the metadata files matching `patterns`, takes the folder holding each `.meta/` as one
 * repository, and hashes its files. A file belongs to the deepest repository containing it.
 */
export async function readCatalog(tree: FileTree, patterns: string[]): Promise<RepoRecord[]> {
  const metadataFiles = await tree.match(patterns);
  const all = await tree.list(listingBases(patterns));
  const repositories = metadataFiles.map((file) => ({ id: repositoryFolder(file), file }));
  const members = new Map<string, string[]>(repositories.map((repository) => [repository.id, []]));
  for (const path of all) {
    // Walk up the folders: the first one that is a repository is the deepest owner.
    let folder = path;
    do {
      folder = posix.dirname(folder);
      const owner = members.get(folder);
      if (owner) {
        owner.push(path);
        break;
      }
    } while (folder !== '.');
  }
  const texts = await tree.read(metadataFiles);
  const hashes = await tree.hash([...members.values()].flat());
  return repositories
    .map(({ id, file }) => {
      const files: Record<string, string> = {};
      for (const path of members.get(id)!) files[id === '.' ? path : path.slice(id.length + 1)] = hashes.get(path)!;
      return { id, metadata_file: file, ...parseMetadata(decodeText(texts.get(file)!, file), file), files };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** Parses one metadata file (pure); problems become data, since enforcement reports them as violations. */
export function parseMetadata(text: string, file: string): Pick<RepoRecord, 'metadata' | 'metadata_error'> {
  try {
    const { data } = parseYamlDocument(text, file);
    return { metadata: parseWith(repoMetadataSchema, data, file), metadata_error: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { metadata: null, metadata_error: { message: error.message, where: error.location.where ?? '$' } };
  }
}

/** The folders holding every repository the patterns can match; `!` patterns only narrow, so they add none. */
export function listingBases(patterns: readonly string[]): string[] {
  return [...new Set(patterns.filter((pattern) => !pattern.startsWith('!')).map(listingBase))];
}

/**
 * The folder to list for a pattern: its static prefix, cut above any dot-folder (`.meta`) so the
 * repository folder holding the metadata is listed whole.
 */
export function listingBase(pattern: string): string {
  const scanned = picomatch.scan(pattern);
  const base = scanned.isGlob ? scanned.base : posix.dirname(pattern);
  const segments = base === '.' ? [] : base.split('/');
  const dot = segments.findIndex((segment) => segment.startsWith('.'));
  return (dot < 0 ? segments : segments.slice(0, dot)).join('/');
}

function repositoryFolder(metadataFile: string): string {
  const folder = posix.dirname(metadataFile);
  return posix.basename(folder).startsWith('.') ? posix.dirname(folder) : folder;
}
