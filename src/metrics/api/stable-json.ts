/**
 * JSON with object keys sorted at every level, so the same data always gives the same bytes (the
 * integrity layer hashes every published file, and two builds of one commit must match).
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

/** Pretty JSON (2 spaces), sorted keys, trailing newline: the layout of every `status/*.json`. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** One compact line with sorted keys (no newline): a JSONL record. */
export function stableLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Rounds a ratio to 4 decimals so files stay readable and stable across platforms. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
