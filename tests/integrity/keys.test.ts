import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { fromHex, toBase64, toHex } from '../../src/integrity/encoding.ts';
import { keyId, parsePublicKey, parseSigningSeed, publicKeyPem, signingKeyFromEnv, signingKeyFromSeed } from '../../src/integrity/keys.ts';
import { tempDir } from './_support.ts';

const rfc8032 = JSON.parse(readFileSync(new URL('../fixtures/integrity/ed25519-rfc8032.json', import.meta.url), 'utf8')) as {
  vectors: { name: string; seed: string; public_key: string; message: string; signature: string }[];
};

describe('Ed25519 (RFC 8032 vectors through tweetnacl)', () => {
  it.each(rfc8032.vectors)('$name', ({ seed, public_key, message, signature }) => {
    const key = signingKeyFromSeed(fromHex(seed));
    expect(toHex(key.publicKey)).toBe(public_key);
    expect(toHex(nacl.sign.detached(fromHex(message), key.secretKey))).toBe(signature);
  });
});

describe('signing seed from GOV_SIGNING_PRIVATE_KEY', () => {
  const secretish = [
    ['not base64', 'Zm9v!!QmFy$$c2VjcmV0#'],
    ['16 bytes', Buffer.alloc(16, 9).toString('base64')],
    ['64 bytes (a tweetnacl secret key, not a seed)', Buffer.alloc(64, 3).toString('base64')],
    ['unpadded', Buffer.alloc(32, 5).toString('base64').replace(/=+$/, '')],
  ];
  it.each(secretish)('rejects %s without echoing the value', (_, value) => {
    let error: unknown;
    try {
      parseSigningSeed(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toContain('GOV_SIGNING_PRIVATE_KEY');
    for (let i = 0; i + 6 <= value.length; i++) expect(message).not.toContain(value.slice(i, i + 6));
  });
  it('absent or empty means unsigned', () => {
    expect(signingKeyFromEnv({})).toBeNull();
    expect(signingKeyFromEnv({ GOV_SIGNING_PRIVATE_KEY: '  ' })).toBeNull();
  });
  it('accepts surrounding whitespace (a secret pasted with a newline)', () => {
    const seed = Buffer.alloc(32, 1).toString('base64');
    expect(parseSigningSeed(`${seed}\n`).keyId).toBe(parseSigningSeed(seed).keyId);
  });
});

describe('public keys', () => {
  const key = signingKeyFromSeed(new Uint8Array(32).fill(42));
  it('key id is the sha256 of the raw public key', () => {
    const expected = execFileSync('sha256sum', { input: Buffer.from(key.publicKey), encoding: 'utf8' }).slice(0, 64);
    expect(keyId(key.publicKey)).toBe(expected);
  });
  it('PEM is an Ed25519 SubjectPublicKeyInfo that openssl reads back to the same key', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pub.pem'), publicKeyPem(key.publicKey));
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', join(dir, 'pub.pem'), '-outform', 'DER']);
    expect(der.subarray(-32).equals(Buffer.from(key.publicKey))).toBe(true);
    const text = execFileSync('openssl', ['pkey', '-pubin', '-in', join(dir, 'pub.pem'), '-text', '-noout'], { encoding: 'utf8' });
    expect(text).toContain('ED25519 Public-Key');
  });
  it('parses base64 and PEM forms, and rejects others naming the source', () => {
    expect(toHex(parsePublicKey(toBase64(key.publicKey), 'x'))).toBe(toHex(key.publicKey));
    expect(toHex(parsePublicKey(publicKeyPem(key.publicKey), 'x'))).toBe(toHex(key.publicKey));
    expect(() => parsePublicKey('abc', '--pubkey')).toThrow(InputError);
    expect(() => parsePublicKey(toBase64(new Uint8Array(31)), '--pubkey')).toThrow(/32 bytes/);
  });
});
