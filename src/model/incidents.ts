import { z } from 'zod';

/**
 * Incident reports (seed 000): Markdown with front matter, and the figures drawn from them. The
 * section is published as `status/incidents.json` and `sections.incidents` of `status/status.json`.
 */

export const INCIDENT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const incidentSeveritySchema = z.enum(INCIDENT_SEVERITIES);
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>;

/**
 * What the reader supplied because the report does not say it (seed-style reports: `date`, a
 * narrative body, no front matter). The incident's page says each in words.
 */
export const INCIDENT_ASSUMPTIONS = [
  /** The start is a day without a time: 00:00 UTC of that day; no duration, not in MTTR. */
  'start-day-only',
  /** The start was read from the file name (`2026-01-05-api-outage.md`). */
  'start-from-file-name',
  /** The start was read from a `**Date**: 2026-01-05` line of the body. */
  'start-from-body',
  /** No `end`, and the report is a dated write-up (or says `status: resolved`): resolved, end unknown. */
  'end-not-stated',
  /** No `severity`: `null`, not counted in `by_severity`. */
  'severity-not-stated',
  /** No `services`: an empty list. */
  'services-not-stated',
  /** No `title`: the body's first `# heading`. */
  'title-from-heading',
  /** No `title` and no `# heading`: the file name. */
  'title-from-file-name',
] as const;
export const incidentAssumptionSchema = z.enum(INCIDENT_ASSUMPTIONS);
export type IncidentAssumption = z.infer<typeof incidentAssumptionSchema>;

/** ISO 8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
const utcTime = z.iso.datetime();

export const incidentSchema = z.strictObject({
  /** The file name without `.md`, e.g. `2025-11-05-tp-capital-connectivity-failure`. */
  id: z.string().min(1),
  /** Repository path of the report. */
  file: z.string().min(1),
  title: z.string().min(1),
  start: utcTime,
  /** Null while the incident is open, and for a resolved one whose end is not stated. */
  end: utcTime.nullable(),
  /** Null when the report states none (then not counted in `by_severity`). */
  severity: incidentSeveritySchema.nullable(),
  services: z.array(z.string().min(1)),
  root_causes: z.array(z.string().min(1)),
  status: z.enum(['open', 'resolved']),
  /** end - start in whole minutes; null while open, or when the start or end is not known to the minute. */
  duration_minutes: z.number().int().min(0).nullable(),
  /** The report body rendered as safe HTML (escaped; see `renderIncidentMarkdown`). */
  body_html: z.string(),
  /** First paragraph of the body as plain text, for lists and the feed. */
  summary: z.string(),
  /** Commit that added the report, when git knows it. */
  commit: z.string().nullable(),
  /** The seed's `type` (e.g. `postmortem`); absent when the report has none. */
  type: z.string().min(1).optional(),
  /** Front matter keys govpages does not read, in the report's order, values as text; absent when none. */
  fields: z
    .array(z.strictObject({ name: z.string().min(1), value: z.string() }))
    .min(1)
    .optional(),
  /** What was supplied because the report does not say it; absent when nothing was. */
  assumptions: z.array(incidentAssumptionSchema).min(1).optional(),
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
  /** Incidents by stated severity; those without one (`severity: null`) are in none of them. */
  by_severity: z.strictObject({ critical: count, high: count, medium: count, low: count }),
  /** Mean time to resolve over resolved incidents, in minutes (one decimal); null when none resolved. */
  mttr_minutes: z.number().min(0).nullable(),
  /** Whole days from the start of the latest incident to now; 0 while one is open; null without incidents. */
  days_since_last: count.nullable(),
  last_incident: z.string().nullable(),
});
export type IncidentsSection = z.infer<typeof incidentsSectionSchema>;
