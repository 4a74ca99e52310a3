import { checkPublished, type VerifyProblem } from './check-published.ts';
import { fromBase64 } from './encoding.ts';
import { SIGNATURE_FILE } from './formats.ts';

/**
 * The site's "verify in your browser" page: fetches checksums.json and every artifact it lists from
 * the site itself, re-hashes them with SubtleCrypto and checks the Ed25519 signature with tweetnacl.
 * No `node:` imports; everything the page has is passed in.
 */
export interface BrowserVerifyDeps {
  fetch: typeof fetch;
  subtle: SubtleCrypto;
  nacl: { sign: { detached: { verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean } } };
}

export interface BrowserVerifyResult {
  ok: boolean;
  aggregate_sha256: string | null;
  count: number;
  checked: number;
  signature: 'valid' | 'invalid' | 'absent';
  key_id: string | null;
  problems: VerifyProblem[];
}

/**
 * @param siteRoot absolute URL of the site root, ending in `/` (e.g. `new URL(import.meta.env.BASE_URL, location.href)`)
 * @param pinnedPublicKey optional base64 public key the visitor typed in; without it the published key is used
 */
export async function verifyInBrowser(
  siteRoot: string,
  deps: BrowserVerifyDeps,
  options: { pinnedPublicKey?: string; unsigned?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<BrowserVerifyResult> {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  // The page says the build is unsigned: skip fetching the signature (a 404 only adds console
  // noise). With a pinned key it is always fetched, so the page's word is never trusted over a key.
  const skipSignature = options.unsigned === true && !options.pinnedPublicKey;
  const reader = {
    async read(path: string): Promise<Uint8Array | null> {
      if (skipSignature && path === SIGNATURE_FILE) return null;
      const response = await deps.fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), root), { cache: 'no-store' });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
  const crypto = {
    sha256: async (bytes: Uint8Array) => new Uint8Array(await deps.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
    verifyEd25519: (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) =>
      signature.length === 64 && publicKey.length === 32 && deps.nacl.sign.detached.verify(message, signature, publicKey),
  };
  const pinnedKeys = options.pinnedPublicKey ? [fromBase64(options.pinnedPublicKey.trim())] : [];
  const result = await checkPublished(reader, crypto, { pinnedKeys, concurrency: 6, onProgress: options.onProgress });
  return {
    ok: result.problems.length === 0,
    aggregate_sha256: result.checksums?.aggregate_sha256 ?? null,
    count: result.checksums?.count ?? 0,
    checked: result.checked,
    signature: result.signature ? (result.signature.ok ? 'valid' : 'invalid') : 'absent',
    key_id: result.signature?.keyId ?? null,
    problems: result.problems,
  };
}
