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
export const alertSchema = z
  .looseObject({
    name: z.string().min(1).describe('The alert name, as the `alert:` of its Prometheus rules; unique in the file.'),
    group: z.string().min(1).describe('The rule group or team area the alert belongs to.'),
    severity: severitySchema.describe(
      'One of the configured severities (sources.taxonomy.severities; by default critical, high, medium, low). Another value is the lint hard failure invalid-severity.',
    ),
    scope: z.string().min(1).describe('One of sources.taxonomy.scopes (by default service, platform, infrastructure, internal, business, security).'),
    category: z.string().min(1).describe('One of sources.taxonomy.categories (by default availability, latency, errors, saturation, ...).'),
    description: z.string().describe('What the alert means; a placeholder (TODO, TBD) on an active alert is a hard failure.'),
    runbook: z.string().optional().describe('Runbook URL or text; missing or a placeholder lowers runbook completeness.'),
    /** Prometheus `for:` duration, e.g. `10m`. */
    for: z.string().optional().describe('Prometheus `for:` duration, e.g. `10m`; checked against the rules of this alert.'),
    /** Range windows the expression uses, e.g. `["5m", "1h"]` for a multi-window burn alert. */
    windows: z.array(z.string()).optional().describe('Range windows the rules use, e.g. ["5m", "1h"] for a multi-window burn-rate alert.'),
    deprecated: z.boolean().default(false).describe('A deprecated alert must say so in its description and leave the rules.'),
    /** ISO 8601 UTC timestamp of the deprecation. */
    deprecated_since: isoDateTime().optional().describe('When the alert was deprecated (ISO 8601 with Z or an offset).'),
    labels: z.record(z.string(), z.string()).optional().describe('Free-form labels.'),
  })
  .describe('One alert. Other keys (owner, team, ...) are allowed and kept; lint names them (unknown-field, a warning that can be turned off).');

export const taxonomySchema = z
  .looseObject({
    /** The JSON Schema editors validate the file with (`alerts_taxonomy.schema.json`). */
    $schema: z.string().optional().describe("The JSON Schema of this file, for editors: this schema's URL or path."),
    version: z.number().int().optional().describe("The file's own version number (not read by govpages)."),
    alerts: z.array(alertSchema),
  })
  .meta({
    title: 'Alert taxonomy (alerts_taxonomy.json)',
    description:
      'The alert taxonomy govpages checks and measures (seed 004); see docs/kinds/taxonomy.md in the govpages manual. Other top-level keys are allowed and kept.',
  });

export type Alert = z.infer<typeof alertSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;

/** The keys the schema defines, for `unknown-field`: anything else in the file is kept, and named. */
export const ALERT_KEYS: ReadonlySet<string> = new Set(Object.keys(alertSchema.shape));
export const TAXONOMY_KEYS: ReadonlySet<string> = new Set(Object.keys(taxonomySchema.shape));
