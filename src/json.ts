/**
 * JSON with object keys sorted at every level, so the same data always gives the same bytes: every
 * published file is hashed and signed, and two builds of one commit must match. `undefined` members
 * are dropped, as JSON.stringify does. Arrays keep their order: producers sort them.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

/** Pretty JSON (2 spaces), sorted keys, trailing newline: the layout of the `status/*.json` files. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** One compact line with sorted keys and no newline: a JSONL record. */
export function stableLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
