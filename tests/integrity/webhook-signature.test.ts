import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSigningSeed, publicKeyPem } from '../../src/integrity/keys.ts';
import { signWebhookBody, verifyWebhookBody, WEBHOOK_KEY_ID_HEADER, WEBHOOK_SIGNATURE_HEADER } from '../../src/integrity/webhook-signature.ts';
import { SEED_A, SEED_B, tempDir } from './_support.ts';

const body = '{"event":"governance_notice","at":"2026-03-01T00:00:00Z","status":"fail"}';

describe('webhook signature headers', () => {
  const key = parseSigningSeed(SEED_A);
  const headers = signWebhookBody(body, SEED_A);

  it('carries an Ed25519 signature of the exact body and the key id', () => {
    expect(headers[WEBHOOK_SIGNATURE_HEADER]).toMatch(/^ed25519=[A-Za-z0-9+/]{86}==$/);
    expect(headers[WEBHOOK_KEY_ID_HEADER]).toBe(key.keyId);
    expect(verifyWebhookBody(body, headers[WEBHOOK_SIGNATURE_HEADER]!, key.publicKey)).toBe(true);
  });

  it.each([
    ['a changed body', `${body} `, SEED_A],
    ['another key', body, SEED_B],
  ])('rejects %s', (_, candidate, seed) => {
    expect(verifyWebhookBody(candidate, headers[WEBHOOK_SIGNATURE_HEADER]!, parseSigningSeed(seed).publicKey)).toBe(false);
  });

  it('rejects malformed headers', () => {
    for (const header of ['', 'ed25519=', 'rsa=abc', `ed25519=${'A'.repeat(88)}`]) expect(verifyWebhookBody(body, header, key.publicKey)).toBe(false);
  });

  it('verifies with openssl, as a receiver without our code would', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'body'), body);
    writeFileSync(join(dir, 'sig.bin'), Buffer.from(headers[WEBHOOK_SIGNATURE_HEADER]!.slice('ed25519='.length), 'base64'));
    writeFileSync(join(dir, 'pub.pem'), publicKeyPem(key.publicKey));
    const result = spawnSync(
      'openssl',
      ['pkeyutl', '-verify', '-pubin', '-inkey', join(dir, 'pub.pem'), '-rawin', '-in', join(dir, 'body'), '-sigfile', join(dir, 'sig.bin')],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toContain('Signature Verified Successfully');
    expect(execFileSync('sha256sum', { input: Buffer.from(key.publicKey), encoding: 'utf8' }).slice(0, 64)).toBe(headers[WEBHOOK_KEY_ID_HEADER]);
  });

  it('a bad seed is refused without echoing it', () => {
    expect(() => signWebhookBody(body, 'bm90LWEtc2VlZA==')).toThrow(/GOV_SIGNING_PRIVATE_KEY/);
    try {
      signWebhookBody(body, 'bm90LWEtc2VlZA==');
    } catch (error) {
      expect((error as Error).message).not.toContain('bm90LWEtc2VlZA');
    }
  });
});
