/**
 * Input text quoted in a message: escaped and short, so an error stays one line and never carries
 * the raw bytes of a file (a byte order mark, a NUL, a right-to-left override, a terminal escape,
 * a megabyte on one line). Every message that quotes input goes through here.
 */

/** Controls, format characters (bidi overrides, BOM, zero-width), private use, lone surrogates, line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * `text` with every unprintable character written as `\uXXXX` (each UTF-16 unit), cut to `max`
 * characters (code points) with `...` when longer.
 * @example printable('a\u202Eb') // 'a\\u202eb'
 */
export function printable(text: string, max = Number.POSITIVE_INFINITY): string {
  const points = Array.from(text);
  const cut = points.length > max ? `${points.slice(0, max).join('')}...` : text;
  return cut.replace(UNPRINTABLE, escapeUnits);
}

/**
 * A short excerpt of input as a JSON-style string literal: quoted, escaped (`printable`), at most
 * `max` characters of the input.
 * @example quote('say "hi"\n') // '"say \\"hi\\"\\n"'
 * @example quote('x'.repeat(100), 5) // '"xxxxx..."'
 */
export function quote(text: string, max = 40): string {
  const points = Array.from(text);
  const long = points.length > max;
  const literal = JSON.stringify(long ? points.slice(0, max).join('') : text).replace(UNPRINTABLE, escapeUnits);
  return long ? `${literal.slice(0, -1)}..."` : literal;
}

/** One character for a message: `"x"` when it is printable, else its code point (`U+FEFF`). */
export function describeCharacter(character: string): string {
  const point = character.codePointAt(0);
  if (point === undefined) return 'the end of the input';
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  if (point === 0xfeff) return `${code} (a byte order mark)`;
  return printable(character) === character && character.trim() !== '' ? quote(character) : code;
}

function escapeUnits(match: string): string {
  let out = '';
  for (let i = 0; i < match.length; i++) out += `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** `printable` for a message of several lines: each line escaped, the line breaks kept. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}
