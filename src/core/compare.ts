/**
 * Orderings shared by everything that sorts what it publishes. Output must not depend on the
 * machine's locale, so strings compare by UTF-16 code units (as RFC 8785 orders keys), never with
 * `localeCompare`.
 */

/** Code-unit order: `compareStrings('B', 'a') < 0`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator on one string field: `items.sort(byKey((item) => item.name))`. */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareStrings(key(a), key(b));
}
