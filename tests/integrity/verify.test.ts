import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { directorySource, memorySource, urlSource, type VerifyOptions, verifyPublished } from '../../src/integrity/index.ts';
import { endorseSuccessor, parseSigningSeed } from '../../src/integrity/keys.ts';
import { build, buildDir, SEED_A, SEED_B, serveDirectory, tempDir } from './_support.ts';

type Files = Map<string, Uint8Array>;
const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
const keyA = parseSigningSeed(SEED_A);
const keyB = parseSigningSeed(SEED_B);

/** Three builds in a row; returns the third build's files and the first build's checkpoint. */
async function history(): Promise<{ files: Files; firstCheckpoint: string }> {
  let state = new Map<string, string>();
  let firstCheckpoint = '';
  let last: Awaited<ReturnType<typeof build>> | undefined;
  for (let i = 0; i < 3; i++) {
    last = await build({
      commit: `${i + 1}`.repeat(40),
      now: `2026-03-0${i + 1}T00:00:00Z`,
      previousState: state,
      files: [
        { path: 'index.html', content: `<p>build ${i}</p>\n` },
        { path: 'status/a.json', content: `{"n":${i}}\n` },
      ],
    });
    state = new Map(Object.entries(last.state));
    if (i === 0) firstCheckpoint = String(last.files.find((f) => f.path === 'archive/checkpoint')!.content);
  }
  const files: Files = new Map([...last!.input, ...last!.files].map((f) => [f.path, bytes(f.content)]));
  return { files, firstCheckpoint };
}

const options = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({ pinnedKeys: [keyA.publicKey], archive: true, ...extra });

describe('verify: tampering', () => {
  let files: Files;
  let firstCheckpoint: string;
  beforeAll(async () => {
    ({ files, firstCheckpoint } = await history());
  });

  it('passes an untouched build, with archive and consistency checks', async () => {
    const report = await verifyPublished(memorySource(files), options({ oldCheckpoint: { text: firstCheckpoint, file: 'old' } }));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.signature).toMatchObject({ status: 'valid', trust: 'pinned', format_version: 2 });
    expect(report.archive).toEqual({ tree_size: 3, leaf_index: 2, consistent_from: 1 });
  });

  it('flipping any single byte of any published file fails and names that file', async () => {
    const paths = [...files.keys()].sort();
    expect(paths).toContain('archive/log.jsonl');
    for (const path of paths) {
      const original = files.get(path)!;
      for (let offset = 0; offset < original.length; offset++) {
        const tampered = new Uint8Array(original);
        tampered[offset] = tampered[offset]! ^ 0x01;
        const report = await verifyPublished(memorySource(new Map([...files, [path, tampered]])), options());
        if (report.ok || !report.problems.some((p) => p.file === path)) {
          throw new Error(`flipping byte ${offset} of ${path} was not reported against it: ${JSON.stringify(report.problems)}`);
        }
      }
    }
  }, 120_000);

  it('any byte changed to any other value fails (property)', async () => {
    const paths = [...files.keys()];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (p, o, x) => {
        const path = paths[p % paths.length]!;
        const tampered = new Uint8Array(files.get(path)!);
        const offset = o % tampered.length;
        tampered[offset] = tampered[offset]! ^ x;
        const report = await verifyPublished(memorySource(new Map([...files, [path, tampered]])), options());
        expect(report.ok).toBe(false);
        expect(report.problems.map((problem) => problem.file)).toContain(path);
      }),
      { numRuns: 300 },
    );
  });

  it('names missing and extra files', async () => {
    const changed = new Map(files);
    changed.delete('status/a.json');
    changed.set('evil.js', bytes('alert(1)'));
    const report = await verifyPublished(memorySource(changed), options());
    expect(report.problems.map((p) => [p.kind, p.file])).toEqual([
      ['extra', 'evil.js'],
      ['missing', 'status/a.json'],
    ]);
  });

  it('detects a truncated archive (last entry dropped, checkpoint re-made) against an old checkpoint', async () => {
    const built = await build({ commit: '9'.repeat(40) });
    // Same build, but the attacker republished a log of one entry while we hold the checkpoint of three.
    const { files: longer } = await history();
    const truncated: Files = new Map([...built.input, ...built.files].map((f) => [f.path, bytes(f.content)]));
    const oldCheckpoint = new TextDecoder().decode(longer.get('archive/checkpoint')!);
    const report = await verifyPublished(memorySource(truncated), options({ oldCheckpoint: { text: oldCheckpoint, file: 'old' } }));
    expect(report.ok).toBe(false);
    expect(report.problems.find((p) => p.file === 'archive/log.jsonl')?.message).toMatch(/shrank from 3 to 1/);
  });

  it('detects a rewritten archive: history re-signed by the same key no longer extends the old checkpoint', async () => {
    let state = new Map<string, string>();
    let rewritten: Awaited<ReturnType<typeof build>> | undefined;
    for (let i = 0; i < 4; i++) {
      // Entry 0 differs from the original history (a different build_time), everything re-signed.
      rewritten = await build({
        commit: `${i + 1}`.repeat(40),
        now: i === 0 ? '2025-01-01T00:00:00Z' : `2026-03-0${i + 1}T00:00:00Z`,
        previousState: state,
        files: [
          { path: 'index.html', content: `<p>build ${i}</p>\n` },
          { path: 'status/a.json', content: `{"n":${i}}\n` },
        ],
      });
      state = new Map(Object.entries(rewritten.state));
    }
    const forged: Files = new Map([...rewritten!.input, ...rewritten!.files].map((f) => [f.path, bytes(f.content)]));
    expect((await verifyPublished(memorySource(forged), options())).ok).toBe(true);
    const report = await verifyPublished(memorySource(forged), options({ oldCheckpoint: { text: firstCheckpoint, file: 'old' } }));
    expect(report.ok).toBe(false);
    expect(report.problems.find((p) => p.file === 'archive/log.jsonl')?.message).toMatch(/rewritten/);
  });
});

