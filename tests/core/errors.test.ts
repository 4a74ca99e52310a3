import { describe, expect, it } from 'vitest';
import { formatError, InputError, printable, quoted } from '../../src/core/errors.ts';

describe('messages for the terminal', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['a\tb\rc', 'a\\u0009b\\u000dc'],
    ['\u202egpj.md', '\\u202egpj.md'],
    ['\ufeff{', '\\ufeff{'],
    ['\u0085\u009b', '\\u0085\\u009b'],
    ['line\nbreak', 'line\nbreak'],
    ['plain é ü ✓', 'plain é ü ✓'],
  ])('printable(%j) = %j', (text, expected) => {
    expect(printable(text)).toBe(expected);
  });

  it('formatError escapes the file name and the message', () => {
    expect(formatError(new InputError('bad \u001b[31m', { file: 'a\u202e.md', where: 'line 1' }))).toBe('a\\u202e.md: line 1: bad \\u001b[31m');
  });

  it('quoted cuts long values and escapes them', () => {
    expect(quoted('x'.repeat(50))).toBe(`"${'x'.repeat(40)}..."`);
    expect(quoted('\u0000"')).toBe('"\\u0000\\""');
  });
});
