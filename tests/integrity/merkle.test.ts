import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/integrity/encoding.ts';
import { consistencyProof, inclusionProof, leafHash, nodeHash, rootHash, verifyConsistency, verifyInclusion } from '../../src/integrity/merkle.ts';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/integrity/rfc6962-vectors.json', import.meta.url), 'utf8')) as {
  leaves_hex: string[];
  roots_hex: string[];
  inclusion: { index: number; size: number; proof: string[] }[];
  consistency: { first: number; second: number; proof: string[] }[];
};
const ctLeaves = vectors.leaves_hex.map((hex) => leafHash(fromHex(hex)));

describe('RFC 6962 reference vectors', () => {
  it.each(vectors.roots_hex.map((root, size) => ({ size, root })))('tree head of size $size', ({ size, root }) => {
    expect(toHex(rootHash(ctLeaves.slice(0, size)))).toBe(root);
  });

  it.each(vectors.inclusion)('inclusion proof of leaf $index in size $size', ({ index, size, proof }) => {
    const leaves = ctLeaves.slice(0, size);
    expect(inclusionProof(index, leaves).map(toHex)).toEqual(proof);
    expect(verifyInclusion(index, size, leaves[index]!, proof.map(fromHex), fromHex(vectors.roots_hex[size]!))).toBe(true);
  });

  it.each(vectors.consistency)('consistency proof $first -> $second', ({ first, second, proof }) => {
    expect(consistencyProof(first, ctLeaves.slice(0, second)).map(toHex)).toEqual(proof);
    expect(verifyConsistency(first, second, proof.map(fromHex), fromHex(vectors.roots_hex[first]!), fromHex(vectors.roots_hex[second]!))).toBe(true);
  });
});

describe('roots computed independently', () => {
  // Python's hashlib (a different SHA-256 and a different tree walker) and coreutils sha256sum.
  const python = (script: string) => execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim();
  const pythonMth = `
import hashlib
def leaf(b): return hashlib.sha256(b"\\x00" + b).digest()
def node(l, r): return hashlib.sha256(b"\\x01" + l + r).digest()
def mth(hs):
    if len(hs) == 0: return hashlib.sha256(b"").digest()
    if len(hs) == 1: return hs[0]
    k = 1
    while k * 2 < len(hs): k *= 2
    return node(mth(hs[:k]), mth(hs[k:]))
`;
  it.each([1, 2, 3, 5, 7, 13, 33])('python hashlib agrees for %i leaves', (n) => {
    const leaves = Array.from({ length: n }, (_, i) => new TextEncoder().encode(`entry ${i}`));
    const expected = python(`${pythonMth}\nprint(mth([leaf(("entry %d" % i).encode()) for i in range(${n})]).hex())`);
    expect(toHex(rootHash(leaves.map(leafHash)))).toBe(expected);
  });

  it('a two-leaf root by hand with sha256sum', () => {
    const sha = (hexInput: string) =>
      execFileSync(
        'sh',
        [
          '-c',
          `printf '${hexInput.replace(/(..)/g, '\\$1').replace(/\\(..)/g, (_, h: string) => `\\${Number.parseInt(h, 16).toString(8).padStart(3, '0')}`)}' | sha256sum`,
        ],
        { encoding: 'utf8' },
      ).slice(0, 64);
    const a = sha('0061'); // 0x00 || "a"
    const b = sha('0062');
    const root = sha(`01${a}${b}`);
    expect(toHex(leafHash(new TextEncoder().encode('a')))).toBe(a);
    expect(toHex(nodeHash(fromHex(a), fromHex(b)))).toBe(root);
    expect(toHex(rootHash([leafHash(new TextEncoder().encode('a')), leafHash(new TextEncoder().encode('b'))]))).toBe(root);
  });
});

describe('every tree size up to 64', () => {
  const leaves = Array.from({ length: 64 }, (_, i) => leafHash(new Uint8Array([i, 255 - i])));
  const roots = Array.from({ length: 65 }, (_, n) => rootHash(leaves.slice(0, n)));

  it('inclusion proofs verify for every (index, size), and fail for any other leaf, index, size or root', () => {
    for (let size = 1; size <= 64; size++) {
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(index, leaves.slice(0, size));
        expect(verifyInclusion(index, size, leaves[index]!, proof, roots[size]!)).toBe(true);
        expect(verifyInclusion(index, size, leaves[(index + 1) % 64]!, proof, roots[size]!)).toBe(false);
        if (size > 1) expect(verifyInclusion((index + 1) % size, size, leaves[index]!, proof, roots[size]!)).toBe(false);
        if (size < 64) expect(verifyInclusion(index, size + 1, leaves[index]!, proof, roots[size + 1]!)).toBe(false);
        expect(verifyInclusion(index, size, leaves[index]!, proof, roots[size - 1]!)).toBe(false);
        expect(verifyInclusion(index, size, leaves[index]!, [...proof, roots[1]!], roots[size]!)).toBe(false);
        if (proof.length > 0) expect(verifyInclusion(index, size, leaves[index]!, proof.slice(0, -1), roots[size]!)).toBe(false);
      }
    }
  });

  it('consistency proofs verify for every (first, second), and fail for a rewritten prefix or wrong sizes', () => {
    const rewritten = [...leaves];
    for (let second = 1; second <= 64; second++) {
      for (let first = 1; first <= second; first++) {
        const proof = consistencyProof(first, leaves.slice(0, second));
        expect(verifyConsistency(first, second, proof, roots[first]!, roots[second]!)).toBe(true);
        // An archive whose entry first-1 was rewritten: the old root no longer reconciles.
        rewritten[first - 1] = leafHash(new Uint8Array([0xee, first]));
        const forgedSecond = rootHash(rewritten.slice(0, second));
        const forgedProof = consistencyProof(first, rewritten.slice(0, second));
        expect(verifyConsistency(first, second, forgedProof, roots[first]!, forgedSecond)).toBe(false);
        rewritten[first - 1] = leaves[first - 1]!;
        if (first < second) {
          expect(verifyConsistency(first, second, proof, roots[first - 1] ?? roots[second]!, roots[second]!)).toBe(false);
          expect(verifyConsistency(first, second, proof, roots[first]!, roots[second - 1]!)).toBe(false);
          expect(verifyConsistency(second, first, proof, roots[first]!, roots[second]!)).toBe(false);
        }
      }
    }
  });

  it('any single bit flipped in a proof is rejected (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 64 }), fc.nat(), fc.nat(), fc.nat(255), (size, i, j, bit) => {
        const index = i % size;
        const proof = inclusionProof(index, leaves.slice(0, size));
        if (proof.length === 0) return;
        const k = j % proof.length;
        const flipped = proof.map((h, n) => (n === k ? Uint8Array.from(h, (b, m) => (m === bit % 32 ? b ^ (1 << (bit % 8)) : b)) : h));
        expect(verifyInclusion(index, size, leaves[index]!, flipped, roots[size]!)).toBe(false);
      }),
    );
  });
});
