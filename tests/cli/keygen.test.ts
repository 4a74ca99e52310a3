import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseSigningSeed } from '../../src/integrity/keys.ts';
import { signWebhookBody, verifyWebhookBody } from '../../src/integrity/webhook-signature.ts';
import { SEED_A } from '../integrity/_support.ts';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('govpages keygen', () => {
  it('--json prints a usable key pair whose parts agree', async () => {
    const { code, stdout } = await run(['keygen', '--json']);
    expect(code).toBe(0);
    const pair = JSON.parse(stdout) as { private_key_seed: string; public_key: string; public_key_pem: string; key_id: string };
    const key = parseSigningSeed(pair.private_key_seed);
    expect(Buffer.from(key.publicKey).toString('base64')).toBe(pair.public_key);
    expect(key.keyId).toBe(pair.key_id);
    expect(pair.public_key_pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const headers = signWebhookBody('x', pair.private_key_seed);
    expect(verifyWebhookBody('x', headers['X-Govpages-Signature']!, key.publicKey)).toBe(true);
  });

  it('makes a different key each time', async () => {
    const a = JSON.parse((await run(['keygen', '--json'])).stdout) as { key_id: string };
    const b = JSON.parse((await run(['keygen', '--json'])).stdout) as { key_id: string };
    expect(a.key_id).not.toBe(b.key_id);
  });

  it('text output names the secret variable and the public key', async () => {
    const { stdout } = await run(['keygen']);
    expect(stdout).toMatch(/^GOV_SIGNING_PRIVATE_KEY=[A-Za-z0-9+/]{43}=\n/);
    expect(stdout).toContain('public key (checksums-pubkey.txt): ');
  });

  it('--endorse prints the config entry endorsing the new key with the old one', async () => {
    const { code, stdout } = await run(['keygen', '--json', '--endorse'], { GOV_SIGNING_PRIVATE_KEY: SEED_A });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { previous_public_keys_entry: { public_key: string; endorsement: string } };
    expect(out.previous_public_keys_entry.public_key).toBe(Buffer.from(parseSigningSeed(SEED_A).publicKey).toString('base64'));
    expect(stdout).not.toContain(SEED_A);
  });

  it('--endorse without the old key is a usage error', async () => {
    expect((await run(['keygen', '--endorse'])).code).toBe(2);
  });
});
