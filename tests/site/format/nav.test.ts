import { describe, expect, it } from 'vitest';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { recentEvents } from '../../../src/present/events.ts';
import { badgeSvgPath, shieldsEndpointUrl } from '../../../src/site/format/badges.ts';
import { embedSnippet } from '../../../src/site/format/embed.ts';
import { KIND_PAGES, navEntries } from '../../../src/site/format/nav.ts';
import fixture from '../../fixtures/model/status-model.json' with { type: 'json' };

const model = fixture as unknown as StatusModel;
/** Badge labels are fixed in code, so no input makes them hostile: this one is set here, to check the snippet's quoting. */
const hostileLabel: StatusModel = {
  ...model,
  badges: model.badges.map((badge) =>
    badge.file === 'governance-summary-badge.json' ? { ...badge, endpoint: { ...badge.endpoint, label: 'governance <&>' } } : badge,
  ),
};

describe('navEntries', () => {
  it('lists the overview, each kind whose section is present, then integrity and verify, under the base path', () => {
    expect(navEntries({ ...model, sections: { taxonomy: model.sections.taxonomy, api: model.sections.api } }).map((entry) => entry.href)).toEqual([
      '/govpages-demo/',
      '/govpages-demo/taxonomy/',
      '/govpages-demo/api/',
      '/govpages-demo/integrity/',
      '/govpages-demo/verify/',
    ]);
  });
  it('leaves out kinds without a section', () => {
    expect(navEntries({ ...model, sections: {} }).map((entry) => entry.slug)).toEqual(['', 'integrity', 'verify']);
  });
  it('has unique slugs', () => {
    expect(new Set(KIND_PAGES.map((page) => page.slug)).size).toBe(KIND_PAGES.length);
  });
});

describe('badges and embed', () => {
  it.each([
    { file: 'badge-alerts-total.json', out: 'badges/badge-alerts-total.svg' },
    { file: 'status/x.json', out: 'badges/x.svg' },
  ])('badgeSvgPath($file) -> $out', ({ file, out }) => {
    expect(badgeSvgPath(file)).toBe(out);
  });

  it('builds the Shields endpoint URL with the JSON URL encoded', () => {
    expect(shieldsEndpointUrl('https://o.github.io/r', 'governance-summary-badge.json')).toBe(
      'https://img.shields.io/endpoint?url=https%3A%2F%2Fo.github.io%2Fr%2Fgovernance-summary-badge.json',
    );
  });

  it('embeds the summary badge, linking to the site', () => {
    expect(embedSnippet(model).markdown).toBe(
      '[![governance](https://img.shields.io/endpoint?url=https%3A%2F%2Fexample.github.io%2Fgovpages-demo%2Fgovernance-summary-badge.json)](https://example.github.io/govpages-demo/)',
    );
    const snippet = embedSnippet(hostileLabel);
    expect(snippet.markdown).toBe(
      '[![governance <&>](https://img.shields.io/endpoint?url=https%3A%2F%2Fexample.github.io%2Fgovpages-demo%2Fgovernance-summary-badge.json)](https://example.github.io/govpages-demo/)',
    );
    expect(snippet.html).toContain('alt="governance &lt;&amp;&gt;"');
  });

  it('keeps a hostile site URL inside the link: percent-encoded as a URL, escaped in HTML, no early end in Markdown', () => {
    const hostile = { ...model, site: { ...model.site, url: 'https://example.com/x/?q="><img src=x onerror=alert(2)>&a=(1' } };
    const snippet = embedSnippet(hostile);
    const href = 'https://example.com/x/?q=%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E&a=(1';
    const image = `https://img.shields.io/endpoint?url=${encodeURIComponent(`${href}/governance-summary-badge.json`)}`;
    const markdownUrl = (url: string) => url.replaceAll('(', '%28').replaceAll(')', '%29');
    expect(snippet.markdown).toBe(`[![governance](${markdownUrl(image)})](${markdownUrl(href)})`);
    expect(snippet.html).toBe(`<a href="${href.replaceAll('&', '&amp;')}"><img alt="governance" src="${image}"></a>`);
  });
});

describe('recentEvents', () => {
  it('is newest first, stable by id, limited', () => {
    const event = (id: string, date: string) => ({ id, kind: 'k', type: 't', title: id, summary: '', date });
    const events = [event('b', '2026-01-01T00:00:00Z'), event('a', '2026-01-01T00:00:00Z'), event('c', '2026-02-01T00:00:00Z')];
    expect(recentEvents(events).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(recentEvents(events, 1).map((e) => e.id)).toEqual(['c']);
  });
});

describe('embed without a public URL', () => {
  it('prefers the governance summary badge and shows a readable placeholder', () => {
    const bare = { ...hostileLabel, site: { ...model.site, url: null } };
    expect(embedSnippet(bare).markdown).toBe(
      '[![governance <&>](https://img.shields.io/endpoint?url=https://<your-site>/governance-summary-badge.json)](https://<your-site>/)',
    );
  });
});
