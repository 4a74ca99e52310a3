import { describe, expect, it } from 'vitest';
import { formatError, InputError } from '../../src/core/errors.ts';
import { printableLines, quote } from '../../src/core/printable.ts';

describe('messages for the terminal', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['a\tb\rc', 'a\\u0009b\\u000dc'],
    ['\u202egpj.md', '\\u202egpj.md'],
    ['\ufeff{', '\\ufeff{'],
    ['\u0085\u009b', '\\u0085\\u009b'],
    ['line\nbreak', 'line\nbreak'],
    ['plain é ü ✓', 'plain é ü ✓'],
  ])('printableLines(%j) = %j', (text, expected) => {
    expect(printableLines(text)).toBe(expected);
  });

  it('formatError escapes the file name and the message', () => {
    expect(formatError(new InputError('bad \u001b[31m', { file: 'a\u202e.md', where: 'line 1' }))).toBe('a\\u202e.md: line 1: bad \\u001b[31m');
  });

  it('quote cuts long values and escapes them', () => {
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(40)}..."`);
    expect(quote('\u0000"')).toBe('"\\u0000\\""');
  });
});
