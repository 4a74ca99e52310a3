/**
 * The one registry of evidence kinds. Everything that lists kinds derives from it: the config's
 * `sources` keys, the order sections are built and shown in, the site's pages and navigation, and
 * the demo. Adding a kind is one row here; the compiler then points at each place that needs an
 * entry for it (every per-kind table is a `Record<EvidenceKindId, ...>`).
 */
export const EVIDENCE_KINDS = [
  { id: 'taxonomy', title: 'Alert taxonomy', source: 'taxonomy', seeds: ['004'] },
  { id: 'api', title: 'API contract', source: 'openapi', seeds: ['004'] },
  { id: 'catalog', title: 'Catalog', source: 'catalog', seeds: ['002'] },
  { id: 'gates', title: 'Deploy gates', source: 'gates', seeds: ['000', '001'] },
  { id: 'incidents', title: 'Incidents', source: 'incidents', seeds: ['000', '001'] },
  { id: 'ports', title: 'Ports', source: 'ports', seeds: ['003'] },
] as const satisfies readonly EvidenceKindInfo[];

export interface EvidenceKindInfo {
  /** Section key in the model, page slug (`/<id>/`) and check/badge `kind`. */
  id: string;
  /** Page title and navigation label. */
  title: string;
  /** Key under `sources` in `govpages.config.json` that turns the kind on. */
  source: string;
  /** The seed documents (`../shared/seeds/NNN_*.txt`) the kind comes from. */
  seeds: readonly string[];
}

export type EvidenceKindId = (typeof EVIDENCE_KINDS)[number]['id'];
export type SourceKey = (typeof EVIDENCE_KINDS)[number]['source'];
