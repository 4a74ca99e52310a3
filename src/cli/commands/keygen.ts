import { randomBytes } from 'node:crypto';
import { UsageError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import { toBase64 } from '../../integrity/encoding.ts';
import { endorseSuccessor, generateSigningKey, publicKeyPem, SIGNING_KEY_VARIABLE, signingKeyFromEnv } from '../../integrity/index.ts';
import type { Command } from '../command.ts';

const usage = `usage: govpages keygen [--json] [--endorse]

Makes an Ed25519 key pair for signing the checksum bundle. Store the private seed as the CI secret
${SIGNING_KEY_VARIABLE}; publish nothing else: the build publishes the public key itself.

  --json     print {"private_key_seed","public_key","public_key_pem","key_id"} as JSON
  --endorse  key rotation: with the OLD seed in ${SIGNING_KEY_VARIABLE}, also print the
             integrity.previous_public_keys entry in which the old key endorses the new one`;

const command: Command = {
  name: 'keygen',
  usage,
  options: { json: { type: 'boolean' }, endorse: { type: 'boolean' } },
  async run(args, io) {
    const previous = args.values.endorse ? signingKeyFromEnv(io.env) : null;
    if (args.values.endorse && !previous) throw new UsageError(`--endorse needs the old key in ${SIGNING_KEY_VARIABLE}`);
    // The only randomness in govpages: a key pair cannot be derived from the build's inputs.
    const key = generateSigningKey(new Uint8Array(randomBytes(32)));
    const endorsement = previous ? endorseSuccessor(previous, key.keyId) : null;
    const result = {
      private_key_seed: toBase64(key.seed),
      public_key: toBase64(key.publicKey),
      public_key_pem: publicKeyPem(key.publicKey),
      key_id: key.keyId,
      ...(endorsement ? { previous_public_keys_entry: { public_key: endorsement.public_key, endorsement: endorsement.endorsement } } : {}),
    };
    if (args.values.json) {
      io.stdout(stableJson(result));
      return 0;
    }
    const lines = [
      `${SIGNING_KEY_VARIABLE}=${result.private_key_seed}`,
      '  (secret: store it as a CI secret; never commit it or paste it into a config file)',
      '',
      `public key (checksums-pubkey.txt): ${result.public_key}`,
      `key id (sha256 of the public key): ${result.key_id}`,
      '',
      result.public_key_pem.trimEnd(),
    ];
    if (endorsement) {
      lines.push(
        '',
        'Add to govpages.config.json so verifiers that pinned the old key accept the new one:',
        JSON.stringify({ integrity: { previous_public_keys: [result.previous_public_keys_entry] } }, null, 2),
      );
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};

export default command;
