/** Kinds that have a page component mapped in `src/site/pages/[kind].astro`. */
export const IMPLEMENTED_KINDS: readonly string[] = ['taxonomy', 'api', 'gates', 'incidents', 'catalog', 'ports'];
