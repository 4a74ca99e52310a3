import type { z } from 'zod';
import { compareStrings } from '../core/compare.ts';
import { GovpagesError } from '../core/errors.ts';
import { stableJson } from '../core/json.ts';
import { badgeFileContent } from '../model/badge.ts';
import type { ArchiveEntry } from '../model/integrity.ts';
import { entryLeafHash, inclusionProofFileSchema, parseLog } from './archive.ts';
import { checkPublished, type VerifyProblem } from './check-published.ts';
import { type Checkpoint, parseCheckpoint, parseNote, verifyNoteSignature } from './checkpoint.ts';
import { checksumsBadgeEndpoint } from './checksums-badge.ts';
import { fromBase64, fromHex, fromUtf8, toBase64, toHex } from './encoding.ts';
import {
  ARCHIVE_CHECKPOINT_FILE,
  ARCHIVE_LOG_FILE,
  ARCHIVE_PROOF_FILE,
  CHECKSUMS_BADGE_FILE,
  INTEGRITY_FILES,
  PUBKEY_PEM_FILE,
  PUBKEY_TXT_FILE,
  type SignatureDocument,
} from './formats.ts';
import { publicKeyPem } from './keys.ts';
import { consistencyProof, rootHash, verifyConsistency, verifyInclusion } from './merkle.ts';
import { nodeCrypto } from './signature.ts';
import type { PublishedSource } from './sources.ts';

export interface VerifyOptions {
  /** Keys the verifier trusts (`--pubkey`); empty means trust the key shipped beside the files. */
  pinnedKeys: readonly Uint8Array[];
  /** Check the audit archive: log, checkpoint, inclusion of this build. */
  archive: boolean;
  /** An older checkpoint the verifier kept, to check the log only grew since. */
  oldCheckpoint?: { text: string; file: string } | undefined;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface VerifyReport {
  ok: boolean;
  source: string;
  aggregate_sha256: string | null;
  count: number;
  checked: number;
  signature: { status: 'valid' | 'invalid' | 'absent'; format_version: 1 | 2 | null; key_id: string | null; trust: string | null };
  archive: { tree_size: number; leaf_index: number; consistent_from: number | null } | null;
  problems: VerifyProblem[];
  notes: string[];
}

/**
 * `govpages verify`: every check a downstream auditor needs, returning a report that names each
 * culprit file. Problems with the published files are findings (exit 1); only an unreadable source
 * or bad arguments throw (exit 2).
 */
export async function verifyPublished(source: PublishedSource, options: VerifyOptions): Promise<VerifyReport> {
  const published = await checkPublished(source, nodeCrypto, {
    pinnedKeys: options.pinnedKeys,
    concurrency: options.concurrency ?? 32,
    onProgress: options.onProgress,
  });
  const problems = [...published.problems];
  const notes: string[] = [];

  const listed = await source.list();
  if (listed && published.checksums) {
    const known = new Set([...Object.keys(published.checksums.artifacts), ...INTEGRITY_FILES]);
    for (const path of listed) if (!known.has(path)) problems.push({ file: path, kind: 'extra', message: 'published but not listed in checksums.json' });
  } else if (!listed) {
    notes.push('extra files cannot be detected over HTTP (no directory listing); verify a local copy to check for them');
  }

  const signatureDoc = published.signatureDocument;
  if (signatureDoc) await checkPublishedKeys(source, signatureDoc, problems);
  if (published.checksums) await checkBadge(source, published.checksums.aggregate_sha256, signatureDoc !== null, problems);
  if (published.signature?.trust === 'unpinned') {
    notes.push('signing key not pinned: the signature only shows the files agree with the key published beside them; pass --pubkey to pin the key you trust');
  }
  if (published.signature?.trust === 'endorsed-by-pinned') {
    notes.push(`signed by a new key ${published.signature.keyId.slice(0, 16)} that your pinned key endorsed at rotation; pin the new key`);
  }
  if (!signatureDoc && options.pinnedKeys.length === 0) notes.push('the build is not signed');

  let archive: VerifyReport['archive'] = null;
  if ((options.archive || options.oldCheckpoint) && published.checksums) {
    archive = await checkArchive(source, published.checksums.aggregate_sha256, signatureDoc, options, problems);
  }

  problems.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.message, b.message));
  const signature = published.signature;
  return {
    ok: problems.length === 0,
    source: source.label,
    aggregate_sha256: published.checksums?.aggregate_sha256 ?? null,
    count: published.checksums?.count ?? 0,
    checked: published.checked,
    signature: {
      status: signature ? (signature.ok ? 'valid' : 'invalid') : 'absent',
      format_version: signature?.formatVersion ?? null,
      key_id: signature?.keyId ?? null,
      trust: signature?.trust ?? null,
    },
    archive,
    problems,
    notes,
  };
}

