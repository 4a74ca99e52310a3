import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeedEvent, StatusModel } from '../../src/model/status-model.ts';
import { escapeXml, FEED_MAX_ENTRIES, renderAtomFeed } from '../../src/publish/feed.ts';
import fixture from '../fixtures/model/status-model.json' with { type: 'json' };

const ATOM = 'http://www.w3.org/2005/Atom';
const model = fixture as unknown as StatusModel;

/** Parses strictly: any well-formedness error throws (warnings, e.g. about U+FFFD, do not). */
function parse(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

function text(parent: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<{ textContent: string | null }> }, name: string): string[] {
  return Array.from(parent.getElementsByTagNameNS(ATOM, name)).map((element) => element.textContent ?? '');
}

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed(model);
  const doc = parse(xml);

  it('is well-formed Atom with the required feed elements', () => {
    expect(doc.documentElement!.namespaceURI).toBe(ATOM);
    expect(doc.documentElement!.localName).toBe('feed');
    expect(text(doc, 'id')[0]).toBe('https://example.github.io/govpages-demo/');
    expect(text(doc, 'updated')[0]).toBe('2026-11-22T09:30:00Z');
    expect(xml.endsWith('</feed>\n')).toBe(true);
  });

  it('has one entry per event, newest first, with stable ids and text titles', () => {
    const entries = Array.from(doc.getElementsByTagNameNS(ATOM, 'entry'));
    expect(entries).toHaveLength(model.events.length);
    const ids = entries.map((entry) => text(entry, 'id')[0]);
    expect(new Set(ids)).toEqual(new Set(model.events.map((event) => `urn:govpages:event:${encodeURIComponent(event.id)}`)));
    const dates = entries.map((entry) => text(entry, 'updated')[0]!);
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest: the taxonomy change at HEAD, then the API's 2.0.0 commit, whose two events tie on the date and sort by id.
    const api = model.sections.api!.versions.at(-1)!.commit;
    expect(ids.slice(0, 3)).toEqual([
      `urn:govpages:event:taxonomy%3A${model.build.commit}%3Achange`,
      `urn:govpages:event:api%3A${api}%3Abreaking-change`,
      `urn:govpages:event:api%3A${api}%3Asemver-recovered`,
    ]);
    expect(text(doc, 'title')[0]).toBe('Demo governance <status> & "friends"');
    expect(text(entries[0]!, 'title')[0]).toBe('Alert taxonomy changed: 1 added, 1 modified');
    expect(text(entries[0]!, 'summary')[0]).toBe(`Alerts: <script>alert(1)</script> (commit ${model.build.short_commit})`);
    expect(xml).not.toContain('<script>');
  });

  it('is byte-identical for the same model', () => {
    expect(renderAtomFeed(structuredClone(model))).toBe(xml);
  });

  it('falls back to the build time and relative links without a site URL', () => {
    const bare = { ...model, site: { ...model.site, url: null }, events: [] };
    const out = parse(renderAtomFeed(bare));
    expect(text(out, 'updated')[0]).toBe('2026-11-22T10:00:00Z');
    expect(text(out, 'id')[0]).toMatch(/^urn:govpages:site:/);
    expect(out.getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(0);
  });

  it(`keeps at most ${FEED_MAX_ENTRIES} entries`, () => {
    const events: FeedEvent[] = Array.from({ length: FEED_MAX_ENTRIES + 5 }, (_, index) => ({
      id: `k:${index}`,
      kind: 'k',
      type: 't',
      title: `e${index}`,
      summary: '',
      date: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    }));
    expect(parse(renderAtomFeed({ ...model, events })).getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(FEED_MAX_ENTRIES);
  });

  it('stays well-formed and round-trips any title and summary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, summary) => {
        const event: FeedEvent = { id: title, kind: summary, type: 't', title, summary, date: '2026-01-01T00:00:00Z' };
        const out = parse(renderAtomFeed({ ...model, site: { ...model.site, title }, events: [event] }));
        const entry = out.getElementsByTagNameNS(ATOM, 'entry')[0]!;
        // Characters XML cannot carry are dropped; everything else comes back as it was.
        const clean = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
        expect(text(entry, 'title')[0]).toBe(clean(title));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeXml', () => {
  it.each([
    { input: '<a href="x">&\'</a>', out: '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;' },
    { input: 'plain', out: 'plain' },
    { input: 'bell\u0007', out: 'bell' },
    { input: 'a\r\nb\u0085c', out: 'a&#xd;\nb&#x85;c' },
  ])('$input -> $out', ({ input, out }) => {
    expect(escapeXml(input)).toBe(out);
  });
});
