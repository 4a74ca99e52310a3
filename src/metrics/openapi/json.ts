/** Reading untyped, `$ref`-resolved OpenAPI objects without trusting their shape. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function entries(value: unknown): [string, unknown][] {
  const object = asObject(value);
  return object ? Object.entries(object) : [];
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A stable text for a JSON value, for equality between two documents: keys sorted, cycles cut
 * (a back-reference is written as its depth), deep graphs cut at `maxDepth`.
 */
export function fingerprint(value: unknown, maxDepth = 12): string {
  const stack: unknown[] = [];
  function walk(node: unknown, depth: number): string {
    if (typeof node !== 'object' || node === null) return JSON.stringify(node) ?? 'undefined';
    const back = stack.indexOf(node);
    if (back >= 0) return `#${stack.length - back}`;
    if (depth >= maxDepth) return '…';
    stack.push(node);
    let out: string;
    if (Array.isArray(node)) out = `[${node.map((item) => walk(item, depth + 1)).join(',')}]`;
    else {
      const keys = Object.keys(node).sort();
      out = `{${keys.map((key) => `${JSON.stringify(key)}:${walk((node as JsonObject)[key], depth + 1)}`).join(',')}}`;
    }
    stack.pop();
    return out;
  }
  return walk(value, 0);
}
