import { z } from 'zod';
import { isoDateTime } from '../../core/validation.ts';
import { severitySchema } from '../../model/taxonomy.ts';

export { SEVERITIES, type Severity, severitySchema } from '../../model/taxonomy.ts';

/**
 * One alert of `alerts_taxonomy.json`. Scope and category are free strings here because their
 * vocabulary is configurable and an unknown value is a lint failure (exit 1) as the seed has it;
 * severity drives every weighted figure, so an unknown severity is bad input (exit 2).
 */
export const alertSchema = z.strictObject({
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

export const taxonomySchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.number().int().optional(),
  alerts: z.array(alertSchema),
});

export type Alert = z.infer<typeof alertSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
