/** Incident reports (seed 000): Markdown with front matter, and the figures drawn from them. */

export type IncidentSeverity = 'critical' | 'high' | 'medium' | 'low';

export interface Incident {
  /** The file name without `.md`, e.g. `2025-11-05-tp-capital-connectivity-failure`. */
  id: string;
  /** Repository path of the report. */
  file: string;
  title: string;
  /** ISO 8601 UTC. */
  start: string;
  /** ISO 8601 UTC; null while the incident is open. */
  end: string | null;
  severity: IncidentSeverity;
  services: string[];
  root_causes: string[];
  status: 'open' | 'resolved';
  /** end - start in whole minutes; null while open. */
  duration_minutes: number | null;
  /** The report body rendered as safe HTML (escaped; see `renderIncidentMarkdown`). */
  body_html: string;
  /** First paragraph of the body as plain text, for lists and the feed. */
  summary: string;
  /** Commit that added the report, when git knows it. */
  commit: string | null;
}

export interface IncidentsSection {
  source_path: string;
  /** Newest first (by start). */
  incidents: Incident[];
  total: number;
  open: number;
  resolved: number;
  by_severity: Record<IncidentSeverity, number>;
  /** Mean time to resolve over resolved incidents, in minutes (one decimal); null when none resolved. */
  mttr_minutes: number | null;
  /** Whole days from the start of the latest incident to now; 0 while one is open; null without incidents. */
  days_since_last: number | null;
  last_incident: string | null;
}
