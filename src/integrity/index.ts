/** The integrity stage: checksums, Ed25519 signatures, the audit archive and verification. */

export { appendEntry, entryBytes, entryLeafHash, logExtends, parseLog, serializeLog } from './archive.ts';
export { type BrowserVerifyDeps, type BrowserVerifyResult, verifyInBrowser } from './browser-verify.ts';
export { checkPublished, type PublishedReader, type VerifyProblem } from './check-published.ts';
export { type Checkpoint, checkpointBody, noteKeyHash, noteVerifierKey, parseCheckpoint, parseNote, signNote, verifyNoteSignature } from './checkpoint.ts';
export { buildChecksums } from './checksums.ts';
export * from './formats.ts';
export {
  endorseSuccessor,
  generateSigningKey,
  keyId,
  parsePublicKey,
  parseSigningSeed,
  publicKeyPem,
  SIGNING_KEY_VARIABLE,
  type SigningKey,
  signingKeyFromEnv,
} from './keys.ts';
export { consistencyProof, inclusionProof, leafHash, nodeHash, rootHash, verifyConsistency, verifyInclusion } from './merkle.ts';
export { defaultOrigin, type IntegrityInput, type IntegrityResult, runIntegrity } from './run-integrity.ts';
export { signChecksums } from './signature.ts';
export { directorySource, memorySource, type PublishedSource } from './sources.ts';
export { URL_FILE_LIMIT_BYTES, URL_TOTAL_LIMIT_BYTES, URL_TOTAL_TIMEOUT_MS, type UrlLimits, urlSource } from './url-source.ts';
export { type VerifyOptions, type VerifyReport, verifyPublished } from './verify.ts';
export { signWebhookBody, verifyWebhookBody, WEBHOOK_KEY_ID_HEADER, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature.ts';
