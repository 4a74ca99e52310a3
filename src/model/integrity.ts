/**
 * Section of the StatusModel for integrity: the checksum bundle, its signature and the audit
 * archive. Computed by `runIntegrity` (src/integrity/run-integrity.ts) after every other artifact.
 */
export interface IntegritySection {
  /** `status/checksums.json` */
  checksums_file: string;
  aggregate_sha256: string;
  artifact_count: number;
  signed: boolean;
  signature: IntegritySignatureInfo | null;
  archive: IntegrityArchiveInfo;
}

export interface IntegritySignatureInfo {
  format_version: 1 | 2;
  /** Lowercase hex sha256 of the raw 32-byte public key. */
  key_id: string;
  /** Base64 of the raw 32-byte public key. */
  public_key: string;
  previous_key_ids: string[];
}

export interface IntegrityArchiveInfo {
  /** Checkpoint origin line (also the signed-note key name). */
  origin: string;
  tree_size: number;
  /** Base64 root hash, as in the checkpoint. */
  root_hash: string;
  /** Index of this build's entry. */
  leaf_index: number;
  /** False when this commit with this aggregate was already in the log (a rebuild). */
  appended: boolean;
  /** The published checkpoint (signed note, or only its body when the build is unsigned). */
  checkpoint: string;
  /** signed-note verifier key `<name>+<hash>+<base64>`, or null when unsigned. */
  verifier_key: string | null;
  entries: ArchiveEntryView[];
}

export interface ArchiveEntryView {
  aggregate_sha256: string;
  build_time: string;
  commit: string;
  count: number;
  key_id: string | null;
  signature: string | null;
  signature_format_version: 1 | 2 | null;
}
