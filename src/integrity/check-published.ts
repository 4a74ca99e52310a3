import { compareStrings } from '../core/compare.ts';
import { stableJson } from '../core/json.ts';
import { fromUtf8, toHex } from './encoding.ts';
import {
  aggregateInput,
  CHECKSUMS_FILE,
  type ChecksumsDocument,
  checksumsDocumentSchema,
  SIGNATURE_FILE,
  type SignatureDocument,
  signatureDocumentSchema,
  sortedArtifacts,
} from './formats.ts';
import { type CryptoDeps, checkSignature, type SignatureCheck } from './signature-check.ts';

/**
 * The checks every verifier makes: re-hash each artifact listed in checksums.json, recompute the
 * aggregate, check the signature. Browser-safe: the reader and the crypto are injected, so the CLI
 * (directory or URL) and the site's verify page run the same code.
 */

export interface PublishedReader {
  /** The file's bytes, or null when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
}

export type ProblemKind = 'missing' | 'changed' | 'extra' | 'invalid' | 'signature' | 'archive';

export interface VerifyProblem {
  file: string;
  kind: ProblemKind;
  message: string;
}

export interface PublishedCheck {
  problems: VerifyProblem[];
  checksums: ChecksumsDocument | null;
  signatureDocument: SignatureDocument | null;
  signature: SignatureCheck | null;
  checked: number;
}

export interface CheckOptions {
  pinnedKeys: readonly Uint8Array[];
  /** Parallel reads; URLs want a few, local files many. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function checkPublished(reader: PublishedReader, deps: CryptoDeps, options: CheckOptions): Promise<PublishedCheck> {
  const problems: VerifyProblem[] = [];
  const result: PublishedCheck = { problems, checksums: null, signatureDocument: null, signature: null, checked: 0 };
  const checksums = await readJsonFile(reader, CHECKSUMS_FILE, checksumsDocumentSchema.safeParse.bind(checksumsDocumentSchema), problems);
  if (!checksums) return result;
  result.checksums = checksums;

  const artifacts = sortedArtifacts(checksums.artifacts);
  const aggregate = toHex(await deps.sha256(aggregateInput(artifacts)));
  if (aggregate !== checksums.aggregate_sha256) {
    problems.push({ file: CHECKSUMS_FILE, kind: 'invalid', message: `aggregate_sha256 is not the sha256 of the listed hashes (recomputed ${aggregate})` });
  }

  let next = 0;
  const worker = async () => {
    while (next < artifacts.length) {
      const artifact = artifacts[next++]!;
      const bytes = await reader.read(artifact.path);
      result.checked++;
      options.onProgress?.(result.checked, artifacts.length);
      if (bytes === null) {
        problems.push({ file: artifact.path, kind: 'missing', message: 'listed in checksums.json but not published' });
        continue;
      }
      const actual = toHex(await deps.sha256(bytes));
      if (actual !== artifact.sha256)
        problems.push({ file: artifact.path, kind: 'changed', message: `sha256 is ${actual}, checksums.json says ${artifact.sha256}` });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));

  const signatureDocument = await readJsonFile(reader, SIGNATURE_FILE, signatureDocumentSchema.safeParse.bind(signatureDocumentSchema), problems, true);
  if (signatureDocument) {
    result.signatureDocument = signatureDocument;
    result.signature = await checkSignature(checksums, signatureDocument, options.pinnedKeys, deps);
    for (const message of result.signature.problems) problems.push({ file: SIGNATURE_FILE, kind: 'signature', message });
  } else if (options.pinnedKeys.length > 0 && !problems.some((p) => p.file === SIGNATURE_FILE)) {
    problems.push({ file: SIGNATURE_FILE, kind: 'missing', message: 'a key is pinned but the build is not signed' });
  }
  problems.sort((a, b) => compareStrings(a.file, b.file));
  return result;
}

type SafeParse<T> = (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/**
 * Reads one of the integrity JSON files. Besides the schema, the bytes must be exactly the form
 * govpages writes, so that no byte of the file can change without verify noticing.
 */
async function readJsonFile<T>(reader: PublishedReader, file: string, parse: SafeParse<T>, problems: VerifyProblem[], optional = false): Promise<T | null> {
  const bytes = await reader.read(file);
  if (bytes === null) {
    if (!optional) problems.push({ file, kind: 'missing', message: 'not published, so nothing can be verified' });
    return null;
  }
  let text: string;
  let value: unknown;
  try {
    text = fromUtf8(bytes);
    value = JSON.parse(text);
  } catch {
    problems.push({ file, kind: 'invalid', message: 'not UTF-8 JSON' });
    return null;
  }
  const parsed = parse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    problems.push({ file, kind: 'invalid', message: `$.${issue.path.map(String).join('.')}: ${issue.message}` });
    return null;
  }
  if (stableJson(parsed.data) !== text) {
    problems.push({
      file,
      kind: 'invalid',
      message: 'not byte-identical to its canonical form (sorted keys, two-space indent, trailing newline): the file was edited',
    });
    return null;
  }
  return parsed.data;
}
