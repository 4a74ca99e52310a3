import { z } from 'zod';
import { PROMETHEUS_SEVERITIES, SEED_SEVERITIES, type SeverityVocabulary } from '../../model/taxonomy.ts';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

export const DEFAULT_SCOPES = ['service', 'platform', 'infrastructure', 'internal', 'business', 'security'];
export const DEFAULT_CATEGORIES = ['availability', 'latency', 'errors', 'saturation', 'capacity', 'traffic', 'security', 'data', 'cost', 'slo', 'meta'];

/** Named vocabularies `sources.taxonomy.severities` may name instead of writing the weights out. */
export const SEVERITY_PRESETS = { seed: SEED_SEVERITIES, prometheus: PROMETHEUS_SEVERITIES } as const satisfies Record<string, SeverityVocabulary>;

const severitiesSchema = z
  .union(
    [
      z.enum(Object.keys(SEVERITY_PRESETS) as [keyof typeof SEVERITY_PRESETS, ...(keyof typeof SEVERITY_PRESETS)[]]),
      z.record(z.string().min(1), z.number().positive().finite()).refine((weights) => Object.keys(weights).length > 0, 'expected at least one severity'),
    ],
    { error: 'expected a preset ("seed" or "prometheus") or an object mapping each severity to its weight' },
  )
  .default('seed')
  .describe(
    'Severity vocabulary and risk weights: a preset, `"seed"` (critical 5, high 3, medium 2, low 1) or `"prometheus"` (critical 5, warning 3, info 1), or an object mapping each severity to its weight (a positive number). Any other severity is the `invalid-severity` hard failure.',
  );

/** Levels of the lint findings that can be configured; `off` drops the finding. */
const lintSettingsSchema = z
  .strictObject({
    'unknown-field': z
      .enum(['warning', 'off'])
      .default('warning')
      .describe('`unknown-field`: a key the taxonomy schema does not define (kept either way); `off` stops reporting it.'),
  })
  .default({ 'unknown-field': 'warning' })
  .describe('Levels of configurable lint findings.');

export const taxonomySourceSchema = z
  .strictObject({
    path: repoPathSchema().default('alerts_taxonomy.json').describe('The alert taxonomy file.'),
    rules: z.array(repoGlobSchema).default([]).describe('Prometheus rule files (YAML) for rule coverage and the for/windows checks.'),
    scopes: z
      .array(z.string().min(1))
      .min(1)
      .default(DEFAULT_SCOPES)
      .describe('Allowed `scope` values; anything else is the seed\'s "invalid scope" hard failure.'),
    categories: z.array(z.string().min(1)).min(1).default(DEFAULT_CATEGORIES).describe('Allowed `category` values; anything else is a hard failure.'),
    severities: severitiesSchema,
    lint: lintSettingsSchema,
  })
  .describe('Alert taxonomy (seed 004): the taxonomy file and the Prometheus rule files it must cover.');

export type TaxonomySourceConfig = z.infer<typeof taxonomySourceSchema>;

/**
 * The configured vocabulary, highest weight first; equal weights keep the order they were written
 * in, so the order pages show is the one the config file gives.
 */
export function severityVocabulary(setting: TaxonomySourceConfig['severities']): SeverityVocabulary {
  if (typeof setting === 'string') return SEVERITY_PRESETS[setting];
  return Object.entries(setting)
    .map(([name, weight]) => ({ name, weight }))
    .sort((a, b) => b.weight - a.weight);
}