describe('verify: keys', () => {
  it('a wrong pinned key fails', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [keyB.publicKey], archive: true });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.file)).toContain('status/checksums-signature.json');
  });

  it('an attacker who replaces files, signature and key passes unpinned but fails pinned', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    const forged = await build({ seed: SEED_B, files: [{ path: 'index.html', content: 'forged' }] });
    for (const file of [...forged.input, ...forged.files]) writeFileSync(join(dir, file.path), file.content);
    for (const stale of ['badge-alerts-total.json', 'status/governance-summary.json', 'taxonomy/index.html', 'social.png']) rmSync(join(dir, stale));
    const unpinned = await verifyPublished(directorySource(dir), { pinnedKeys: [], archive: false });
    expect(unpinned.ok).toBe(true);
    expect(unpinned.notes.join(' ')).toMatch(/not pinned/);
    const pinned = await verifyPublished(directorySource(dir), { pinnedKeys: [keyA.publicKey], archive: false });
    expect(pinned.ok).toBe(false);
  });

  it('a rotated key passes for a verifier that pinned the old key, via the endorsement in previous_public_keys', async () => {
    const endorsement = endorseSuccessor(keyA, keyB.keyId);
    const { dir } = await buildDir({
      seed: SEED_B,
      config: { previous_public_keys: [{ public_key: endorsement.public_key, endorsement: endorsement.endorsement! }] },
    });
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [keyA.publicKey], archive: true });
    expect(report.problems).toEqual([]);
    expect(report.signature.trust).toBe('endorsed-by-pinned');
  });

  it('listing the pinned key as "previous" without its endorsement does not make a new key trusted', async () => {
    const { dir } = await buildDir({ seed: SEED_B, config: { previous_public_keys: [Buffer.from(keyA.publicKey).toString('base64')] } });
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [keyA.publicKey], archive: false });
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toMatch(/not a pinned key and was not endorsed/);
  });

  it('a pinned key with an unsigned build fails', async () => {
    const { dir } = await buildDir({ seed: null });
    expect((await verifyPublished(directorySource(dir), { pinnedKeys: [], archive: true })).ok).toBe(true);
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [keyA.publicKey], archive: false });
    expect(report.problems.map((p) => [p.kind, p.file])).toEqual([['missing', 'status/checksums-signature.json']]);
  });

  it('signature format v1 verifies too', async () => {
    const { dir } = await buildDir({ config: { signature_format_version: 1 } });
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [keyA.publicKey], archive: true });
    expect(report.ok).toBe(true);
    expect(report.signature.format_version).toBe(1);
  });
});

describe('verify over HTTP', () => {
  it('verifies a build served from 127.0.0.1 and names a changed file', async () => {
    const { dir } = await buildDir();
    const server = await serveDirectory(dir);
    try {
      const ok = await verifyPublished(urlSource(server.url, 5000), { pinnedKeys: [keyA.publicKey], archive: true });
      expect(ok.problems).toEqual([]);
      expect(ok.notes.join(' ')).toMatch(/extra files cannot be detected over HTTP/);
      writeFileSync(join(dir, 'taxonomy/index.html'), '<p>changed</p>\n');
      const bad = await verifyPublished(urlSource(server.url, 5000), { pinnedKeys: [keyA.publicKey], archive: true });
      expect(bad.problems.map((p) => [p.kind, p.file])).toEqual([['changed', 'taxonomy/index.html']]);
    } finally {
      await server.close();
    }
  });

  it('an unreachable URL is an input error (exit 2), not a verdict', async () => {
    const server = await serveDirectory(tempDir());
    await server.close();
    await expect(verifyPublished(urlSource(server.url, 2000), { pinnedKeys: [], archive: false })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('directory verification reads what was written', async () => {
    const { dir } = await buildDir();
    expect(readFileSync(join(dir, 'status/checksums.json'), 'utf8')).toMatch(/"aggregate_sha256"/);
  });
});
