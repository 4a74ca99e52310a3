import { escapeHtml } from '../../core/html.ts';
import type { StatusModel } from '../../model/status-model.ts';
import { shieldsEndpointUrl } from './badges.ts';

/** The badge the embed snippet shows: the governance summary when published, else the first. */
export const SUMMARY_BADGE_FILES = ['governance-summary-badge.json', 'governance-combined-badge.json'];

/**
 * README Markdown and HTML snippets embedding the summary badge through Shields' endpoint service
 * (the seed's embed snippet), linking to the status site. Uses `https://<your-site>/` when the
 * model has no public URL.
 */
export function embedSnippet(model: StatusModel): { markdown: string; html: string } {
  // The configured URL is any http(s) URL as written, quotes and angle brackets included: its
  // serialisation percent-encodes those, and the HTML snippet escapes what is left. The placeholder
  // is ours, and stays readable for the user to replace.
  const url = model.site.url ? new URL(model.site.url).href : null;
  const siteUrl = url ?? 'https://<your-site>/';
  const attribute = (value: string) => (url ? escapeHtml(value) : value);
  const badge = SUMMARY_BADGE_FILES.map((file) => model.badges.find((entry) => entry.file === file)).find((entry) => entry !== undefined) ?? model.badges[0];
  if (!badge) return { markdown: `[Governance status](${markdownUrl(siteUrl)})`, html: `<a href="${attribute(siteUrl)}">Governance status</a>` };
  // With no public URL yet, show the placeholder readably instead of percent-encoded.
  const image = url ? shieldsEndpointUrl(url, badge.file) : `https://img.shields.io/endpoint?url=${siteUrl}${badge.file}`;
  const alt = badge.endpoint.label || 'governance';
  return {
    markdown: `[![${alt}](${markdownUrl(image)})](${markdownUrl(siteUrl)})`,
    html: `<a href="${attribute(siteUrl)}"><img alt="${escapeHtml(alt)}" src="${attribute(image)}"></a>`,
  };
}

/** A Markdown link destination: parentheses encoded, so an unbalanced one cannot end the link early. */
function markdownUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
