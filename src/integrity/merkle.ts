import { sha256 } from '../core/sha256.ts';
import { bytesEqual, concatBytes } from './encoding.ts';

/**
 * Merkle tree hashing and proofs exactly as RFC 9162 section 2.1 (= RFC 6962 section 2.1), so
 * transparency-log tooling and the published Certificate Transparency test vectors apply. Trees are
 * given as their leaf hashes; sizes and indices are plain numbers (safe up to 2^53).
 */

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

/** sha256(0x00 || entry) */
export function leafHash(entry: Uint8Array): Uint8Array {
  return sha256(concatBytes(LEAF_PREFIX, entry));
}

/** sha256(0x01 || left || right) */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE_PREFIX, left, right));
}

/** Largest power of two strictly smaller than n (n >= 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes; the empty tree's root is sha256 of the empty string. */
export function rootHash(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha256(new Uint8Array());
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(rootHash(leaves.slice(0, k)), rootHash(leaves.slice(k)));
}

/** PATH(m, D[n]) of RFC 9162 2.1.3.1: the audit path of leaf `index` in the tree of `leaves`. */
export function inclusionProof(index: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not in a tree of size ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  if (index < k) return [...inclusionProof(index, leaves.slice(0, k)), rootHash(leaves.slice(k))];
  return [...inclusionProof(index - k, leaves.slice(k)), rootHash(leaves.slice(0, k))];
}

/** RFC 9162 2.1.3.2: does `proof` show leaf `index` with hash `leaf` in the tree of `size` with `root`? */
export function verifyInclusion(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && bytesEqual(r, root);
}

/** PROOF(m, D[n]) of RFC 9162 2.1.4.1: that the tree of the first `first` leaves is a prefix of `leaves`. */
export function consistencyProof(first: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (!Number.isInteger(first) || first < 1 || first > leaves.length) throw new RangeError(`no consistency proof from size ${first} to ${leaves.length}`);
  return subproof(first, leaves, true);
}

function subproof(m: number, leaves: readonly Uint8Array[], complete: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return complete ? [] : [rootHash(leaves)];
  const k = split(n);
  if (m <= k) return [...subproof(m, leaves.slice(0, k), complete), rootHash(leaves.slice(k))];
  return [...subproof(m - k, leaves.slice(k), false), rootHash(leaves.slice(0, k))];
}

/** RFC 9162 2.1.4.2: does `proof` show the tree (`first`, `firstRoot`) is a prefix of (`second`, `secondRoot`)? */
export function verifyConsistency(first: number, second: number, proof: readonly Uint8Array[], firstRoot: Uint8Array, secondRoot: Uint8Array): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) return false;
  if (first === second) return proof.length === 0 && bytesEqual(firstRoot, secondRoot);
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && bytesEqual(fr, firstRoot) && bytesEqual(sr, secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  let rest = n;
  while (rest > 1 && rest % 2 === 0) rest /= 2;
  return rest === 1;
}
