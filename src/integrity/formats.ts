import { z } from 'zod';
import { canonicalJson } from '../core/json.ts';
import { fromBase64, utf8 } from './encoding.ts';

/**
 * The published integrity file formats and the exact bytes that are hashed or signed. Pure and
 * browser-safe: the CLI verifier, the build and the site's verify page all use these definitions,
 * and the README documents them byte for byte.
 */

export const CHECKSUMS_FILE = 'status/checksums.json';
export const SIGNATURE_FILE = 'status/checksums-signature.json';
export const PUBKEY_TXT_FILE = 'status/checksums-pubkey.txt';
export const PUBKEY_PEM_FILE = 'status/checksums-pubkey.pem';
export const CHECKSUMS_BADGE_FILE = 'checksums-badge.json';
export const ARCHIVE_LOG_FILE = 'archive/log.jsonl';
export const ARCHIVE_CHECKPOINT_FILE = 'archive/checkpoint';
export const ARCHIVE_PROOF_FILE = 'archive/inclusion-proof.json';

/** Files the integrity stage writes itself; they are not listed in checksums.json (they describe it). */
export const INTEGRITY_FILES: readonly string[] = [
  CHECKSUMS_FILE,
  SIGNATURE_FILE,
  PUBKEY_TXT_FILE,
  PUBKEY_PEM_FILE,
  CHECKSUMS_BADGE_FILE,
  ARCHIVE_LOG_FILE,
  ARCHIVE_CHECKPOINT_FILE,
  ARCHIVE_PROOF_FILE,
];

export const ROTATION_PURPOSE = 'govpages-key-rotation';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits (a sha256)');
const base64Of = (bytes: number) =>
  z.string().refine((text) => {
    try {
      return fromBase64(text).length === bytes;
    } catch {
      return false;
    }
  }, `canonical standard base64 of ${bytes} bytes`);

/**
 * A published path: relative, `/`-separated, no `.`/`..` segments, no backslashes or control
 * characters. Verifiers read these paths from untrusted files, so this is what keeps them inside
 * the directory being verified.
 */
export const artifactPathSchema = z
  .string()
  .min(1)
  .refine(
    (path) =>
      !path.startsWith('/') &&
      !/[\\\u0000-\u001f\u007f]/.test(path) &&
      path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    'a relative path with "/" separators and no "." or ".." segments',
  );

export const checksumsDocumentSchema = z
  .strictObject({
    checksums_format_version: z.literal(1),
    algorithm: z.literal('sha256'),
    aggregate_sha256: hex64,
    count: z.number().int().min(0),
    artifacts: z.record(artifactPathSchema, hex64),
  })
  .refine((doc) => Object.keys(doc.artifacts).length === doc.count, { message: 'count is not the number of artifacts', path: ['count'] });

export type ChecksumsDocument = z.infer<typeof checksumsDocumentSchema>;

export const previousKeySchema = z.strictObject({
  key_id: hex64,
  public_key: base64Of(32),
  /** Signature by this (old) key over the rotation payload naming the current key id. */
  endorsement: base64Of(64).optional(),
});

export type PreviousKey = z.infer<typeof previousKeySchema>;

export const signatureDocumentSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  signature_format_version: z.union([z.literal(1), z.literal(2)]),
  aggregate_sha256: hex64,
  count: z.number().int().min(0),
  key_id: hex64,
  public_key: base64Of(32),
  signature: base64Of(64),
  previous_public_keys: z.array(previousKeySchema),
});

export type SignatureDocument = z.infer<typeof signatureDocumentSchema>;
export type SignatureFormatVersion = SignatureDocument['signature_format_version'];

export interface ArtifactHash {
  path: string;
  sha256: string;
}

/** The artifacts of a checksums document as `{path, sha256}` pairs, sorted by UTF-8 bytes of the path. */
export function sortedArtifacts(artifacts: Record<string, string>): ArtifactHash[] {
  // Encode each path once, not once per comparison: this sort runs over tens of thousands of paths.
  return Object.keys(artifacts)
    .map((path) => ({ path, bytes: utf8(path) }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes))
    .map(({ path }) => ({ path, sha256: artifacts[path]! }));
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The bytes whose sha256 is `aggregate_sha256`: one line `<sha256 hex>  <path>\n` per artifact
 * (two spaces, exactly `sha256sum`'s output format), sorted by the UTF-8 bytes of the path.
 */
export function aggregateInput(artifacts: readonly ArtifactHash[]): Uint8Array {
  return utf8(artifacts.map((artifact) => `${artifact.sha256}  ${artifact.path}\n`).join(''));
}

/**
 * The exact bytes an Ed25519 checksums signature covers: RFC 8785 canonical JSON, UTF-8, no newline.
 * v1: `{"aggregate_sha256":..,"count":..}`; v2 adds `"artifacts":[{"path":..,"sha256":..},..]` sorted
 * by path.
 */
export function signedPayload(version: SignatureFormatVersion, checksums: Pick<ChecksumsDocument, 'aggregate_sha256' | 'count' | 'artifacts'>): Uint8Array {
  const base = { aggregate_sha256: checksums.aggregate_sha256, count: checksums.count };
  if (version === 1) return utf8(canonicalJson(base));
  return utf8(canonicalJson({ ...base, artifacts: sortedArtifacts(checksums.artifacts) }));
}

/** The bytes an old key signs to endorse its successor at rotation. */
export function rotationPayload(endorsedKeyId: string): Uint8Array {
  return utf8(canonicalJson({ endorsed_key_id: endorsedKeyId, purpose: ROTATION_PURPOSE }));
}
