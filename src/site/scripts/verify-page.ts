import nacl from 'tweetnacl';
import { type BrowserVerifyResult, verifyInBrowser } from '../../integrity/browser-verify.ts';

/**
 * The verify page: re-hashes every published artifact with SubtleCrypto and checks the Ed25519
 * signature with tweetnacl, all against files fetched from this site only. Results are written with
 * textContent. `data-verify-state` on the root (`running`, `ok`, `failed`) lets tests and scripts wait for it.
 */
export function startVerifyPage(doc: Document): void {
  const root = doc.getElementById('verify-root');
  const result = doc.getElementById('verify-result');
  const list = doc.getElementById('verify-files');
  const button = doc.getElementById('verify-run') as HTMLButtonElement | null;
  const keyInput = doc.getElementById('verify-key') as HTMLInputElement | null;
  if (!root || !result || !list) return;
  root.hidden = false;
  const siteRoot = new URL(root.dataset.base ?? '/', doc.location.href).href;

  const run = async () => {
    root.dataset.verifyState = 'running';
    result.className = 'result tone-neutral';
    result.textContent = 'Verifying…';
    list.replaceChildren();
    if (button) button.disabled = true;
    try {
      const outcome = await verifyInBrowser(
        siteRoot,
        { fetch: window.fetch.bind(window), subtle: window.crypto.subtle, nacl },
        {
          pinnedPublicKey: keyInput?.value.trim() || undefined,
          unsigned: root.dataset.signed === 'false',
          onProgress: (done, total) => {
            result.textContent = `Verifying… ${done} of ${total} artifacts`;
          },
        },
      );
      show(doc, outcome, result, list);
      root.dataset.verifyState = outcome.ok ? 'ok' : 'failed';
    } catch (error) {
      result.className = 'result tone-bad';
      result.textContent = `Verification could not run: ${error instanceof Error ? error.message : String(error)}`;
      root.dataset.verifyState = 'failed';
    } finally {
      if (button) button.disabled = false;
    }
  };
  button?.addEventListener('click', () => void run());
  void run();
}

function show(doc: Document, outcome: BrowserVerifyResult, result: HTMLElement, list: HTMLElement): void {
  const signature =
    outcome.signature === 'valid'
      ? `Ed25519 signature valid (key ${outcome.key_id?.slice(0, 16) ?? '?'}…)`
      : outcome.signature === 'invalid'
        ? 'Ed25519 signature INVALID'
        : 'the bundle is not signed';
  if (outcome.ok) {
    result.className = 'result tone-good';
    result.textContent = `Verified: ${outcome.checked} of ${outcome.count} artifacts match status/checksums.json (aggregate ${outcome.aggregate_sha256?.slice(0, 16)}…); ${signature}.`;
  } else {
    result.className = 'result tone-bad';
    result.textContent = `Verification FAILED: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}; ${signature}.`;
  }
  for (const problem of outcome.problems) {
    const tr = doc.createElement('tr');
    const file = doc.createElement('td');
    file.className = 'mono';
    file.textContent = problem.file;
    const message = doc.createElement('td');
    message.textContent = `${problem.kind}: ${problem.message}`;
    tr.append(file, message);
    list.append(tr);
  }
  if (outcome.problems.length === 0) {
    const tr = doc.createElement('tr');
    const td = doc.createElement('td');
    td.colSpan = 2;
    td.textContent = `All ${outcome.checked} artifacts match.`;
    tr.append(td);
    list.append(tr);
  }
}
