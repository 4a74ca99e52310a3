/**
 * ISO 8601 timestamp as `YYYY-MM-DD HH:MM UTC`; the site shows UTC so every reader sees the same.
 * @example formatDateTime('2026-11-22T10:00:00Z') // '2026-11-22 10:00 UTC'
 */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC` : 'n/a';
}

/** @example formatDate('2026-11-22T10:00:00Z') // '2026-11-22' */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? date.toISOString().slice(0, 10) : 'n/a';
}

/** Normalised ISO string for `<time datetime>`; empty when the input is not a date. */
export function machineDate(iso: string | null | undefined): string {
  return parse(iso)?.toISOString() ?? '';
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
