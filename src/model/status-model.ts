import type { EndpointBadge } from './badge.ts';

/**
 * The one computed object a build produces. Everything published (badges, status JSON, the site)
 * is rendered from it; Astro pages compute nothing. Each evidence kind owns its section type in
 * `src/model/<kind>.ts` and the section is absent when the kind is not configured.
 */

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One contribution to the overall verdict. */
export interface Check {
  /** Stable id, e.g. `taxonomy.lint`, `api.semver`. */
  id: string;
  kind: string;
  title: string;
  status: CheckStatus;
  message: string;
  /** A failure that makes `govpages build` exit 1 even without --strict (e.g. placeholder_max_runs). */
  fails_build?: boolean;
}

/** A published Shields endpoint badge with where it lives. */
export interface PublishedBadge {
  /** File name at the site root, e.g. `badge-alerts-total.json`. */
  file: string;
  /** Evidence kind the badge belongs to. */
  kind: string;
  endpoint: EndpointBadge;
}

/** A governance event for the Atom feed and timelines. */
export interface FeedEvent {
  /** Stable id so feed readers do not repeat entries: `kind:commit:type[:detail]`. */
  id: string;
  kind: string;
  type: string;
  title: string;
  summary: string;
  /** ISO 8601 UTC. */
  date: string;
  commit?: string;
}

export interface BuildInfo {
  commit: string;
  short_commit: string;
  commit_date: string;
  /** The build's `now`, ISO 8601 UTC: the only time the computation knows. */
  now: string;
  govpages_version: string;
  /** Whether this build is signed (`GOV_SIGNING_PRIVATE_KEY` set): known before the pages render. */
  signed: boolean;
}

export interface SiteInfo {
  title: string;
  url: string | null;
  base: string;
  auto_refresh_minutes: number;
}

export interface StatusModel {
  model_version: 1;
  site: SiteInfo;
  build: BuildInfo;
  verdict: { status: CheckStatus; checks: Check[] };
  badges: PublishedBadge[];
  events: FeedEvent[];
  /** Section per evidence kind; absent when the kind is not configured. */
  sections: Partial<Sections>;
}

// Each kind's section type; kinds fill in their own file and widen this map.
import type { TaxonomySection } from './taxonomy.ts';
import type { ApiSection } from './api.ts';
import type { IntegritySection } from './integrity.ts';
import type { CatalogSection } from './catalog.ts';
import type { GatesSection } from './gates.ts';
import type { IncidentsSection } from './incidents.ts';
import type { PortsSection } from './ports.ts';

export interface Sections {
  taxonomy: TaxonomySection;
  api: ApiSection;
  integrity: IntegritySection;
  catalog: CatalogSection;
  gates: GatesSection;
  incidents: IncidentsSection;
  ports: PortsSection;
}
