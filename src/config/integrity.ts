import { z } from 'zod';

/**
 * `integrity` in govpages.config.json. The signing key itself is never configured here: it comes only
 * from the `GOV_SIGNING_PRIVATE_KEY` environment variable (a CI secret).
 */
export const previousPublicKeySchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** Base64 of the retired raw 32-byte Ed25519 public key (its checksums-pubkey.txt). */
    public_key: z.string().min(1),
    /** The old key's signature endorsing the current key, from `govpages keygen --endorse`. */
    endorsement: z.string().min(1).optional(),
  }),
]);

export const integritySchema = z.strictObject({
  /** Checkpoint origin and signed-note key name; default: the site URL's host and path + `/audit`, or `govpages/audit`. */
  origin: z
    .string()
    .regex(/^[^\s+]+$/, 'no spaces and no "+" (the C2SP signed-note key name rules)')
    .optional(),
  /** 2 signs every path + hash pair; 1 only `{aggregate_sha256,count}` (the seed's legacy format). */
  signature_format_version: z.union([z.literal(1), z.literal(2)]).default(2),
  /** Keys retired by rotation, published beside the current one. */
  previous_public_keys: z.array(previousPublicKeySchema).default([]),
});

export type IntegrityConfig = z.infer<typeof integritySchema>;
