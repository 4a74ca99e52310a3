import { createHash } from 'node:crypto';
import { toHex } from './encoding.ts';

export function sha256(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

export function sha256Hex(data: Uint8Array | string): string {
  return toHex(sha256(data));
}
