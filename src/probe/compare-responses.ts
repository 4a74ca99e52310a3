import { isDeepStrictEqual } from 'node:util';

export interface ComparedResponse {
  status: number;
  body: string;
}

/**
 * Seed 001's third test, "proxied == direct": the statuses must be equal and, with `compare:
 * "body"`, the bodies too. Bodies that both parse as JSON are compared by value (key order does not
 * matter), leaving out `ignoreKeys` at the top level; others must be identical text. Returns null
 * when they match, else what differs.
 */
export function compareResponses(
  direct: ComparedResponse,
  proxied: ComparedResponse,
  compare: 'body' | 'status',
  ignoreKeys: readonly string[] = [],
): string | null {
  if (direct.status !== proxied.status) return `status differs: direct ${direct.status}, through the front door ${proxied.status}`;
  if (compare === 'status') return null;
  const a = jsonOrNull(direct.body);
  const b = jsonOrNull(proxied.body);
  if (a !== undefined && b !== undefined) {
    return isDeepStrictEqual(withoutKeys(a, ignoreKeys), withoutKeys(b, ignoreKeys)) ? null : 'JSON body differs from the direct response';
  }
  return direct.body === proxied.body ? null : 'body differs from the direct response';
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function withoutKeys(value: unknown, keys: readonly string[]): unknown {
  if (!keys.length || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
