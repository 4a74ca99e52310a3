import { z } from 'zod';
import { InputError } from '../core/errors.ts';
import { canonicalJson, jsonLines } from '../core/json.ts';
import { parseJsonLines } from '../core/validation.ts';
import { type ArchiveEntry, archiveEntrySchema } from '../model/integrity.ts';
import { toHex, utf8 } from './encoding.ts';
import { leafHash } from './merkle.ts';

/**
 * The audit archive: an append-only log, one line per build, kept on the state branch and published
 * as `archive/log.jsonl`. Each line is the RFC 8785 canonical JSON of one entry; the line's bytes
 * (without the newline) are the Merkle leaf. Lines are only ever appended.
 */

export const ARCHIVE_STATE_FILE = 'archive/log.jsonl';

/** The Merkle leaf bytes of an entry: its canonical JSON in UTF-8. */
export function entryBytes(entry: ArchiveEntry): Uint8Array {
  return utf8(canonicalJson(entry));
}

export function entryLeafHash(entry: ArchiveEntry): Uint8Array {
  return leafHash(entryBytes(entry));
}

export function serializeLog(entries: readonly ArchiveEntry[]): string {
  return jsonLines(entries);
}

/**
 * Parses a log. Every line must be an entry in canonical form: a line that parses but is spelt
 * differently would hash to a different leaf, so it is reported, not normalised.
 */
export function parseLog(text: string, file: string): ArchiveEntry[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new InputError('the log does not end with a newline (truncated?)', { file, where: `line ${text.split('\n').length}` });
  const entries = parseJsonLines(archiveEntrySchema, text, file, 'archive entry');
  text
    .slice(0, -1)
    .split('\n')
    .forEach((line, index) => {
      const where = `line ${index + 1}`;
      if (line.trim() === '') throw new InputError('blank line (expected one archive entry a line)', { file, where });
      if (canonicalForm(line) !== line) throw new InputError('entry is not in RFC 8785 canonical form', { file, where });
    });
  return entries;
}

/** The line's RFC 8785 form, or null when it has none (a lone surrogate cannot be written in UTF-8). */
function canonicalForm(line: string): string | null {
  try {
    return canonicalJson(JSON.parse(line));
  } catch {
    return null;
  }
}

export interface Appended {
  entries: ArchiveEntry[];
  /** Index of this build's entry. */
  index: number;
  appended: boolean;
}

/** Appends `entry` unless the log already records a build of the same commit with the same aggregate. */
export function appendEntry(entries: readonly ArchiveEntry[], entry: ArchiveEntry): Appended {
  const existing = entries.findIndex((e) => e.commit === entry.commit && e.aggregate_sha256 === entry.aggregate_sha256);
  if (existing >= 0) return { entries: [...entries], index: existing, appended: false };
  return { entries: [...entries, entry], index: entries.length, appended: true };
}

export const inclusionProofFileSchema = z.strictObject({
  leaf_index: z.number().int().min(0),
  tree_size: z.number().int().min(1),
  leaf_hash: z.string().regex(/^[0-9a-f]{64}$/),
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
});

export type InclusionProofFile = z.infer<typeof inclusionProofFileSchema>;

export function inclusionProofFile(index: number, size: number, leaf: Uint8Array, hashes: readonly Uint8Array[]): InclusionProofFile {
  return { leaf_index: index, tree_size: size, leaf_hash: toHex(leaf), hashes: hashes.map(toHex) };
}

/** Whether `newer` keeps every entry of `older`, in order, and only adds after them: the log only grows. */
export function logExtends(older: readonly ArchiveEntry[], newer: readonly ArchiveEntry[]): boolean {
  return older.length <= newer.length && older.every((entry, index) => canonicalJson(entry) === canonicalJson(newer[index]));
}
