import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { checksumsBadge } from '../../src/integrity/checksums-badge.ts';
import { fromBase64, toHex } from '../../src/integrity/encoding.ts';
import { endorseSuccessor, parseSigningSeed } from '../../src/integrity/keys.ts';
import { endpointBadgeSchema } from '../../src/model/badge.ts';
import { build, SEED_A, SEED_B } from './_support.ts';

const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));

describe('runIntegrity', () => {
  it('is deterministic: same inputs, byte-identical outputs and state', async () => {
    const first = await build();
    const second = await build();
    expect(second.files).toEqual(first.files);
    expect(second.state).toEqual(first.state);
    expect(second.section).toEqual(first.section);
  });

  it('publishes the unsigned bundle without signature files, and warns', async () => {
    const result = await build({ seed: null });
    expect(result.files.map((f) => f.path).sort()).toEqual([
      'archive/checkpoint',
      'archive/inclusion-proof.json',
      'archive/log.jsonl',
      'checksums-badge.json',
      'status/checksums.json',
    ]);
    expect(result.section.signed).toBe(false);
    expect(result.checks.find((c) => c.id === 'integrity.signature')?.status).toBe('warn');
    expect(result.files.find((f) => f.path === 'archive/checkpoint')!.content).not.toContain('\u2014');
  });

  it('publishes signature, base64 and PEM keys when signed', async () => {
    const result = await build();
    const key = parseSigningSeed(SEED_A);
    const byPath = Object.fromEntries(result.files.map((f) => [f.path, text(f.content)]));
    expect(byPath['status/checksums-pubkey.txt']).toBe(`${Buffer.from(key.publicKey).toString('base64')}\n`);
    expect(byPath['status/checksums-pubkey.pem']).toMatch(/^-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA/);
    expect(JSON.parse(byPath['status/checksums-signature.json']!)).toMatchObject({ key_id: key.keyId, signature_format_version: 2, algorithm: 'ed25519' });
    expect(result.section.archive.verifier_key).toMatch(/^example\.org\/gov\/audit\+[0-9a-f]{8}\+A/);
  });

  it('no output or state contains the private seed or the secret key, in base64 or hex', async () => {
    for (const seed of [SEED_A, SEED_B]) {
      const key = parseSigningSeed(seed);
      const result = await build({ seed });
      const everything = [
        ...result.files.map((f) => text(f.content)),
        ...Object.values(result.state),
        JSON.stringify(result.section),
        JSON.stringify(result.checks),
      ].join('\n');
      const forms = [
        seed,
        seed.replace(/=+$/, ''),
        toHex(key.seed),
        toHex(key.seed).toUpperCase(),
        Buffer.from(key.secretKey).toString('base64'),
        toHex(key.secretKey),
        Buffer.from(key.seed).toString('base64url'),
      ];
      for (const form of forms) expect(everything).not.toContain(form);
      // Nor any 16-character window of the seed's encodings (a truncated leak).
      for (let i = 0; i + 16 <= seed.length; i += 4) expect(everything).not.toContain(seed.slice(i, i + 16));
    }
  });

  it('appends one archive entry per build, and none for a rebuild of the same commit and aggregate', async () => {
    const first = await build({ commit: 'a'.repeat(40), now: '2026-03-01T00:00:00Z' });
    const state1 = new Map(Object.entries(first.state));
    const rebuild = await build({ commit: 'a'.repeat(40), now: '2026-03-02T00:00:00Z', previousState: state1 });
    expect(rebuild.section.archive.appended).toBe(false);
    expect(rebuild.section.archive.tree_size).toBe(1);
    expect(rebuild.state).toEqual(first.state);
    const next = await build({ commit: 'b'.repeat(40), now: '2026-03-03T00:00:00Z', previousState: state1 });
    expect(next.section.archive).toMatchObject({ appended: true, tree_size: 2, leaf_index: 1 });
    expect(next.state['archive/log.jsonl']!.startsWith(first.state['archive/log.jsonl']!)).toBe(true);
    const changed = await build({ commit: 'a'.repeat(40), files: [{ path: 'x.txt', content: 'new' }], previousState: state1 });
    expect(changed.section.archive.appended).toBe(true);
  });

  it('rejects a corrupt archive on the state branch, naming the line', async () => {
    const first = await build();
    const log = first.state['archive/log.jsonl']!;
    await expect(build({ previousState: new Map([['archive/log.jsonl', `${log}{"oops":1}\n`]]) })).rejects.toThrow(InputError);
    await expect(build({ previousState: new Map([['archive/log.jsonl', `${log}{"oops":1}\n`]]) })).rejects.toMatchObject({
      location: { where: expect.stringMatching(/^line 2: /) },
    });
  });

  it('publishes previous keys with endorsements, and refuses an endorsement of another key', async () => {
    const old = parseSigningSeed(SEED_A);
    const current = parseSigningSeed(SEED_B);
    const endorsement = endorseSuccessor(old, current.keyId);
    const result = await build({
      seed: SEED_B,
      config: { previous_public_keys: [{ public_key: endorsement.public_key, endorsement: endorsement.endorsement! }] },
    });
    expect(result.section.signature?.previous_key_ids).toEqual([old.keyId]);
    const wrong = endorseSuccessor(old, old.keyId);
    await expect(
      build({ seed: SEED_B, config: { previous_public_keys: [{ public_key: wrong.public_key, endorsement: wrong.endorsement! }] } }),
    ).rejects.toMatchObject({
      location: { where: '$.integrity.previous_public_keys[0].endorsement' },
    });
    expect(fromBase64(endorsement.public_key)).toEqual(old.publicKey);
  });

  it('refuses the private seed pasted into previous_public_keys, without echoing it', async () => {
    const error = await build({ seed: SEED_A, config: { previous_public_keys: [SEED_A] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, location: { where: '$.integrity.previous_public_keys[0].public_key' } });
    expect((error as Error).message).not.toContain(SEED_A);
  });

  it('a bad signing key fails with exit 2 and does not echo it', async () => {
    const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ=';
    const error = await build({ seed: secret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message)).not.toContain(secret);
  });
});

describe('checksums badge', () => {
  it.each([
    [false, { message: 'sha256:0123456789ab', color: 'blue' }],
    [true, { message: 'sha256:0123456789ab signed', color: 'brightgreen' }],
  ])('signed=%s', (signed, expected) => {
    expect(checksumsBadge.render({ aggregate_sha256: '0123456789abcdef'.repeat(4), signed })).toEqual(expected);
  });
  it('is a valid strict Shields endpoint', async () => {
    const result = await build();
    const badge = JSON.parse(text(result.files.find((f) => f.path === 'checksums-badge.json')!.content)) as unknown;
    expect(endpointBadgeSchema.safeParse(badge).success).toBe(true);
  });
});
