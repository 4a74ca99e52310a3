import { z } from 'zod';
import type { SourceKey } from '../model/kinds.ts';
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
  /** Minimum runbook completeness in percent (`RUNBOOK_MIN_PERCENT`). */
  runbook_min_percent: z.number().min(0).max(100).default(90),
  /** Days a deprecated alert may stay before a warning (`TAXONOMY_DEPRECATION_MAX_DAYS`); 0 disables. */
  deprecation_max_days: z.number().int().min(0).default(0),
  /** Treat deprecation ageing as a hard failure (`TAXONOMY_DEPRECATION_STRICT`). */
  deprecation_strict: z.boolean().default(false),
  /** Largest allowed rise of churn_30d against the previous snapshot (`MAX_CHURN_DELTA`). */
  max_churn_delta: z.number().min(0).default(5),
  /** Largest allowed rise of risk_churn_30d against the previous snapshot (`MAX_RISK_CHURN_DELTA`). */
  max_risk_churn_delta: z.number().min(0).default(10),
  /** Fold change of risk churn over the previous window that counts as a spike (`RISK_CHURN_SPIKE_THRESHOLD`). */
  risk_churn_spike_threshold: z.number().positive().default(2.0),
  /** Whether a risk-churn spike fails the build (`RISK_CHURN_SPIKE_FAIL`). */
  risk_churn_spike_fail: z.boolean().default(false),
  /** Length of the churn window in days. */
  churn_window_days: z.number().int().positive().default(30),
  /** Runs in the rolling API stability window. */
  stability_window_size: z.number().int().positive().default(20),
  /** `window_stability_ratio` below this raises `stability_drop`. */
  stability_alert_threshold: z.number().min(0).max(1).default(0.8),
  /** Placeholder streak that raises an alert; 0 disables alerting. */
  placeholder_streak_alert_threshold: z.number().int().min(0).default(5),
  /** Fail the build when the placeholder streak exceeds this many runs; 0 disables. */
  placeholder_max_runs: z.number().int().min(0).default(0),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  site: z
    .strictObject({
      title: z.string().min(1).default('Governance status'),
      /** Public URL of the site root, e.g. `https://org.github.io/repo/`. */
      url: z.url().optional(),
      /** Base path the site is served under (GitHub project pages: `/<repo>/`). */
      base: z
        .string()
        .regex(/^\/([^/]+\/)*$/, 'a path that starts and ends with "/", e.g. "/" or "/my-repo/"')
        .default('/'),
      /** Minutes between automatic page reloads; 0 turns auto-refresh off. */
      auto_refresh_minutes: z.number().int().min(0).default(5),
    })
    .prefault({}),
  sources: z.strictObject(SOURCES).prefault({}),
  thresholds: thresholdsSchema.prefault({}),
  integrity: integritySchema.prefault({}),
  state: z
    .strictObject({
      /** Branch that keeps state between builds (stability history, streaks, audit log). */
      branch: z.string().min(1).default('govpages-state'),
    })
    .prefault({}),
  badges: z
    .strictObject({
      /** Shields `cacheSeconds`; Shields itself never goes below 300. */
      cache_seconds: z.number().int().min(300).default(300),
    })
    .prefault({}),
});

export type GovpagesConfig = z.infer<typeof configSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
