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

const hashes = new WeakMap<object, string>();

/**
 * A short structural hash of a JSON value (keys sorted), memoised per object: resolved documents
 * share their components, so each is hashed once, and a document diffed twice (as revision, then
 * as base) is hashed once. Equal hashes let walkers skip unchanged subtrees. A back-edge of a
 * cycle hashes as its distance up the stack; a hash that depends on a node above the one hashed
 * is not memoised (it would differ when reached another way).
 */
export function structuralHash(value: unknown): string {
  const open = new Map<object, number>();
  function visit(node: unknown, depth: number): { hash: string; low: number } {
    if (typeof node !== 'object' || node === null) return { hash: JSON.stringify(node) ?? 'undefined', low: Infinity };
    const known = hashes.get(node);
    if (known !== undefined) return { hash: known, low: Infinity };
    const at = open.get(node);
    if (at !== undefined) return { hash: `^${depth - at}`, low: at };
    open.set(node, depth);
    let low = Infinity;
    const part = (child: unknown) => {
      const result = visit(child, depth + 1);
      if (result.low < low) low = result.low;
      return result.hash;
    };
    let text: string;
    if (Array.isArray(node)) text = `[${node.map(part).join(',')}]`;
    else {
      const keys = Object.keys(node).sort();
      text = `{${keys.map((key) => `${JSON.stringify(key)}:${part((node as JsonObject)[key])}`).join(',')}}`;
    }
    open.delete(node);
    const hash = text.length <= 24 ? text : cyrb53(text);
    if (low >= depth) hashes.set(node, hash);
    return { hash, low };
  }
  return visit(value, 0).hash;
}

/** cyrb53 (public domain): a fast 53-bit string hash, as 14 hex digits. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `#${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')}`;
}
