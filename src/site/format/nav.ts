import type { Sections, StatusModel } from '../../model/status-model.ts';
import { withBase } from './url.ts';

/**
 * The one list of evidence-kind pages. A kind gets a page at `/<slug>/` when its section is in
 * the model; to add one: a row here, a `src/site/kinds/<Kind>Page.astro`, and one line mapping it
 * in `src/site/pages/[kind].astro`.
 */
export const KIND_PAGES: readonly { kind: keyof Sections; slug: string; title: string }[] = [
  { kind: 'taxonomy', slug: 'taxonomy', title: 'Alert taxonomy' },
  { kind: 'api', slug: 'api', title: 'API contract' },
  { kind: 'catalog', slug: 'catalog', title: 'Catalog' },
  { kind: 'gates', slug: 'gates', title: 'Deploy gates' },
  { kind: 'incidents', slug: 'incidents', title: 'Incidents' },
  { kind: 'ports', slug: 'ports', title: 'Ports' },
];

export interface NavEntry {
  href: string;
  title: string;
  /** Path segment that identifies the page, '' for the overview. */
  slug: string;
}

/** Kinds whose section is present and whose page exists, in nav order. */
export function presentKinds(model: StatusModel, implemented: readonly string[]): typeof KIND_PAGES {
  return KIND_PAGES.filter((page) => model.sections[page.kind] !== undefined && implemented.includes(page.kind));
}

/**
 * Overview, one entry per present kind, then integrity and verify: those two describe the build
 * itself and exist on every site (the integrity stage runs after the pages are rendered).
 */
export function navEntries(model: StatusModel, implemented: readonly string[]): NavEntry[] {
  const base = model.site.base;
  return [
    { href: withBase(base, ''), title: 'Overview', slug: '' },
    ...presentKinds(model, implemented).map((page) => ({ href: withBase(base, `${page.slug}/`), title: page.title, slug: page.slug })),
    { href: withBase(base, 'integrity/'), title: 'Integrity', slug: 'integrity' },
    { href: withBase(base, 'verify/'), title: 'Verify', slug: 'verify' },
  ];
}
