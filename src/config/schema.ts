import { z } from 'zod';
import type { SourceKey } from '../model/kinds.ts';
import { siteBaseSchema, siteUrlSchema } from '../model/status-model.ts';
import { integritySchema } from './integrity.ts';
import { catalogSourceSchema } from './sources/catalog.ts';
import { gatesSourceSchema } from './sources/gates.ts';
import { incidentsSourceSchema } from './sources/incidents.ts';
import { openapiSourceSchema } from './sources/openapi.ts';
import { portsSourceSchema } from './sources/ports.ts';
import { taxonomySourceSchema } from './sources/taxonomy.ts';

/** One optional source per evidence kind, keyed as the registry (`model/kinds.ts`) names it. */
const SOURCES = {
  taxonomy: taxonomySourceSchema.optional(),
  openapi: openapiSourceSchema.optional(),
  catalog: catalogSourceSchema.optional(),
  gates: gatesSourceSchema.optional(),
  incidents: incidentsSourceSchema.optional(),
  ports: portsSourceSchema.optional(),
} satisfies Record<SourceKey, z.ZodType>;

/**
 * `govpages.config.json`. Keys are snake_case, as the seeds name them
 * (`placeholder_streak_alert_threshold`, ...). Every object is strict: an unknown or misspelt key is
 * an error naming the key, never silently ignored.
 */
export const thresholdsSchema = z.strictObject({
  runbook_min_percent: z
    .number()
    .min(0)
    .max(100)
    .default(90)
    .describe('Minimum runbook completeness in percent (`RUNBOOK_MIN_PERCENT`); below it `lint` exits 1 and the `taxonomy.runbooks` check fails.'),
  deprecation_max_days: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('Deprecated alerts older than this many days warn (`TAXONOMY_DEPRECATION_MAX_DAYS`); 0 disables.'),
  deprecation_strict: z.boolean().default(false).describe('Deprecation ageing is a hard failure instead of a warning (`TAXONOMY_DEPRECATION_STRICT`).'),
  max_churn_delta: z.number().min(0).default(5).describe('Largest allowed rise of churn_30d since the previous daily snapshot (`MAX_CHURN_DELTA`).'),
  max_risk_churn_delta: z
    .number()
    .min(0)
    .default(10)
    .describe('Largest allowed rise of risk_churn_30d since the previous daily snapshot (`MAX_RISK_CHURN_DELTA`).'),
  risk_churn_spike_threshold: z
    .number()
    .positive()
    .default(2.0)
    .describe('Fold change of risk churn over the previous window that counts as a spike (`RISK_CHURN_SPIKE_THRESHOLD`).'),
  risk_churn_spike_fail: z.boolean().default(false).describe('A risk-churn spike fails instead of warning (`RISK_CHURN_SPIKE_FAIL`).'),
  churn_window_days: z.number().int().positive().default(30).describe('Length of the churn window in days.'),
  stability_window_size: z.number().int().positive().default(20).describe('Runs in the rolling API stability window.'),
  stability_alert_threshold: z.number().min(0).max(1).default(0.8).describe('`window_stability_ratio` below this raises `stability_drop`.'),
  placeholder_streak_alert_threshold: z
    .number()
    .int()
    .min(0)
    .default(5)
    .describe('Placeholder streak that raises an alert (webhook reason `placeholder_streak`); 0 disables alerting.'),
  placeholder_max_runs: z.number().int().min(0).default(0).describe('The build fails (exit 1) when the placeholder streak exceeds this many runs; 0 disables.'),
});

const BRANCH_NAME_RULES =
  'a git branch name of letters, digits, ".", "_", "-" and "/" (no "..", no part starting with "." or ending with ".lock", not starting with "-", not ending with "/" or ".")';

/**
 * A branch name git accepts (`git check-ref-format --branch`) in the characters a URL, a page and a
 * shell print as they are; checked when the config is read, since a name git refuses would otherwise
 * be found only when the state is written, at the end of a build.
 */
export function isBranchName(name: string): boolean {
  if (!/^[A-Za-z0-9._/-]+$/.test(name)) return false;
  if (name === 'HEAD' || name.startsWith('-') || name.endsWith('.') || name.includes('..')) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('Allowed (and ignored) so that editors can validate the file.'),
  site: z
    .strictObject({
      title: z.string().min(1).default('Governance status').describe('Site title.'),
      url: siteUrlSchema
        .optional()
        .describe('Public URL of the site root, e.g. `https://org.github.io/repo/`: makes the feed, `og:image` and the embed snippet absolute.'),
      base: siteBaseSchema.default('/').describe('Base path the site is served under, starting and ending with `/` (GitHub project pages: `/<repo>/`).'),
      auto_refresh_minutes: z.number().int().min(0).default(5).describe("Pages reload themselves every N minutes (the seed's 5); 0 turns auto-refresh off."),
    })
    .prefault({})
    .describe('The status site.'),
  sources: z.strictObject(SOURCES).prefault({}).describe('One entry per evidence kind; an entry turns its kind on.'),
  thresholds: thresholdsSchema.prefault({}).describe("The seed's thresholds; the seed's environment variables override them."),
  integrity: integritySchema.prefault({}).describe('Checksums, signatures and the audit archive.'),
  state: z
    .strictObject({
      branch: z
        .string()
        .refine(isBranchName, BRANCH_NAME_RULES)
        .default('govpages-state')
        .describe('Branch that keeps state between builds (stability history, streaks, notices, checkpoints, probe history, audit log).'),
    })
    .prefault({})
    .describe('State kept between builds.'),
  badges: z
    .strictObject({
      cache_seconds: z
        .number()
        .int()
        .min(300)
        .default(300)
        .describe("Shields `cacheSeconds` in every badge except `checksums-badge.json` (which has none); Shields' own floor is 300."),
    })
    .prefault({})
    .describe('Shields endpoint badges.'),
});

export type GovpagesConfig = z.infer<typeof configSchema>;

export type Thresholds = z.infer<typeof thresholdsSchema>;
