import nacl from 'tweetnacl';
import { InputError } from '../core/errors.ts';
import { sha256Hex } from '../core/sha256.ts';
import { bytesEqual, concatBytes, fromBase64, toBase64 } from './encoding.ts';
import { type PreviousKey, rotationPayload } from './formats.ts';

/** The variable the seed names for the signing key: a base64 Ed25519 32-byte seed. */
export const SIGNING_KEY_VARIABLE = 'GOV_SIGNING_PRIVATE_KEY';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING }. */
const ED25519_SPKI_PREFIX = new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export interface SigningKey {
  /** 32-byte seed; never printed, logged or written. */
  seed: Uint8Array;
  /** 64-byte tweetnacl secret key (seed || public key). */
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  keyId: string;
}

/**
 * Parses the signing seed. The error names the variable and what is wrong with the value's shape
 * (never the value, not even a prefix): the value is a secret and error messages end up in CI logs.
 */
export function parseSigningSeed(value: string, source: string = SIGNING_KEY_VARIABLE): SigningKey {
  let seed: Uint8Array;
  try {
    seed = fromBase64(value.trim());
  } catch {
    throw new InputError(
      `${source} is not standard padded base64 (expected the base64 of a 32-byte Ed25519 seed, as printed by 'govpages keygen'); the value is not shown because it is a secret`,
    );
  }
  if (seed.length !== 32) {
    throw new InputError(
      `${source} decodes to ${seed.length} bytes, expected a 32-byte Ed25519 seed (as printed by 'govpages keygen'); the value is not shown because it is a secret`,
    );
  }
  return signingKeyFromSeed(seed);
}

export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  const pair = nacl.sign.keyPair.fromSeed(seed);
  return { seed, secretKey: pair.secretKey, publicKey: pair.publicKey, keyId: keyId(pair.publicKey) };
}

/** Reads the signing key from the environment, or null when signing is not configured. */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv): SigningKey | null {
  const value = env[SIGNING_KEY_VARIABLE];
  if (value === undefined || value.trim() === '') return null;
  return parseSigningSeed(value);
}

/** Key id (fingerprint): lowercase hex sha256 of the 32 raw public key bytes. */
export function keyId(publicKey: Uint8Array): string {
  return sha256Hex(publicKey);
}

/** The public key as PEM SubjectPublicKeyInfo, what `openssl pkeyutl -pubin -inkey` reads. */
export function publicKeyPem(publicKey: Uint8Array): string {
  return `-----BEGIN PUBLIC KEY-----\n${toBase64(concatBytes(ED25519_SPKI_PREFIX, publicKey))}\n-----END PUBLIC KEY-----\n`;
}

/**
 * A public key given by the user: base64 of 32 raw bytes (the content of checksums-pubkey.txt) or a
 * PEM SubjectPublicKeyInfo (checksums-pubkey.pem, or `openssl pkey -pubout`).
 */
export function parsePublicKey(text: string, source: string): Uint8Array {
  const trimmed = text.trim();
  const pem = /^-----BEGIN PUBLIC KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----$/.exec(trimmed);
  try {
    if (pem) {
      const der = fromBase64(pem[1]!.replace(/\s+/g, ''));
      if (der.length !== 44 || !bytesEqual(der.subarray(0, 12), ED25519_SPKI_PREFIX)) throw new Error('not an Ed25519 key');
      return der.subarray(12);
    }
    const raw = fromBase64(trimmed);
    if (raw.length !== 32) throw new Error('wrong length');
    return raw;
  } catch {
    throw new InputError('expected an Ed25519 public key: base64 of 32 bytes (checksums-pubkey.txt) or a PEM SubjectPublicKeyInfo (checksums-pubkey.pem)', {
      file: source,
    });
  }
}

/** A fresh key pair from 32 random bytes (the caller supplies them: nothing here reads randomness). */
export function generateSigningKey(random: Uint8Array): SigningKey {
  if (random.length !== 32) throw new Error('need 32 random bytes');
  return signingKeyFromSeed(new Uint8Array(random));
}

/** The previous-key record the current signer publishes, with the old key's endorsement of the new one. */
export function endorseSuccessor(previous: SigningKey, successorKeyId: string): PreviousKey {
  return {
    key_id: previous.keyId,
    public_key: toBase64(previous.publicKey),
    endorsement: toBase64(nacl.sign.detached(rotationPayload(successorKeyId), previous.secretKey)),
  };
}
