import type { FeedEvent, StatusModel } from '../model/status-model.ts';
import { recentEvents } from '../present/events.ts';

/** Entries the feed keeps (newest first); readers only need recent history. */
export const FEED_MAX_ENTRIES = 50;

/**
 * `feed.xml`: an Atom 1.0 feed (RFC 4287) of the model's governance events (breaking changes,
 * SemVer failures, recoveries, taxonomy changes). Entry ids are stable URNs derived from the event
 * id, so a rebuild never shows readers an entry twice; `updated` is the newest event's date (the
 * build's `now` when there are none), so an unchanged history gives a byte-identical feed.
 */
export function renderAtomFeed(model: StatusModel): string {
  const events = recentEvents(model.events, FEED_MAX_ENTRIES);
  const siteHref = model.site.url ?? model.site.base;
  const selfHref = model.site.url ? new URL('feed.xml', model.site.url).href : `${model.site.base}feed.xml`;
  const updated = events[0]?.date ?? model.build.now;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedId(model))}</id>`,
    `  <title>${escapeXml(model.site.title)}</title>`,
    `  <subtitle>Governance events</subtitle>`,
    `  <updated>${escapeXml(isoDate(updated))}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteHref)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfHref)}"/>`,
    `  <author><name>govpages</name></author>`,
    `  <generator version="${escapeXml(model.build.govpages_version)}">govpages</generator>`,
    ...events.flatMap((event) => entry(event, siteHref)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entry(event: FeedEvent, siteHref: string): string[] {
  return [
    '  <entry>',
    `    <id>${escapeXml(entryId(event))}</id>`,
    `    <title type="text">${escapeXml(event.title)}</title>`,
    `    <updated>${escapeXml(isoDate(event.date))}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(siteHref)}"/>`,
    `    <category term="${escapeXml(event.kind)}"/>`,
    `    <category term="${escapeXml(event.type)}"/>`,
    `    <summary type="text">${escapeXml(event.commit ? `${event.summary} (commit ${event.commit.slice(0, 7)})` : event.summary)}</summary>`,
    '  </entry>',
  ];
}

/** `urn:govpages:<site>`: the site URL when public, else the title; stable across builds. */
function feedId(model: StatusModel): string {
  return model.site.url ?? `urn:govpages:site:${encodeURIComponent(model.site.title)}`;
}

function entryId(event: FeedEvent): string {
  return `urn:govpages:event:${encodeURIComponent(event.id)}`;
}

/** Atom needs RFC 3339 dates; the model's are ISO 8601 UTC already, normalised here. */
function isoDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * Escapes text and attribute values; drops characters XML 1.0 cannot carry at all. Line-break
 * characters that parsers normalise (CR, NEL, LINE and PARAGRAPH SEPARATOR) become character references, so
 * they reach the reader unchanged.
 */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/[\r\u0085\u2028\u2029]/g, (char) => `&#x${char.charCodeAt(0).toString(16)};`)
  );
}
