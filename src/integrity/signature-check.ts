import { bytesEqual, fromBase64, toHex } from './encoding.ts';
import { type ChecksumsDocument, rotationPayload, type SignatureDocument, signedPayload } from './formats.ts';

/**
 * Checking a checksums signature, shared by `govpages verify` and the browser verify page, so the
 * crypto primitives are injected: node passes node:crypto + tweetnacl, the page SubtleCrypto +
 * tweetnacl. No `node:` imports.
 */
export interface CryptoDeps {
  sha256(bytes: Uint8Array): Promise<Uint8Array>;
  /** Ed25519 verification of a detached 64-byte signature (tweetnacl's `sign.detached.verify`). */
  verifyEd25519(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean;
}

export type KeyTrust = 'pinned' | 'endorsed-by-pinned' | 'unpinned';

export interface SignatureCheck {
  ok: boolean;
  problems: string[];
  keyId: string;
  formatVersion: 1 | 2;
  /** How the signing key came to be trusted; `unpinned` proves only that the files agree with each other. */
  trust: KeyTrust | null;
}

export async function checkSignature(
  checksums: ChecksumsDocument,
  signature: SignatureDocument,
  pinnedKeys: readonly Uint8Array[],
  deps: CryptoDeps,
): Promise<SignatureCheck> {
  const problems: string[] = [];
  if (signature.aggregate_sha256 !== checksums.aggregate_sha256) problems.push('aggregate_sha256 differs from checksums.json');
  if (signature.count !== checksums.count) problems.push('count differs from checksums.json');
  const publicKey = fromBase64(signature.public_key);
  if (toHex(await deps.sha256(publicKey)) !== signature.key_id) problems.push('key_id is not the sha256 of public_key');
  const payload = signedPayload(signature.signature_format_version, checksums);
  const signatureValid = deps.verifyEd25519(payload, fromBase64(signature.signature), publicKey);
  if (!signatureValid)
    problems.push(`the Ed25519 signature (format v${signature.signature_format_version}) does not verify with public_key ${signature.key_id.slice(0, 16)}`);

  const endorsers: Uint8Array[] = [];
  for (const [index, previous] of signature.previous_public_keys.entries()) {
    const previousKey = fromBase64(previous.public_key);
    if (toHex(await deps.sha256(previousKey)) !== previous.key_id) {
      problems.push(`previous_public_keys[${index}].key_id is not the sha256 of its public_key`);
      continue;
    }
    if (previous.endorsement === undefined) continue;
    if (deps.verifyEd25519(rotationPayload(signature.key_id), fromBase64(previous.endorsement), previousKey)) endorsers.push(previousKey);
    else problems.push(`previous_public_keys[${index}].endorsement is not a valid signature of key ${signature.key_id.slice(0, 16)}`);
  }

  let trust: KeyTrust | null = null;
  if (pinnedKeys.length === 0) trust = 'unpinned';
  else if (pinnedKeys.some((pinned) => bytesEqual(pinned, publicKey))) trust = 'pinned';
  else if (endorsers.some((endorser) => pinnedKeys.some((pinned) => bytesEqual(pinned, endorser)))) trust = 'endorsed-by-pinned';
  else problems.push(`signed by key ${signature.key_id.slice(0, 16)}, which is not a pinned key and was not endorsed by one`);

  return {
    ok: problems.length === 0,
    problems,
    keyId: signature.key_id,
    formatVersion: signature.signature_format_version,
    trust: problems.length === 0 ? trust : null,
  };
}
