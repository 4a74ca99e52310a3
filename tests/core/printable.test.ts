import { describe, expect, it } from 'vitest';
import { formatError, InputError } from '../../src/core/errors.ts';
import { describeCharacter, printable, quote } from '../../src/core/printable.ts';

describe('printable', () => {
  it.each([
    { text: 'plain text, é and 日本', out: 'plain text, é and 日本' },
    { text: 'a\u202Eb', out: 'a\\u202eb' },
    { text: '\uFEFFx', out: '\\ufeffx' },
    { text: 'nul\u0000 esc\u001b[31m', out: 'nul\\u0000 esc\\u001b[31m' },
    { text: 'line\nbreak\r\u2028', out: 'line\\u000abreak\\u000d\\u2028' },
    { text: 'c1 \u0085', out: 'c1 \\u0085' },
    { text: 'lone \uD800 surrogate', out: 'lone \\ud800 surrogate' },
    { text: 'tag \u{E0001}', out: 'tag \\udb40\\udc01' },
  ])('$out', ({ text, out }) => {
    expect(printable(text)).toBe(out);
  });

  it('cuts at a number of code points, never inside a surrogate pair', () => {
    expect(printable('😀😀😀', 2)).toBe('😀😀...');
    expect(printable('x'.repeat(10), 10)).toBe('x'.repeat(10));
  });
});

describe('quote', () => {
  it.each([
    { text: 'name', out: '"name"' },
    { text: 'say "hi"\n', out: '"say \\"hi\\"\\n"' },
    { text: 'back\\slash', out: '"back\\\\slash"' },
    { text: '<b>\u202E', out: '"<b>\\u202e"' },
    { text: 'x'.repeat(45), out: `"${'x'.repeat(40)}..."` },
  ])('$out', ({ text, out }) => {
    expect(quote(text)).toBe(out);
  });
});

describe('describeCharacter', () => {
  it.each([
    { character: 'x', out: '"x"' },
    { character: '"', out: '"\\""' },
    { character: '\uFEFF', out: 'U+FEFF (a byte order mark)' },
    { character: '\u0000', out: 'U+0000' },
    { character: ' ', out: 'U+0020' },
    { character: '\u202E', out: 'U+202E' },
    { character: '😀', out: '"😀"' },
    { character: '', out: 'the end of the input' },
  ])('$out', ({ character, out }) => {
    expect(describeCharacter(character)).toBe(out);
  });
});

describe('formatError', () => {
  it('escapes control and format characters of the file and place, so the error stays one safe line', () => {
    const error = new InputError('bad', { file: 'governance/gates/x\u202E\nlsnoj.jsonl', where: 'line 1' });
    expect(formatError(error)).toBe('governance/gates/x\\u202e\\u000alsnoj.jsonl: line 1: bad');
  });
});
