import { z } from 'zod';
import { apiSectionSchema } from './api.ts';
import { endpointBadgeSchema } from './badge.ts';
import { catalogSectionSchema } from './catalog.ts';
import { checkSchema, checkStatusSchema } from './check.ts';
import { gatesSectionSchema } from './gates.ts';
import { incidentsSectionSchema } from './incidents.ts';
import type { EvidenceKindId } from './kinds.ts';
import { portsSectionSchema } from './ports.ts';
import { taxonomySectionSchema } from './taxonomy.ts';

/**
 * The one computed object a build produces. Everything published (badges, status JSON, the site)
 * is rendered from it; Astro pages compute nothing and read it through `statusModelSchema`, so a
 * page never renders a shape the build did not produce. Each evidence kind owns its section
 * schema in `src/model/<kind>.ts`; a section is absent when its kind is not configured.
 */

export { type Check, type CheckStatus, checkSchema, checkStatusSchema } from './check.ts';

/** A published Shields endpoint badge with where it lives. */
export const publishedBadgeSchema = z.strictObject({
  /** File name at the site root, e.g. `badge-alerts-total.json`. */
  file: z.string().min(1),
  /** Evidence kind the badge belongs to. */
  kind: z.string().min(1),
  endpoint: endpointBadgeSchema,
});
export type PublishedBadge = z.infer<typeof publishedBadgeSchema>;

/** A governance event for the Atom feed and timelines. */
export const feedEventSchema = z.strictObject({
  /** Stable id so feed readers do not repeat entries: `kind:commit:type[:detail]`. */
  id: z.string().min(1),
  kind: z.string().min(1),
  type: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  /** ISO 8601 UTC. */
  date: z.string(),
  commit: z.string().optional(),
});
export type FeedEvent = z.infer<typeof feedEventSchema>;

export const buildInfoSchema = z.strictObject({
  commit: z.string().regex(/^[0-9a-f]{40,64}$/),
  short_commit: z.string(),
  commit_date: z.string(),
  /** The build's `now`, ISO 8601 UTC: the only time the computation knows. */
  now: z.string(),
  govpages_version: z.string(),
  /** Whether this build is signed (`GOV_SIGNING_PRIVATE_KEY` set): known before the pages render. */
  signed: z.boolean(),
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;

/**
 * Where the site is served. Both end up in markup (links, the verify page's script, the feed), so
 * they are refused here unless plainly harmless: an http(s) URL, and a base path of URL-safe
 * segments (letters, digits, `.`, `_`, `~`, `-`).
 */
export const siteUrlSchema = z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).refine((url) => {
  // The URL check above reports a URL that does not parse; this one only judges those that do.
  if (!URL.canParse(url)) return true;
  const parsed = new URL(url);
  return parsed.search === '' && parsed.hash === '' && parsed.username === '' && parsed.password === '' && !/["'<>\s]/.test(url);
}, 'the URL of a site root: no query, fragment, user name or password, no quotes or angle brackets');
export const siteBaseSchema = z.string().regex(
  // A segment of dots alone ("/../") would make links climb out of the base.
  /^\/((?!\.+\/)[A-Za-z0-9._~-]+\/)*$/,
  'a path that starts and ends with "/" with segments of letters, digits, ".", "_", "~" or "-" (not "." or ".."), e.g. "/" or "/my-repo/"',
);

export const siteInfoSchema = z.strictObject({
  title: z.string(),
  url: siteUrlSchema.nullable(),
  base: siteBaseSchema,
  auto_refresh_minutes: z.number().int().min(0),
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;

/** One optional section per evidence kind of the registry (`model/kinds.ts`). */
const sectionSchemas = {
  taxonomy: taxonomySectionSchema.optional(),
  api: apiSectionSchema.optional(),
  catalog: catalogSectionSchema.optional(),
  gates: gatesSectionSchema.optional(),
  incidents: incidentsSectionSchema.optional(),
  ports: portsSectionSchema.optional(),
} satisfies Record<EvidenceKindId, z.ZodType>;

export const sectionsSchema = z.strictObject(sectionSchemas);
export type Sections = Required<z.infer<typeof sectionsSchema>>;

export const statusModelSchema = z.strictObject({
  model_version: z.literal(1),
  site: siteInfoSchema,
  build: buildInfoSchema,
  verdict: z.strictObject({ status: checkStatusSchema, checks: z.array(checkSchema) }),
  badges: z.array(publishedBadgeSchema),
  events: z.array(feedEventSchema),
  /** Section per evidence kind; absent when the kind is not configured. */
  sections: sectionsSchema,
});
export type StatusModel = z.infer<typeof statusModelSchema>;
