import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from '../../src/core/duplicate-keys.ts';
import { InputError } from '../../src/core/errors.ts';
import { parseJson } from '../../src/core/validation.ts';

/** A JSON value written as text from entries, so that an object may repeat a key. */
type Tree = { kind: 'leaf'; value: unknown } | { kind: 'array'; items: Tree[] } | { kind: 'object'; entries: [string, Tree][] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('leaf' as const), value: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)) }),
    fc.record({ kind: fc.constant('array' as const), items: fc.array(tie('tree'), { maxLength: 4 }) }),
    // Keys from a small alphabet, with quotes, backslashes, braces and commas, so repeats and tricky strings are common.
    fc.record({
      kind: fc.constant('object' as const),
      entries: fc.array(fc.tuple(fc.stringMatching(/^[ab"\\{},:\]\u00e9]{0,2}$/), tie('tree')), { maxLength: 4 }),
    }),
  ),
})).tree;

function write(node: Tree): string {
  if (node.kind === 'leaf') return JSON.stringify(node.value);
  if (node.kind === 'array') return `[${node.items.map(write).join(', ')}]`;
  return `{ ${node.entries.map(([key, value]) => `${JSON.stringify(key)} : ${write(value)}`).join(' ,\n')} }`;
}

function hasDuplicate(node: Tree): boolean {
  if (node.kind === 'leaf') return false;
  if (node.kind === 'array') return node.items.some(hasDuplicate);
  const keys = node.entries.map(([key]) => key);
  return new Set(keys).size !== keys.length || node.entries.some(([, value]) => hasDuplicate(value));
}

describe('firstDuplicateKey', () => {
  it('finds a repeated key exactly when some object repeats one', () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(firstDuplicateKey(write(node)) !== null).toBe(hasDuplicate(node));
      }),
    );
  });

  it.each([
    ['{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', null],
    ['{"a":1,"a":2}', 'a'],
    ['{"x":{"k":"v","k\\u0000":1,"k":2}}', 'k'],
    ['[{"s":"\\"a\\",\\"a\\""},{"a":1}]', null],
    ['{"é":1,"\\u00e9":2}', 'é'],
  ])('%s -> %s', (text, key) => {
    expect(firstDuplicateKey(text)?.key ?? null).toBe(key);
  });
});

describe('parseJson', () => {
  it('refuses a key written twice, naming it and its line', () => {
    const text = '{\n  "alerts": [],\n  "version": 1,\n  "alerts": [{}]\n}\n';
    try {
      parseJson(text, 'alerts_taxonomy.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe('key "alerts" appears twice in the same object (expected each key once)');
      expect((error as InputError).location).toEqual({ file: 'alerts_taxonomy.json', where: 'line 4 column 3' });
    }
  });
});
