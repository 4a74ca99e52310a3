/** A git date with offset (`2026-05-01T14:00:00+02:00`) as ISO 8601 UTC without milliseconds. */
export function toUtc(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
