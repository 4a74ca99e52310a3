import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structuralHash } from '../../../src/metrics/openapi/json.ts';

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, shuffleKeys((value as Record<string, unknown>)[key])]),
  );
}

describe('structuralHash', () => {
  const cyclic = (title?: string) => {
    const node: Record<string, unknown> = title ? { type: 'object', title } : { type: 'object' };
    node.properties = { next: node };
    return node;
  };
  it.each([
    ['key order is ignored', { p: 1, q: 2 }, { q: 2, p: 1 }, true],
    ['values differ', { p: 1 }, { p: 2 }, false],
    ['array order matters', [1, 2], [2, 1], false],
    ['string and number differ', '1', 1, false],
    ['null and "null" differ', null, 'null', false],
    ['a key moved one level differs', { a: { b: 1 } }, { a: {}, b: 1 }, false],
    ['equal cycles are equal', cyclic(), cyclic(), true],
    ['different cycles differ', cyclic(), cyclic('x'), false],
  ])('%s', (_name, a, b, equal) => {
    expect(structuralHash(a) === structuralHash(b)).toBe(equal);
  });

  it('gives a node the same hash whether a shared child was hashed before or not', () => {
    const shared = { type: 'string', maxLength: 3 };
    const a = { x: shared, y: { z: shared } };
    const b = JSON.parse(JSON.stringify(a));
    structuralHash(b.y);
    expect(structuralHash(a)).toBe(structuralHash(b));
  });

  it('depends only on the JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(structuralHash(shuffleKeys(value))).toBe(structuralHash(JSON.parse(JSON.stringify(value))));
      }),
    );
  });

  it('tells apart values that differ', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(JSON.stringify(shuffleKeys(a)) !== JSON.stringify(shuffleKeys(b)) && JSON.stringify(a) !== JSON.stringify(b));
        const sortedA = JSON.stringify(sortKeys(a));
        const sortedB = JSON.stringify(sortKeys(b));
        fc.pre(sortedA !== sortedB);
        expect(structuralHash(a)).not.toBe(structuralHash(b));
      }),
    );
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
