import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapePointerSegment, pointerSegments, toPointer } from '../../src/core/json-pointer.ts';

describe('JSON pointers (RFC 6901)', () => {
  it.each([
    ['paths', 'paths'],
    ['/pets/{id}', '~1pets~1{id}'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
  ])('escapes %j as %j', (segment, escaped) => {
    expect(escapePointerSegment(segment)).toBe(escaped);
  });

  it('reads back what it writes, for any segments', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (segments) => {
        // A URI fragment is percent-decoded on the way in, so a literal % must not start an escape.
        fc.pre(segments.every((segment) => !/%[0-9A-Fa-f]{2}/.test(segment)));
        expect(pointerSegments(toPointer(segments))).toEqual(segments);
      }),
    );
  });

  it('decodes percent escapes from URI fragments, and leaves a broken one as written', () => {
    expect(pointerSegments('/components/schemas/Pet%20Owner')).toEqual(['components', 'schemas', 'Pet Owner']);
    expect(pointerSegments('/a%zz')).toEqual(['a%zz']);
  });
});
