/**
 * Fills the integrity page from the published files (they are written after the pages, so the page
 * cannot contain them). Every value is set with textContent: the files are data, never markup.
 */
export function startIntegrityPage(doc: Document, fetchFn: typeof fetch, href: string): void {
  const root = doc.getElementById('integrity-live');
  if (!root) return;
  const siteRoot = new URL(root.dataset.base ?? '/', href);
  const set = (field: string, text: string) => {
    const element = root.querySelector(`[data-field="${field}"]`);
    if (element) element.textContent = text;
  };
  const get = async (path: string): Promise<string | null> => {
    const response = await fetchFn(new URL(path, siteRoot), { cache: 'no-store' });
    return response.ok ? response.text() : null;
  };
  root.hidden = false;
  void (async () => {
    const [checksumsText, signatureText, logText, checkpointText] = await Promise.all([
      get('status/checksums.json'),
      // An unsigned build has no signature file: asking for it would only log a 404.
      root.dataset.signed === 'false' ? Promise.resolve(null) : get('status/checksums-signature.json'),
      get('archive/log.jsonl'),
      get('archive/checkpoint'),
    ]);
    if (checksumsText) {
      const checksums = JSON.parse(checksumsText) as { aggregate_sha256: string; count: number; artifacts: Record<string, string> };
      set('aggregate', checksums.aggregate_sha256);
      set('count', String(checksums.count));
      const body = doc.getElementById('artifact-rows');
      for (const path of Object.keys(checksums.artifacts).sort()) body?.append(row(doc, [path, checksums.artifacts[path]!], [false, true]));
    } else {
      set('aggregate', 'status/checksums.json is not published');
      set('count', '—');
    }
    if (signatureText) {
      const signature = JSON.parse(signatureText) as {
        signature_format_version: number;
        key_id: string;
        public_key: string;
        previous_public_keys: { key_id: string }[];
      };
      set('signature', `Ed25519, format v${signature.signature_format_version}`);
      set('key_id', signature.key_id);
      set('public_key', signature.public_key);
      set('previous_keys', signature.previous_public_keys.length ? signature.previous_public_keys.map((key) => key.key_id).join(', ') : 'none');
    } else {
      set('signature', 'unsigned (no status/checksums-signature.json)');
      for (const field of ['key_id', 'public_key', 'previous_keys']) set(field, '—');
    }
    const lines = (logText ?? '').split('\n').filter((line) => line.trim());
    set(
      'checkpoint-summary',
      checkpointText ? `Tree size ${lines.length}; checkpoint origin: ${checkpointText.split('\n')[0] ?? ''}` : 'No archive published.',
    );
    const entries = doc.getElementById('archive-entries');
    lines.forEach((line, index) => {
      const entry = JSON.parse(line) as { build_time: string; commit: string; count: number; aggregate_sha256: string; signature: string | null };
      entries?.prepend(
        row(
          doc,
          [String(index), entry.build_time, entry.commit.slice(0, 7), String(entry.count), entry.aggregate_sha256, entry.signature ? 'yes' : 'no'],
          [false, false, true, false, true, false],
        ),
      );
    });
  })().catch((error: unknown) => set('aggregate', `could not read the integrity files: ${String(error)}`));
}

function row(doc: Document, cells: string[], mono: boolean[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  cells.forEach((text, index) => {
    const td = doc.createElement('td');
    td.textContent = text;
    if (mono[index]) td.className = 'mono';
    tr.append(td);
  });
  return tr;
}
