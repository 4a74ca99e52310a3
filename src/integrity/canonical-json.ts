import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) via the `canonicalize` package: keys sorted by UTF-16 code
 * units, no whitespace, ECMAScript number and string serialisation. Everything govpages hashes or
 * signs goes through here. Browser-safe.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value has no JSON form');
  return text;
}

/**
 * The form govpages writes JSON files in: RFC 8785 key order and scalars, two-space indentation and
 * a trailing newline, so files diff well and the same value always gives the same bytes. Written by
 * hand because `JSON.parse` would move integer-like keys (a path such as `404`) to the front.
 */
export function stableJsonFile(value: unknown): string {
  return `${pretty(JSON.parse(canonicalJson(value)) as unknown, '')}\n`;
}

function pretty(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pretty(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(compareCodeUnits);
    if (keys.length === 0) return '{}';
    const body = keys.map((key) => `${inner}${canonicalJson(key)}: ${pretty((value as Record<string, unknown>)[key], inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return canonicalJson(value);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
