import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { decodeText } from '../../src/core/text.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('decodeText', () => {
  it('returns UTF-8 text as written, a byte order mark kept for the parsers to name', () => {
    expect(decodeText(text('é ✓ 𝄞\n'), 'f')).toBe('é ✓ 𝄞\n');
    expect(decodeText(text('\uFEFF{}'), 'f')).toBe('\uFEFF{}');
  });

  it.each([
    { name: 'a byte that is not UTF-8', content: bytes(0x61, 0x0a, 0x62, 0xff, 0x63), where: 'line 2 column 2', message: /^not UTF-8 text/ },
    { name: 'a sequence cut at the end', content: bytes(0x61, 0xe2, 0x9c), where: 'line 1 column 2', message: /^not UTF-8 text/ },
    { name: 'a NUL byte after a multi-byte character', content: bytes(0x0a, 0xc3, 0xa9, 0x00), where: 'line 2 column 2', message: /^a NUL byte/ },
    { name: 'an ELF header', content: bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00), where: 'line 1 column 8', message: /binary content/ },
  ])('refuses $name, naming the file, line and column', ({ content, where, message }) => {
    try {
      decodeText(content, 'dir/file.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file: 'dir/file.yaml', where });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('decodes any text without NUL and refuses any byte string that is not UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        fc.pre(!value.includes('\0'));
        expect(decodeText(text(value), 'f')).toBe(value);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (content) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(content);
        } catch {
          valid = false;
        }
        if (valid && !content.includes(0)) expect(typeof decodeText(content, 'f')).toBe('string');
        else expect(() => decodeText(content, 'f')).toThrow(InputError);
      }),
    );
  });
});
