import canonicalize from 'canonicalize';
import { compareStrings } from './compare.ts';

/**
 * The one JSON writer. Every JSON file govpages publishes or keeps is hashed, signed or diffed, so
 * the same value must always give the same bytes: keys in RFC 8785 order (UTF-16 code units, so an
 * integer-like key such as `404` is not moved to the front as `JSON.parse` would), scalars as RFC
 * 8785 writes them. `undefined` members are dropped, as JSON.stringify does; arrays keep their order
 * (producers sort them).
 */

/** RFC 8785 canonical JSON (no whitespace): what is hashed and signed, and one JSONL line. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value has no JSON form');
  return text;
}

/** A JSON file: RFC 8785 key order and scalars, two-space indentation, a final newline. */
export function stableJson(value: unknown): string {
  return `${pretty(JSON.parse(canonicalJson(value)) as unknown, '')}\n`;
}

/** JSON Lines: one canonical line per value, each ending with a newline. */
export function jsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${canonicalJson(value)}\n`).join('');
}

function pretty(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pretty(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(compareStrings);
    if (keys.length === 0) return '{}';
    const body = keys.map((key) => `${inner}${canonicalJson(key)}: ${pretty((value as Record<string, unknown>)[key], inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return canonicalJson(value);
}
