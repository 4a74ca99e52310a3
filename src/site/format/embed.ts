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
  const siteUrl = model.site.url ?? 'https://<your-site>/';
  const badge = SUMMARY_BADGE_FILES.map((file) => model.badges.find((entry) => entry.file === file)).find((entry) => entry !== undefined) ?? model.badges[0];
  if (!badge) return { markdown: `[Governance status](${siteUrl})`, html: `<a href="${siteUrl}">Governance status</a>` };
  // With no public URL yet, show the placeholder readably instead of percent-encoded.
  const image = model.site.url ? shieldsEndpointUrl(siteUrl, badge.file) : `https://img.shields.io/endpoint?url=${siteUrl}${badge.file}`;
  const alt = badge.endpoint.label || 'governance';
  return {
    markdown: `[![${alt}](${image})](${siteUrl})`,
    html: `<a href="${siteUrl}"><img alt="${alt.replace(/"/g, '&quot;')}" src="${image}"></a>`,
  };
}
