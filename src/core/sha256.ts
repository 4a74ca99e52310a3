import { createHash } from 'node:crypto';

/** SHA-256 of bytes or UTF-8 text: the one hash govpages publishes (checksums, key ids, catalog file hashes). */
export function sha256(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/** SHA-256 as lowercase hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
