import type { IntegrityConfig } from '../config/integrity.ts';
import { InputError } from '../core/errors.ts';
import { stableJson } from '../core/json.ts';
import type { StateFiles } from '../git/index.ts';
import { badgeFileContent } from '../model/badge.ts';
import type { ArchiveEntry, IntegritySection } from '../model/integrity.ts';
import type { OutputFile } from '../model/output-file.ts';
import type { Check, PublishedBadge } from '../model/status-model.ts';
import { ARCHIVE_STATE_FILE, appendEntry, entryLeafHash, inclusionProofFile, parseLog, serializeLog } from './archive.ts';
import { checkpointBody, noteVerifierKey, signNote } from './checkpoint.ts';
import { buildChecksums } from './checksums.ts';
import { checksumsBadgeEndpoint } from './checksums-badge.ts';
import { bytesEqual, fromBase64, toBase64 } from './encoding.ts';
import {
  ARCHIVE_CHECKPOINT_FILE,
  ARCHIVE_LOG_FILE,
  ARCHIVE_PROOF_FILE,
  CHECKSUMS_BADGE_FILE,
  CHECKSUMS_FILE,
  type PreviousKey,
  PUBKEY_PEM_FILE,
  PUBKEY_TXT_FILE,
  rotationPayload,
  SIGNATURE_FILE,
} from './formats.ts';
import { keyId, parsePublicKey, publicKeyPem, type SigningKey, signingKeyFromEnv } from './keys.ts';
import { inclusionProof, rootHash } from './merkle.ts';
import { nodeCrypto, signChecksums } from './signature.ts';

export interface IntegrityInput {
  /** Everything published, except the integrity files themselves. */
  files: readonly OutputFile[];
  previousState: StateFiles;
  env: NodeJS.ProcessEnv;
  /** ISO 8601 UTC; recorded as the archive entry's build_time. */
  now: string;
  commit: string;
  config: IntegrityConfig;
  /** `site.url`, used for the default checkpoint origin. */
  siteUrl?: string | undefined;
  /** The state branch `previousState` came from, to name a damaged log as `<branch>:archive/log.jsonl`. */
  stateBranch?: string;
}

export interface IntegrityResult {
  /** The integrity files to add to the output directory. */
  files: OutputFile[];
  section: IntegritySection;
  /** New state-branch files (`archive/log.jsonl`). */
  state: Record<string, string>;
  checks: Check[];
  badges: PublishedBadge[];
}

/**
 * The last build stage: hashes every published file, signs the bundle when `GOV_SIGNING_PRIVATE_KEY`
 * is set, appends the build to the audit archive and publishes a checkpoint of it. Deterministic:
 * Ed25519 signatures are deterministic and nothing here reads a clock or randomness.
 */
