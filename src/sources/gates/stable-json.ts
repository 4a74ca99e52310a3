/**
 * JSON with object keys sorted at every level, so the same data always gives the same bytes.
 * `indent` 0 gives one line (for JSONL); files end with a newline.
 */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent || undefined);
}

export function stableJsonFile(value: unknown): string {
  return `${stableStringify(value, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
}
