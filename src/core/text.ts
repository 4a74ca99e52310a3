import { InputError } from './errors.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The one decoder of an input file: UTF-8 text, else bad input naming the file. Bytes that are not
 * UTF-8, or a NUL (git's own sign of a binary file), mean the path names something that is not a
 * governance file (an image, an archive, an executable): said plainly rather than as a syntax
 * error quoting replacement characters. A byte order mark is kept for the parsers, which name it.
 */
export function decodeText(content: Uint8Array, file: string): string {
  let text: string;
  try {
    text = UTF8.decode(content);
  } catch {
    throw new InputError('not UTF-8 text (binary content? expected a UTF-8 text file)', { file, where: where(content, invalidUtf8Offset(content)) });
  }
  const nul = content.indexOf(0);
  if (nul !== -1) throw new InputError('a NUL byte (binary content? expected a UTF-8 text file)', { file, where: where(content, nul) });
  return text;
}

/** `line L column C` of a byte offset, the column counted in characters as the parsers count them. */
function where(content: Uint8Array, offset: number): string {
  const lineStart = content.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let index = 0; index < lineStart; index++) if (content[index] === 0x0a) line++;
  const before = new TextDecoder('utf-8').decode(content.subarray(lineStart, offset));
  return `line ${line} column ${before.length + 1}`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function invalidUtf8Offset(content: Uint8Array): number {
  // Halving: the decoder accepts a prefix as long as it holds no invalid sequence (a sequence cut
  // at the end is reported too, so the first bad byte is where the valid prefixes stop).
  let good = 0;
  let bad = content.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (isUtf8(content.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  // A multi-byte sequence cut short: point at its first byte, where the reader sees it start.
  for (let lead = good - 1; lead >= Math.max(0, good - 3); lead--) {
    const byte = content[lead]!;
    if (byte < 0x80) break;
    if (byte < 0xc0) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return good - lead < length ? lead : good;
  }
  return good;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