export async function runIntegrity(input: IntegrityInput): Promise<IntegrityResult> {
  const checksums = buildChecksums(input.files);
  const key = signingKeyFromEnv(input.env);
  const previousKeys = key ? resolvePreviousKeys(input.config, key) : [];
  const signature = key ? signChecksums(checksums, key, input.config.signature_format_version, previousKeys) : null;

  const previousLog = input.previousState.get(ARCHIVE_STATE_FILE) ?? '';
  const entry: ArchiveEntry = {
    aggregate_sha256: checksums.aggregate_sha256,
    build_time: input.now,
    commit: input.commit,
    count: checksums.count,
    key_id: signature?.key_id ?? null,
    signature: signature?.signature ?? null,
    signature_format_version: signature?.signature_format_version ?? null,
  };
  const log = appendEntry(parseLog(previousLog, `${input.stateBranch ?? 'state branch'}:${ARCHIVE_STATE_FILE}`), entry);
  const leaves = log.entries.map(entryLeafHash);
  const root = rootHash(leaves);
  const origin = input.config.origin ?? defaultOrigin(input.siteUrl);
  const body = checkpointBody({ origin, size: leaves.length, rootHash: root });
  const checkpoint = key ? signNote(body, origin, key) : body;
  const proof = inclusionProofFile(log.index, leaves.length, leaves[log.index]!, inclusionProof(log.index, leaves));
  const logText = serializeLog(log.entries);

  const badge = checksumsBadgeEndpoint({ aggregate_sha256: checksums.aggregate_sha256, signed: key !== null });

  const files: OutputFile[] = [
    { path: CHECKSUMS_FILE, content: stableJson(checksums) },
    { path: CHECKSUMS_BADGE_FILE, content: badgeFileContent(badge) },
    { path: ARCHIVE_LOG_FILE, content: logText },
    { path: ARCHIVE_CHECKPOINT_FILE, content: checkpoint },
    { path: ARCHIVE_PROOF_FILE, content: stableJson(proof) },
  ];
  if (key && signature) {
    files.push(
      { path: SIGNATURE_FILE, content: stableJson(signature) },
      { path: PUBKEY_TXT_FILE, content: `${toBase64(key.publicKey)}\n` },
      { path: PUBKEY_PEM_FILE, content: publicKeyPem(key.publicKey) },
    );
  }

  const section: IntegritySection = {
    checksums_file: CHECKSUMS_FILE,
    aggregate_sha256: checksums.aggregate_sha256,
    artifact_count: checksums.count,
    signed: signature !== null,
    signature: signature && {
      format_version: signature.signature_format_version,
      key_id: signature.key_id,
      public_key: signature.public_key,
      previous_key_ids: previousKeys.map((previous) => previous.key_id),
    },
    archive: {
      origin,
      tree_size: leaves.length,
      root_hash: toBase64(root),
      leaf_index: log.index,
      appended: log.appended,
      checkpoint,
      verifier_key: key ? noteVerifierKey(origin, key.publicKey) : null,
      entries: log.entries,
    },
  };
  const checks: Check[] = [
    {
      id: 'integrity.checksums',
      kind: 'integrity',
      title: 'Checksum bundle',
      status: 'pass',
      message: `${checksums.count} artifacts, aggregate sha256 ${checksums.aggregate_sha256.slice(0, 12)}`,
    },
    {
      id: 'integrity.signature',
      kind: 'integrity',
      title: 'Signature',
      status: signature ? 'pass' : 'warn',
      message: signature
        ? `Ed25519 format v${signature.signature_format_version}, key ${signature.key_id.slice(0, 16)}`
        : 'unsigned: set GOV_SIGNING_PRIVATE_KEY (from govpages keygen) to sign the checksum bundle',
    },
  ];
  return {
    files,
    section,
    state: { [ARCHIVE_STATE_FILE]: logText },
    checks,
    badges: [{ file: CHECKSUMS_BADGE_FILE, kind: 'integrity', endpoint: badge }],
  };
}

export function defaultOrigin(siteUrl: string | undefined): string {
  if (!siteUrl) return 'govpages/audit';
  const url = new URL(siteUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}/audit`;
}

function resolvePreviousKeys(config: IntegrityConfig, current: SigningKey): PreviousKey[] {
  return config.previous_public_keys.map((item, index) => {
    const where = `$.integrity.previous_public_keys[${index}]`;
    const spec = typeof item === 'string' ? { public_key: item } : item;
    const publicKey = configKey(() => parsePublicKey(spec.public_key, 'govpages.config.json'), `${where}.public_key`);
    // A seed pasted where a public key belongs would be published: refuse it (without echoing it).
    if (bytesEqual(publicKey, current.seed)) {
      throw new InputError('this is the private signing seed, not a public key: remove it from the config (it must never be published) and rotate the key', {
        file: 'govpages.config.json',
        where: `${where}.public_key`,
      });
    }
    const previous: PreviousKey = { key_id: keyId(publicKey), public_key: toBase64(publicKey) };
    if (spec.endorsement !== undefined) {
      let valid = false;
      try {
        valid = nodeCrypto.verifyEd25519(rotationPayload(current.keyId), fromBase64(spec.endorsement), publicKey);
      } catch {
        valid = false;
      }
      if (!valid)
        throw new InputError(
          `endorsement is not this old key's signature of the current signing key ${current.keyId.slice(0, 16)} (make it with 'govpages keygen --endorse')`,
          { file: 'govpages.config.json', where: `${where}.endorsement` },
        );
      previous.endorsement = spec.endorsement;
    }
    return previous;
  });
}

/** A key read from the config: its errors name the config file and the key's JSON path. */
function configKey<T>(read: () => T, where: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message, { file: 'govpages.config.json', where });
    throw error;
  }
}
