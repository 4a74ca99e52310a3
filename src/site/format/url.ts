/**
 * A site-internal link under the base path (GitHub project pages live at `/<repo>/`).
 * @example withBase('/demo/', 'taxonomy/') // '/demo/taxonomy/'
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Only http(s) URLs become links; anything else (`javascript:`, relative junk) is shown as text. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
