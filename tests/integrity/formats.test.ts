import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, stableJson } from '../../src/core/json.ts';
import { sha256Hex } from '../../src/core/sha256.ts';
import { buildChecksums } from '../../src/integrity/checksums.ts';
import { fromBase64, fromHex, toBase64, toHex } from '../../src/integrity/encoding.ts';
import { aggregateInput, signedPayload, sortedArtifacts } from '../../src/integrity/formats.ts';

describe('canonical JSON (RFC 8785)', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ '\u20ac': 1, '\r': 2, '1': 3, a: 4 }, '{"\\r":2,"1":3,"a":4,"\u20ac":1}'],
    [{ n: 1e21, m: 0.000001, z: -0 }, '{"m":0.000001,"n":1e+21,"z":0}'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('is independent of key insertion order, and the file form parses back to the same value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(
          JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)),
        ) as unknown;
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(canonicalJson(JSON.parse(stableJson(value)))).toBe(canonicalJson(value));
        expect(stableJson(JSON.parse(stableJson(value)))).toBe(stableJson(value));
      }),
    );
  });

  it('keeps integer-like keys in canonical order in files', () => {
    expect(stableJson({ b: 1, '404': 2, a: 3 })).toBe('{\n  "404": 2,\n  "a": 3,\n  "b": 1\n}\n');
  });
});

describe('encodings', () => {
  it('hex and base64 round-trip, and only canonical base64 is accepted (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
    expect(() => fromBase64('AB==')).toThrow(/canonical/); // 'B' has bits set that the padding discards
    expect(() => fromBase64('AAAA\n')).toThrow();
  });
});

describe('checksums aggregate', () => {
  it('equals `sha256sum` of the sorted `<hex>  <path>` lines, i.e. `find | LC_ALL=C sort | xargs sha256sum | sha256sum`', () => {
    const doc = buildChecksums([
      { path: 'b.txt', content: 'b\n' },
      { path: 'a/z.json', content: '{}' },
      { path: 'B.txt', content: 'upper' },
      { path: 'a.txt', content: '' },
    ]);
    const lines = ['a.txt', 'a/z.json', 'B.txt', 'b.txt']
      .sort((x, y) => (Buffer.from(x) < Buffer.from(y) ? -1 : 1))
      .map((path) => `${doc.artifacts[path]}  ${path}\n`)
      .join('');
    expect(execFileSync('sha256sum', { input: lines, encoding: 'utf8' }).slice(0, 64)).toBe(doc.aggregate_sha256);
    expect(doc.count).toBe(4);
    expect(doc.artifacts['a.txt']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('sorts paths by UTF-8 bytes (code points), not UTF-16 units', () => {
    // U+FF5E (3 UTF-8 bytes, EF BD 9E) sorts before U+1F600 (F0 9F 98 80) in UTF-8, after it in UTF-16.
    expect(sortedArtifacts({ '\u{1F600}.txt': 'a', '\uFF5E.txt': 'b' }).map((artifact) => artifact.path)).toEqual(['\uFF5E.txt', '\u{1F600}.txt']);
  });

  it('does not depend on the order files are given in (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9_]{1,8})?$/), { minLength: 1, maxLength: 12 }), (paths) => {
        const files = paths.map((path) => ({ path, content: path.toUpperCase() }));
        const forward = buildChecksums(files);
        const backward = buildChecksums([...files].reverse());
        expect(backward).toEqual(forward);
        expect(sha256Hex(aggregateInput(sortedArtifacts(forward.artifacts)))).toBe(forward.aggregate_sha256);
      }),
    );
  });

  it.each([['../etc/passwd'], ['/abs'], ['a//b'], ['a\\b'], ['./x'], ['status/checksums.json']])('refuses to publish %s', (path) => {
    expect(() => buildChecksums([{ path, content: 'x' }])).toThrow();
  });
});

describe('signed payloads', () => {
  const doc = buildChecksums([
    { path: 'z.json', content: 'z' },
    { path: 'a.json', content: 'a' },
  ]);
  it('v1 is canonical {aggregate_sha256,count}', () => {
    expect(new TextDecoder().decode(signedPayload(1, doc))).toBe(`{"aggregate_sha256":"${doc.aggregate_sha256}","count":2}`);
  });
  it('v2 adds the sorted path + hash pairs', () => {
    expect(new TextDecoder().decode(signedPayload(2, doc))).toBe(
      `{"aggregate_sha256":"${doc.aggregate_sha256}","artifacts":[{"path":"a.json","sha256":"${doc.artifacts['a.json']}"},{"path":"z.json","sha256":"${doc.artifacts['z.json']}"}],"count":2}`,
    );
  });
});
