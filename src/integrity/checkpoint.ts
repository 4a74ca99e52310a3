import nacl from 'tweetnacl';
import { InputError } from '../core/errors.ts';
import { sha256 } from '../core/sha256.ts';
import { verifyEd25519 } from './ed25519-verify.ts';
import { bytesEqual, concatBytes, fromBase64, toBase64, toHex, utf8 } from './encoding.ts';
import type { SigningKey } from './keys.ts';

/**
 * The signed tree head of the audit archive: a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint)
 * carried in a C2SP signed note (https://c2sp.org/signed-note) with an Ed25519 signature, the format
 * Go's `golang.org/x/mod/sumdb/note` and the transparency-dev tools read.
 */

export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
}

const ED25519_ALGORITHM = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';

/** Body: `<origin>\n<size>\n<base64 root hash>\n`; this text is what the note signature covers. */
export function checkpointBody(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${toBase64(checkpoint.rootHash)}\n`;
}

/** Key hash of signed-note: first 4 bytes of sha256(name || 0x0A || 0x01 || 32-byte public key). */
export function noteKeyHash(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(concatBytes(utf8(name), new Uint8Array([0x0a, ED25519_ALGORITHM]), publicKey)).subarray(0, 4);
}

/** The verifier key string of signed-note: `<name>+<hex key hash>+<base64(0x01 || public key)>`. */
export function noteVerifierKey(name: string, publicKey: Uint8Array): string {
  return `${name}+${toHex(noteKeyHash(name, publicKey))}+${toBase64(concatBytes(new Uint8Array([ED25519_ALGORITHM]), publicKey))}`;
}

/** `text` + `\n` + `— <name> <base64(key hash || signature)>\n`. */
export function signNote(text: string, name: string, key: SigningKey): string {
  const signature = nacl.sign.detached(utf8(text), key.secretKey);
  return `${text}\n${SIGNATURE_PREFIX}${name} ${toBase64(concatBytes(noteKeyHash(name, key.publicKey), signature))}\n`;
}

export interface NoteSignature {
  name: string;
  keyHash: Uint8Array;
  signature: Uint8Array;
}

export interface ParsedNote {
  text: string;
  signatures: NoteSignature[];
}

/**
 * Splits a signed note at its last blank line; a text with no signature block parses with none.
 * A malformed note is an InputError naming `file` (the published checkpoint, or one given to verify).
 */
export function parseNote(note: string, file = 'checkpoint'): ParsedNote {
  const fail = (message: string) => new InputError(message, { file });
  if (!note.endsWith('\n')) throw fail('a note ends with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return { text: note, signatures: [] };
  const text = note.slice(0, split + 1);
  const signatures = note
    .slice(split + 2, -1)
    .split('\n')
    .map((line, index) => {
      const match = /^\u2014 ([^\s+]+) ([A-Za-z0-9+/=]+)$/.exec(line);
      if (!match) throw fail(`signature line ${index + 1} is not "\u2014 <name> <base64>"`);
      const blob = base64OrNull(match[2]!);
      if (!blob) throw fail(`signature line ${index + 1} is not standard padded base64`);
      if (blob.length < 5) throw fail(`signature line ${index + 1} is too short`);
      return { name: match[1]!, keyHash: blob.subarray(0, 4), signature: blob.subarray(4) };
    });
  return { text, signatures };
}

/** Parses a checkpoint body: origin, decimal size without leading zeros, base64 32-byte root, optional extension lines. */
export function parseCheckpoint(text: string, file = 'checkpoint'): Checkpoint {
  const fail = (message: string) => new InputError(message, { file });
  const lines = text.split('\n');
  if (lines.length < 4 || lines.at(-1) !== '') throw fail('a checkpoint is at least three lines, each ending in a newline');
  const [origin, size, root] = lines as [string, string, string];
  if (origin === '' || /\s/.test(origin)) throw fail('line 1 (origin) is empty or has spaces');
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw fail('line 2 (tree size) is not a decimal number');
  const rootHash = base64OrNull(root);
  if (!rootHash) throw fail('line 3 (root hash) is not base64');
  if (rootHash.length !== 32) throw fail('line 3 (root hash) is not 32 bytes');
  if (lines.slice(3, -1).some((line) => line === '')) throw fail('empty extension line');
  return { origin, size: Number(size), rootHash };
}

function base64OrNull(text: string): Uint8Array | null {
  try {
    return fromBase64(text);
  } catch {
    return null;
  }
}

/** True when one of the note's signatures is a valid Ed25519 signature by `name`/`publicKey`. */
export function verifyNoteSignature(note: ParsedNote, name: string, publicKey: Uint8Array): boolean {
  const keyHash = noteKeyHash(name, publicKey);
  return note.signatures.some(
    (signature) => signature.name === name && bytesEqual(signature.keyHash, keyHash) && verifyEd25519(utf8(note.text), signature.signature, publicKey),
  );
}
