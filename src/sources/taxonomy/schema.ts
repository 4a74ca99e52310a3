import { z } from 'zod';
import { isoDateTime } from '../../core/validation.ts';
import { severitySchema } from '../../model/taxonomy.ts';

export { type Severity, severitySchema } from '../../model/taxonomy.ts';

/**
 * One alert of `alerts_taxonomy.json`. Severity, scope and category are free strings here because
 * their vocabularies are configurable and an unknown value is a lint hard failure (exit 1) as the
 * seed has it, reported with every other finding. Loose: real taxonomies carry keys of their own
 * (`owner`, `team`); they are kept, and lint names them (`unknown-field`, a warning).
 */
export const alertSchema = z.looseObject({
  name: z.string().min(1),
  group: z.string().min(1),
  severity: severitySchema,
  scope: z.string().min(1),
  category: z.string().min(1),
  description: z.string(),
  runbook: z.string().optional(),
  /** Prometheus `for:` duration, e.g. `10m`. */
  for: z.string().optional(),
  /** Range windows the expression uses, e.g. `["5m", "1h"]` for a multi-window burn alert. */
  windows: z.array(z.string()).optional(),
  deprecated: z.boolean().default(false),
  /** ISO 8601 UTC timestamp of the deprecation. */
  deprecated_since: isoDateTime().optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

export const taxonomySchema = z.looseObject({
  /** The JSON Schema editors validate the file with (`alerts_taxonomy.schema.json`). */
  $schema: z.string().optional(),
  version: z.number().int().optional(),
  alerts: z.array(alertSchema),
});

export type Alert = z.infer<typeof alertSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** The keys the schema defines, for `unknown-field`: anything else in the file is kept, and named. */
export const ALERT_KEYS: ReadonlySet<string> = new Set(Object.keys(alertSchema.shape));
export const TAXONOMY_KEYS: ReadonlySet<string> = new Set(Object.keys(taxonomySchema.shape));
