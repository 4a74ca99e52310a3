import { posix } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { printable, quote } from '../../core/printable.ts';
import { readStartTime, type StartTime } from './front-matter-schema.ts';

/**
 * A report's page is `incidents/<id>/`, the id being its file name without `.md`: letters (any
 * script), digits, `.`, `_` and `-`, starting with a letter or digit. Nothing else may become a
 * URL: a name such as `..md`, `%2e%2e.md`, one with a backslash, markup or a bidirectional
 * control is bad input naming the file, never a slug made up for it (which could collide with
 * another report's and would hide the file's real name from the page).
 */
export function incidentId(file: string): string {
  const name = posix.basename(file);
  const id = name.replace(/\.md$/i, '');
  const bytes = Buffer.byteLength(id);
  if (SAFE_ID.test(id) && bytes <= MAX_ID_BYTES) return id;
  const shown = { file: printable(file, 160) };
  if (bytes > MAX_ID_BYTES)
    throw new InputError(`the file name is too long to name the report's page (${bytes} bytes; expected at most ${MAX_ID_BYTES})`, shown);
  throw new InputError(
    `the file name ${quote(name, 60)} cannot name the report's page (expected letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. 2026-01-31-api-outage.md)`,
    shown,
  );
}

const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;
/** A folder name in `dist/incidents/`: file systems allow 255 bytes, with room to spare. */
const MAX_ID_BYTES = 200;

/** `2026-01-05-api-outage` -> the day 2026-01-05 (00:00 UTC); null when the id does not start with a calendar day. */
export function dayFromId(id: string): StartTime | null {
  const day = DATED.exec(id)?.[1];
  return day ? readStartTime(day) : null;
}

/** `2026-01-05-api-outage` -> `api outage`: the id without its leading day, separators as spaces; the id when nothing is left. */
export function titleFromId(id: string): string {
  const words = id
    .replace(DATED, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words || id;
}

/** A day at the start of a file name, followed by the end of the name or a separator (not more digits). */
const DATED = /^(\d{4}-\d{2}-\d{2})(?=$|[-_.])/;
