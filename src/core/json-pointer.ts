/** RFC 6901 JSON pointers: the one escaping and parsing of their segments. */

/** One segment escaped (`a/b~c` -> `a~1b~0c`). */
export function escapePointerSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A pointer from segments (`['paths', '/pets']` -> `/paths/~1pets`). */
export function toPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/** The segments of a pointer taken from a URI fragment (`/components/schemas/a~1b`, percent-decoded). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return [pointer];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
