/**
 * Where the local SVG rendering of a Shields endpoint badge lives, beside its JSON.
 * @example badgeSvgPath('badge-alerts-total.json') // 'badges/badge-alerts-total.svg'
 */
export function badgeSvgPath(file: string): string {
  const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
  return `badges/${name}.svg`;
}

/** Shields' URL for a README badge backed by the published endpoint JSON. */
export function shieldsEndpointUrl(siteUrl: string, file: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return `https://img.shields.io/endpoint?url=${encodeURIComponent(`${root}${file}`)}`;
}
