import { z } from 'zod';

/**
 * Incident reports (seed 000): Markdown with front matter, and the figures drawn from them. The
 * section is published as `status/incidents.json` and `sections.incidents` of `status/status.json`.
 */

export const INCIDENT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const incidentSeveritySchema = z.enum(INCIDENT_SEVERITIES);
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>;

/** ISO 8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
const utcTime = z.iso.datetime();

export const incidentSchema = z.strictObject({
  /** The file name without `.md`, e.g. `2025-11-05-tp-capital-connectivity-failure`. */
  id: z.string().min(1),
  /** Repository path of the report. */
  file: z.string().min(1),
  title: z.string().min(1),
  start: utcTime,
  /** Null while the incident is open. */
  end: utcTime.nullable(),
  severity: incidentSeveritySchema,
  services: z.array(z.string().min(1)),
  root_causes: z.array(z.string().min(1)),
  status: z.enum(['open', 'resolved']),
  /** end - start in whole minutes; null while open. */
  duration_minutes: z.number().int().min(0).nullable(),
  /** The report body rendered as safe HTML (escaped; see `renderIncidentMarkdown`). */
  body_html: z.string(),
  /** First paragraph of the body as plain text, for lists and the feed. */
  summary: z.string(),
  /** Commit that added the report, when git knows it. */
  commit: z.string().nullable(),
});
export type Incident = z.infer<typeof incidentSchema>;

const count = z.number().int().min(0);

export const incidentsSectionSchema = z.strictObject({
  source_path: z.string(),
  /** Newest first (by start). */
  incidents: z.array(incidentSchema),
  total: count,
  open: count,
  resolved: count,
  by_severity: z.strictObject({ critical: count, high: count, medium: count, low: count }),
  /** Mean time to resolve over resolved incidents, in minutes (one decimal); null when none resolved. */
  mttr_minutes: z.number().min(0).nullable(),
  /** Whole days from the start of the latest incident to now; 0 while one is open; null without incidents. */
  days_since_last: count.nullable(),
  last_incident: z.string().nullable(),
});
export type IncidentsSection = z.infer<typeof incidentsSectionSchema>;
