import nacl from 'tweetnacl';
import { verifyEd25519 } from './ed25519-verify.ts';
import { fromBase64, toBase64, utf8 } from './encoding.ts';
import { parseSigningSeed } from './keys.ts';

/**
 * Webhook authentication: the Ed25519 signature of the exact UTF-8 bytes of the POST body, with the
 * checksums signing key, so a receiver that pinned `checksums-pubkey.txt` can check a POST came from
 * the publisher. It proves origin, not freshness: the v1 payload has no timestamp, so a receiver that
 * must refuse replays keeps the `sha` and `reasons` it has already acted on.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Govpages-Signature';
export const WEBHOOK_KEY_ID_HEADER = 'X-Govpages-Key-Id';

/**
 * @example signWebhookBody('{"event":"x"}', process.env.GOV_SIGNING_PRIVATE_KEY!)
 * // { 'X-Govpages-Signature': 'ed25519=<base64 of 64 bytes>', 'X-Govpages-Key-Id': '<sha256 hex of the public key>' }
 */
export function signWebhookBody(body: string, seedBase64: string): Record<string, string> {
  const key = parseSigningSeed(seedBase64);
  return {
    [WEBHOOK_SIGNATURE_HEADER]: `ed25519=${toBase64(nacl.sign.detached(utf8(body), key.secretKey))}`,
    [WEBHOOK_KEY_ID_HEADER]: key.keyId,
  };
}

/** Receiver side: true when `signatureHeader` is a valid signature of `body` by `publicKey`. */
export function verifyWebhookBody(body: string, signatureHeader: string, publicKey: Uint8Array): boolean {
  const match = /^ed25519=([A-Za-z0-9+/=]+)$/.exec(signatureHeader.trim());
  if (!match || publicKey.length !== 32) return false;
  try {
    const signature = fromBase64(match[1]!);
    return verifyEd25519(utf8(body), signature, publicKey);
  } catch {
    return false;
  }
}