/** checksums-pubkey.txt and .pem must hold the key the signature file names. */
async function checkPublishedKeys(source: PublishedSource, signature: SignatureDocument, problems: VerifyProblem[]): Promise<void> {
  const expected = { [PUBKEY_TXT_FILE]: `${signature.public_key}\n`, [PUBKEY_PEM_FILE]: publicKeyPem(fromBase64(signature.public_key)) };
  for (const [file, text] of Object.entries(expected)) {
    const bytes = await source.read(file);
    if (bytes === null) problems.push({ file, kind: 'missing', message: 'the build is signed but its public key file is not published' });
    else if (!sameText(bytes, text)) problems.push({ file, kind: 'changed', message: 'does not hold the public key of checksums-signature.json' });
  }
}

/** checksums-badge.json is a pure function of the aggregate and the signed flag: check its bytes. */
async function checkBadge(source: PublishedSource, aggregate: string, signed: boolean, problems: VerifyProblem[]): Promise<void> {
  const bytes = await source.read(CHECKSUMS_BADGE_FILE);
  const expected = badgeFileContent(checksumsBadgeEndpoint({ aggregate_sha256: aggregate, signed }));
  if (bytes === null) problems.push({ file: CHECKSUMS_BADGE_FILE, kind: 'missing', message: 'the checksums badge is not published' });
  else if (!sameText(bytes, expected)) problems.push({ file: CHECKSUMS_BADGE_FILE, kind: 'changed', message: 'does not show the aggregate of checksums.json' });
}

