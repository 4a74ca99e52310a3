import { createPublicKey, verify } from 'node:crypto';
import { concatBytes } from './encoding.ts';

const ED25519_SPKI_PREFIX = new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

/**
 * Ed25519 verification for the CLI. Signing uses tweetnacl (as the user asked); verifying here uses
 * node:crypto (OpenSSL), about 60 times faster than tweetnacl in node and strict about non-canonical
 * signatures, and it means our own verifier is a second implementation of the signatures we make.
 * The browser verify page uses tweetnacl (see browser-verify.ts).
 */
export function verifyEd25519(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(concatBytes(ED25519_SPKI_PREFIX, publicKey)), format: 'der', type: 'spki' });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}
