import { z } from 'zod';

/**
 * `integrity` in govpages.config.json. The signing key itself is never configured here: it comes only
 * from the `GOV_SIGNING_PRIVATE_KEY` environment variable (a CI secret).
 */
export const previousPublicKeySchema = z.union([
  z.string().min(1),
  z.strictObject({
    public_key: z.string().min(1).describe('Base64 of the retired raw 32-byte Ed25519 public key (its checksums-pubkey.txt).'),
    endorsement: z.string().min(1).optional().describe("The old key's signature endorsing the current key, from `govpages keygen --endorse`."),
  }),
]);

export const integritySchema = z.strictObject({
  origin: z
    .string()
    .regex(/^[^\s+]+$/, 'no spaces and no "+" (the C2SP signed-note key name rules)')
    .optional()
    .describe("Checkpoint origin and signed-note key name; unset: the site URL's host and path + `/audit`, else `govpages/audit`."),
  signature_format_version: z
    .union([z.literal(1), z.literal(2)])
    .default(2)
    .describe("2 signs every path + hash pair; 1 only `{aggregate_sha256,count}` (the seed's legacy format)."),
  previous_public_keys: z
    .array(previousPublicKeySchema)
    .default([])
    .describe('Keys retired by rotation, published beside the current one: base64 strings, or objects with an endorsement.'),
});

export type IntegrityConfig = z.infer<typeof integritySchema>;
