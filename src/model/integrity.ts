import { z } from 'zod';

/**
 * Section of the StatusModel for integrity: the checksum bundle, its signature and the audit
 * archive. Computed by `runIntegrity` (src/integrity/run-integrity.ts) after every other artifact,
 * so it is in the model only when a pipeline renders after signing.
 */

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256');

/** One line of the audit archive (`archive/log.jsonl`): the build's aggregate and signature. */
export const archiveEntrySchema = z.strictObject({
  aggregate_sha256: sha256Hex,
  /** The build's `now`. */
  build_time: z.string().min(1),
  commit: z.string().min(1),
  count: z.number().int().min(0),
  key_id: sha256Hex.nullable(),
  signature: z.string().nullable(),
  signature_format_version: z.union([z.literal(1), z.literal(2)]).nullable(),
});

export const integritySignatureInfoSchema = z.strictObject({
  format_version: z.union([z.literal(1), z.literal(2)]),
  /** Lowercase hex sha256 of the raw 32-byte public key. */
  key_id: sha256Hex,
  /** Base64 of the raw 32-byte public key. */
  public_key: z.string(),
  previous_key_ids: z.array(sha256Hex),
});

export const integrityArchiveInfoSchema = z.strictObject({
  /** Checkpoint origin line (also the signed-note key name). */
  origin: z.string(),
  tree_size: z.number().int().min(1),
  /** Base64 root hash, as in the checkpoint. */
  root_hash: z.string(),
  /** Index of this build's entry. */
  leaf_index: z.number().int().min(0),
  /** False when this commit with this aggregate was already in the log (a rebuild). */
  appended: z.boolean(),
  /** The published checkpoint (signed note, or only its body when the build is unsigned). */
  checkpoint: z.string(),
  /** signed-note verifier key `<name>+<hash>+<base64>`, or null when unsigned. */
  verifier_key: z.string().nullable(),
  entries: z.array(archiveEntrySchema),
});

export const integritySectionSchema = z.strictObject({
  /** `status/checksums.json` */
  checksums_file: z.string(),
  aggregate_sha256: sha256Hex,
  artifact_count: z.number().int().min(0),
  signed: z.boolean(),
  signature: integritySignatureInfoSchema.nullable(),
  archive: integrityArchiveInfoSchema,
});

export type ArchiveEntry = z.infer<typeof archiveEntrySchema>;
export type IntegritySignatureInfo = z.infer<typeof integritySignatureInfoSchema>;
export type IntegrityArchiveInfo = z.infer<typeof integrityArchiveInfoSchema>;
export type IntegritySection = z.infer<typeof integritySectionSchema>;
