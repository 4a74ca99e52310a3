import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { checkpointBody, noteKeyHash, noteVerifierKey, parseCheckpoint, parseNote, signNote, verifyNoteSignature } from '../../src/integrity/checkpoint.ts';
import { fromBase64, toHex } from '../../src/integrity/encoding.ts';
import { signingKeyFromSeed } from '../../src/integrity/keys.ts';

const go = JSON.parse(readFileSync(new URL('../fixtures/integrity/signed-note-go.json', import.meta.url), 'utf8')) as {
  signer_key: string;
  verifier_key: string;
  name: string;
  text: string;
  signed_note: string;
};
// PRIVATE+KEY+<name>+<hash>+<base64(0x01 || seed)>; the base64 itself may contain '+'.
const goSeed = fromBase64(go.signer_key.split('+').slice(4).join('+')).subarray(1);
const goKey = signingKeyFromSeed(goSeed);

describe('C2SP signed note (Go sumdb/note vector)', () => {
  it('signs the text exactly as Go does', () => {
    expect(signNote(go.text, go.name, goKey)).toBe(go.signed_note);
  });
  it('derives the same verifier key string and key hash', () => {
    expect(noteVerifierKey(go.name, goKey.publicKey)).toBe(go.verifier_key);
    expect(toHex(noteKeyHash(go.name, goKey.publicKey))).toBe('c74f20a3');
  });
  it("verifies Go's note and rejects a changed text, name or key", () => {
    const note = parseNote(go.signed_note);
    expect(note.text).toBe(go.text);
    expect(verifyNoteSignature(note, go.name, goKey.publicKey)).toBe(true);
    expect(verifyNoteSignature({ ...note, text: note.text.replace('problem', 'Problem') }, go.name, goKey.publicKey)).toBe(false);
    expect(verifyNoteSignature(note, 'PeterNeumann2', goKey.publicKey)).toBe(false);
    expect(verifyNoteSignature(note, go.name, signingKeyFromSeed(new Uint8Array(32)).publicKey)).toBe(false);
  });
});

describe('checkpoint body', () => {
  const root = new Uint8Array(32).fill(0xab);
  it('is origin, size and base64 root, one per line', () => {
    expect(checkpointBody({ origin: 'example.org/log', size: 7, rootHash: root })).toBe(`example.org/log\n7\n${Buffer.from(root).toString('base64')}\n`);
  });
  it('round-trips and accepts extension lines', () => {
    const body = checkpointBody({ origin: 'o', size: 12, rootHash: root });
    expect(parseCheckpoint(body)).toEqual({ origin: 'o', size: 12, rootHash: root });
    expect(parseCheckpoint(`${body}ext line\n`).size).toBe(12);
  });
  it.each([
    ['missing final newline', 'o\n1\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s='],
    ['leading zero size', `o\n01\n${Buffer.from(root).toString('base64')}\n`],
    ['negative size', `o\n-1\n${Buffer.from(root).toString('base64')}\n`],
    ['short root', 'o\n1\nq6urqw==\n'],
    ['spaces in origin', `o o\n1\n${Buffer.from(root).toString('base64')}\n`],
  ])('rejects %s as bad input naming the file', (_, text) => {
    expect(() => parseCheckpoint(text, 'old.checkpoint')).toThrow(InputError);
    try {
      parseCheckpoint(text, 'old.checkpoint');
    } catch (error) {
      expect((error as InputError).location).toEqual({ file: 'old.checkpoint' });
    }
  });

  it.each([
    ['no final newline', 'o\n1\nroot\n\n\u2014 o AAAAAAAA', /^a note ends with a newline$/],
    ['a signature line of another form', 'o\n1\nroot\n\n- o AAAAAAAA\n', /^signature line 1 is not/],
    ['signature not canonical base64', 'o\n1\nroot\n\n\u2014 o AAAAAAB=\n', /^signature line 1 is not standard padded base64$/],
    ['signature too short', 'o\n1\nroot\n\n\u2014 o AAAA\n', /^signature line 1 is too short$/],
  ])('a note with %s is bad input', (_, note, message) => {
    expect(() => parseNote(note, 'archive/checkpoint')).toThrow(InputError);
    expect(() => parseNote(note, 'archive/checkpoint')).toThrow(message);
  });
});
