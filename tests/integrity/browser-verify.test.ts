import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { verifyInBrowser } from '../../src/integrity/browser-verify.ts';
import { buildDir, SEED_B, serveDirectory } from './_support.ts';

const deps = () => ({ fetch: globalThis.fetch.bind(globalThis), subtle: globalThis.crypto.subtle, nacl });

describe('browser verifier (SubtleCrypto + tweetnacl + fetch)', () => {
  it('has no node: imports, so it can be bundled into the site', () => {
    // Every module the page's verifier reaches, relative to src/: none may need Node.
    const allowed = [
      'integrity/browser-verify.ts',
      'integrity/check-published.ts',
      'integrity/signature-check.ts',
      'integrity/formats.ts',
      'integrity/encoding.ts',
      'core/json.ts',
      'core/compare.ts',
    ];
    for (const file of allowed) {
      const text = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/from ['"]node:/);
      const local = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => posix.normalize(posix.join(posix.dirname(file), m[1]!)));
      for (const imported of local) expect(allowed, `${file} imports ${imported}`).toContain(imported);
    }
  });

  it('verifies a served build, then names a changed artifact and a forged signature', async () => {
    const { dir } = await buildDir();
    const server = await serveDirectory(dir);
    try {
      const ok = await verifyInBrowser(server.url, deps());
      expect(ok).toMatchObject({ ok: true, signature: 'valid', checked: 5, count: 5 });
      const pub = readFileSync(join(dir, 'status/checksums-pubkey.txt'), 'utf8');
      expect((await verifyInBrowser(server.url, deps(), { pinnedPublicKey: pub })).ok).toBe(true);
      const other = nacl.sign.keyPair.fromSeed(Buffer.from(SEED_B, 'base64')).publicKey;
      const wrongPin = await verifyInBrowser(server.url, deps(), { pinnedPublicKey: Buffer.from(other).toString('base64') });
      expect(wrongPin.ok).toBe(false);

      writeFileSync(join(dir, 'index.html'), 'defaced');
      const changed = await verifyInBrowser(server.url, deps());
      expect(changed.problems.map((p) => [p.kind, p.file])).toEqual([['changed', 'index.html']]);

      const signature = JSON.parse(readFileSync(join(dir, 'status/checksums-signature.json'), 'utf8')) as { signature: string };
      const flipped = Buffer.from(signature.signature, 'base64');
      flipped[10] = flipped[10]! ^ 1;
      writeFileSync(
        join(dir, 'status/checksums-signature.json'),
        readFileSync(join(dir, 'status/checksums-signature.json'), 'utf8').replace(signature.signature, flipped.toString('base64')),
      );
      const forged = await verifyInBrowser(server.url, deps());
      expect(forged.signature).toBe('invalid');
      expect(forged.problems.map((p) => p.file)).toContain('status/checksums-signature.json');
    } finally {
      await server.close();
    }
  });

  it('reports an unsigned build as such', async () => {
    const { dir } = await buildDir({ seed: null });
    const server = await serveDirectory(dir);
    try {
      expect(await verifyInBrowser(server.url, deps())).toMatchObject({ ok: true, signature: 'absent' });
    } finally {
      await server.close();
    }
  });
});
