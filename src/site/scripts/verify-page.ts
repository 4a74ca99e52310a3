/** Placeholder until the browser verifier lands: reports that the check is not available. */
export function startVerifyPage(doc: Document): void {
  const root = doc.getElementById('verify-root');
  const result = doc.getElementById('verify-result');
  if (!root || !result) return;
  root.hidden = false;
  result.textContent = 'In-browser verification is not available in this build.';
}