async function checkArchive(
  source: PublishedSource,
  aggregate: string,
  signature: SignatureDocument | null,
  options: VerifyOptions,
  problems: VerifyProblem[],
): Promise<VerifyReport['archive']> {
  const fail = (file: string, message: string) => {
    problems.push({ file, kind: 'archive', message });
    return null;
  };
  const [logBytes, checkpointBytes, proofBytes] = await Promise.all(
    [ARCHIVE_LOG_FILE, ARCHIVE_CHECKPOINT_FILE, ARCHIVE_PROOF_FILE].map((file) => source.read(file)),
  );
  if (!logBytes) return fail(ARCHIVE_LOG_FILE, 'the audit log is not published');
  if (!checkpointBytes) return fail(ARCHIVE_CHECKPOINT_FILE, 'the checkpoint is not published');
  if (!proofBytes) return fail(ARCHIVE_PROOF_FILE, 'the inclusion proof is not published');

  let entries: ArchiveEntry[];
  try {
    entries = parseLog(fromUtf8(logBytes), ARCHIVE_LOG_FILE);
  } catch (error) {
    const where = error instanceof GovpagesError && error.location.where ? `${error.location.where}: ` : '';
    return fail(ARCHIVE_LOG_FILE, `${where}${error instanceof GovpagesError ? error.message : 'not UTF-8'}`);
  }

  const publicKey = signature ? fromBase64(signature.public_key) : null;
  const current = readCheckpoint(checkpointBytes, ARCHIVE_CHECKPOINT_FILE, publicKey, problems);
  if (!current) return null;

  const leaves = entries.map(entryLeafHash);
  const root = rootHash(leaves);
  if (current.size !== leaves.length || toBase64(root) !== toBase64(current.rootHash)) {
    return fail(
      ARCHIVE_LOG_FILE,
      `the log (${leaves.length} entries) does not hash to the tree head in ${ARCHIVE_CHECKPOINT_FILE} (size ${current.size}): the log was rewritten or truncated`,
    );
  }

  let proof: z.infer<typeof inclusionProofFileSchema>;
  try {
    const text = fromUtf8(proofBytes);
    proof = inclusionProofFileSchema.parse(JSON.parse(text));
    if (stableJson(proof) !== text) throw new Error('not canonical');
  } catch {
    return fail(ARCHIVE_PROOF_FILE, 'not a valid inclusion proof file');
  }
  const entry = entries[proof.leaf_index];
  if (!entry || entry.aggregate_sha256 !== aggregate)
    return fail(ARCHIVE_PROOF_FILE, `leaf ${proof.leaf_index} is not the entry of this build (aggregate ${aggregate.slice(0, 12)})`);
  if (proof.tree_size !== current.size || proof.leaf_hash !== toHex(leaves[proof.leaf_index]!))
    return fail(ARCHIVE_PROOF_FILE, 'leaf hash or tree size does not match the log and checkpoint');
  if (!verifyInclusion(proof.leaf_index, proof.tree_size, fromHex(proof.leaf_hash), proof.hashes.map(fromHex), current.rootHash)) {
    return fail(ARCHIVE_PROOF_FILE, 'the inclusion proof does not lead to the checkpoint root (RFC 9162 2.1.3.2)');
  }

  let consistentFrom: number | null = null;
  if (options.oldCheckpoint) {
    // An old checkpoint may predate a key rotation: a pinned key, or a previous key that endorsed the
    // current one (checkSignature has already failed the build if an endorsement is invalid), counts.
    const endorsed = (signature?.previous_public_keys ?? []).filter((key) => key.endorsement !== undefined).map((key) => fromBase64(key.public_key));
    const old = readCheckpoint(new TextEncoder().encode(options.oldCheckpoint.text), options.oldCheckpoint.file, publicKey, problems, [
      ...options.pinnedKeys,
      ...endorsed,
    ]);
    if (!old) return null;
    if (old.origin !== current.origin) return fail(ARCHIVE_CHECKPOINT_FILE, `origin "${current.origin}" differs from the old checkpoint's "${old.origin}"`);
    if (old.size > current.size)
      return fail(ARCHIVE_LOG_FILE, `the log shrank from ${old.size} to ${current.size} entries since the old checkpoint: it was truncated`);
    if (old.size > 0) {
      const proofHashes = consistencyProof(old.size, leaves);
      if (!verifyConsistency(old.size, current.size, proofHashes, old.rootHash, current.rootHash)) {
        return fail(
          ARCHIVE_LOG_FILE,
          `the first ${old.size} entries no longer hash to the old checkpoint's root: the archive was rewritten (RFC 9162 2.1.4.2 consistency proof fails)`,
        );
      }
    }
    consistentFrom = old.size;
  }
  return { tree_size: current.size, leaf_index: proof.leaf_index, consistent_from: consistentFrom };
}

/** Parses a checkpoint note. When the build is signed, the note must carry a valid signature by the build's key or `extraKeys`. */
function readCheckpoint(
  bytes: Uint8Array,
  file: string,
  publicKey: Uint8Array | null,
  problems: VerifyProblem[],
  extraKeys: readonly Uint8Array[] = [],
): Checkpoint | null {
  try {
    const note = parseNote(fromUtf8(bytes));
    const checkpoint = parseCheckpoint(note.text);
    if (publicKey) {
      const keys = [publicKey, ...extraKeys];
      if (!keys.some((key) => verifyNoteSignature(note, checkpoint.origin, key))) {
        problems.push({ file, kind: 'signature', message: `no valid signature by "${checkpoint.origin}" with the build's key` });
        return null;
      }
    } else if (note.signatures.length > 0) {
      problems.push({ file, kind: 'archive', message: 'the checkpoint is signed but the build is not' });
      return null;
    }
    return checkpoint;
  } catch (error) {
    problems.push({ file, kind: 'archive', message: `not a checkpoint note: ${(error as Error).message}` });
    return null;
  }
}

function sameText(bytes: Uint8Array, text: string): boolean {
  try {
    return fromUtf8(bytes) === text;
  } catch {
    return false;
  }
}
