import { EVIDENCE_KINDS, type EvidenceKindId } from '../../model/kinds.ts';
import type { StatusModel } from '../../model/status-model.ts';
import { withBase } from './url.ts';

/** A page per evidence kind at `/<id>/`, from the registry (`model/kinds.ts`). */
export const KIND_PAGES: readonly { kind: EvidenceKindId; slug: string; title: string }[] = EVIDENCE_KINDS.map((kind) => ({
  kind: kind.id,
  slug: kind.id,
  title: kind.title,
}));

export interface NavEntry {
  href: string;
  title: string;
  /** Path segment that identifies the page, '' for the overview. */
  slug: string;
}

/** Kinds whose section is in the model, in registry order. */
export function presentKinds(model: StatusModel): typeof KIND_PAGES {
  return KIND_PAGES.filter((page) => model.sections[page.kind] !== undefined);
}

/**
 * Overview, one entry per present kind, then integrity and verify: those two describe the build
 * itself and exist on every site (the integrity stage runs after the pages are rendered).
 */
export function navEntries(model: StatusModel): NavEntry[] {
  const base = model.site.base;
  return [
    { href: withBase(base, ''), title: 'Overview', slug: '' },
    ...presentKinds(model).map((page) => ({ href: withBase(base, `${page.slug}/`), title: page.title, slug: page.slug })),
    { href: withBase(base, 'integrity/'), title: 'Integrity', slug: 'integrity' },
    { href: withBase(base, 'verify/'), title: 'Verify', slug: 'verify' },
  ];
}
