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

const hashes = new WeakMap<object, number>();
const open = new Map<object, number>();
// Results of the last `visit` call (two 32-bit lanes and the lowest open ancestor it depends on):
// module state instead of returned objects, because this runs for every node of every document.
let laneA = 0;
let laneB = 0;
let lowest = Infinity;

/**
 * A structural hash of a JSON value (about 53 bits, object key order ignored), memoised per object:
 * resolved documents share their components, so each is hashed once, and a document diffed twice
 * (as revision, then as base) is hashed once. Equal hashes let the diff skip unchanged parts. A
 * back-edge of a cycle hashes as its distance up the stack; a hash that depends on a node above
 * the one hashed is not memoised (it would differ when reached another way).
 */
export function structuralHash(value: unknown): number {
  open.clear();
  visit(value, 0);
  return laneA * 0x200000 + (laneB >>> 11);
}

function visit(node: unknown, depth: number): void {
  lowest = Infinity;
  if (typeof node !== 'object' || node === null) {
    const text = typeof node === 'string' ? node : `\u0000${String(node)}`;
    laneA = stringHash(text, 0x811c9dc5);
    laneB = stringHash(text, 0x01000193);
    return;
  }
  const known = hashes.get(node);
  if (known !== undefined) {
    laneA = Math.floor(known / 0x200000) >>> 0;
    laneB = ((known % 0x200000) << 11) >>> 0;
    return;
  }
  const at = open.get(node);
  if (at !== undefined) {
    laneA = mix(0x5bd1e995, depth - at);
    laneB = mix(0x27d4eb2f, depth - at);
    lowest = at;
    return;
  }
  open.set(node, depth);
  let a: number;
  let b: number;
  let low = Infinity;
  if (Array.isArray(node)) {
    a = 0x9e3779b9;
    b = 0x85ebca6b;
    for (const item of node) {
      visit(item, depth + 1);
      if (lowest < low) low = lowest;
      a = mix(a, laneA);
      b = mix(b, laneB);
    }
    a = mix(a, node.length);
    b = mix(b, node.length);
  } else {
    // Entries are summed, so key order does not matter.
    a = 0x7f4a7c15;
    b = 0x94d049bb;
    let count = 0;
    for (const key in node) {
      const child = (node as JsonObject)[key];
      if (child === undefined) continue;
      visit(child, depth + 1);
      if (lowest < low) low = lowest;
      a = (a + mix(stringHash(key, 0x811c9dc5), laneA)) | 0;
      b = (b + mix(stringHash(key, 0x01000193), laneB)) | 0;
      count++;
    }
    a = mix(a, count);
    b = mix(b, count + 0x51ed27);
  }
  open.delete(node);
  laneA = a >>> 0;
  // Only the bits the memo keeps, so a parent hashes the same whether this node was memoised or not.
  laneB = ((b >>> 11) << 11) >>> 0;
  lowest = low;
  if (low >= depth) hashes.set(node, laneA * 0x200000 + (laneB >>> 11));
}

function stringHash(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finaliser over a combination of two 32-bit values. */
function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) ^ (h >>> 16);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
