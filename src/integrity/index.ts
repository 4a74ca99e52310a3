/** The integrity stage: checksums, Ed25519 signatures, the audit archive and verification. */
export { runIntegrity, previousArchiveEntries, defaultOrigin, type IntegrityInput, type IntegrityResult } from './run-integrity.ts';
export { verifyPublished, type VerifyOptions, type VerifyReport } from './verify.ts';
export { directorySource, memorySource, urlSource, type PublishedSource } from './sources.ts';
export { checkPublished, type VerifyProblem, type PublishedReader } from './check-published.ts';
export { verifyInBrowser, type BrowserVerifyDeps, type BrowserVerifyResult } from './browser-verify.ts';
export { signWebhookBody, verifyWebhookBody, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_KEY_ID_HEADER } from './webhook-signature.ts';
export { buildChecksums } from './checksums.ts';
export { signChecksums } from './signature.ts';
export {
  generateSigningKey,
  endorseSuccessor,
  keyId,
  parsePublicKey,
  parseSigningSeed,
  publicKeyPem,
  signingKeyFromEnv,
  SIGNING_KEY_VARIABLE,
  type SigningKey,
} from './keys.ts';
export { leafHash, nodeHash, rootHash, inclusionProof, verifyInclusion, consistencyProof, verifyConsistency } from './merkle.ts';
export { checkpointBody, parseCheckpoint, parseNote, signNote, noteKeyHash, noteVerifierKey, verifyNoteSignature, type Checkpoint } from './checkpoint.ts';
export { parseLog, serializeLog, entryBytes, entryLeafHash, appendEntry, type ArchiveEntry } from './archive.ts';
export * from './formats.ts';
