import nacl from 'tweetnacl';
import { sha256 } from '../core/sha256.ts';
import { verifyEd25519 } from './ed25519-verify.ts';
import { toBase64 } from './encoding.ts';
import { type ChecksumsDocument, type PreviousKey, type SignatureDocument, type SignatureFormatVersion, signedPayload } from './formats.ts';
import type { SigningKey } from './keys.ts';
import type { CryptoDeps } from './signature-check.ts';

/** Signs a checksums document (Ed25519 is deterministic: same key and payload, same signature). */
export function signChecksums(
  checksums: ChecksumsDocument,
  key: SigningKey,
  version: SignatureFormatVersion,
  previousKeys: readonly PreviousKey[],
): SignatureDocument {
  const signature = nacl.sign.detached(signedPayload(version, checksums), key.secretKey);
  return {
    algorithm: 'ed25519',
    signature_format_version: version,
    aggregate_sha256: checksums.aggregate_sha256,
    count: checksums.count,
    key_id: key.keyId,
    public_key: toBase64(key.publicKey),
    signature: toBase64(signature),
    previous_public_keys: [...previousKeys],
  };
}

/** node:crypto for the shared signature checker (signing stays with tweetnacl). */
export const nodeCrypto: CryptoDeps = {
  sha256: async (bytes) => sha256(bytes),
  verifyEd25519,
};
