import matter from 'gray-matter';
import { InputError } from '../../core/errors.ts';
import { parseWith, parseYamlDocument } from '../../core/validation.ts';
import type { Incident, IncidentAssumption } from '../../model/incidents.ts';
import { dayFromId, incidentId, titleFromId } from './file-name.ts';
import { type IncidentFrontMatter, incidentFrontMatterSchema, type StartTime } from './front-matter-schema.ts';
import { reportFields } from './kept-fields.ts';
import { dayFromBody, firstHeading, withoutTitleHeading } from './narrative.ts';
import { plainSummary, renderIncidentMarkdown } from './render-markdown.ts';

export { incidentId } from './file-name.ts';

/**
 * Parses one incident report (pure), in govpages' style (front matter with `title`, `start`,
 * `severity`, `services`) or the seed's (front matter with `date` and `type`, or none, and a
 * narrative body). What the report does not say is supplied and listed in `assumptions`; only a
 * start found nowhere is an error. The YAML is read by the `yaml` package (YAML 1.2 core schema),
 * so timestamps stay strings and a syntax error names its line in the file.
 */
export function parseIncident(text: string, file: string, commit: string | null = null): Incident {
  const id = incidentId(file);
  const { data, body: source, hasFrontMatter } = splitReport(text, file);
  const front = parseWith(incidentFrontMatterSchema, data ?? {}, file);
  const assumptions: IncidentAssumption[] = [];
  const start = readStart(front, id, source, file, hasFrontMatter, assumptions);
  const end = front.end ? new Date(front.end).toISOString() : null;
  if (end && Date.parse(end) < Date.parse(start.instant)) {
    throw new InputError(`end is before start (expected end at or after ${start.dayOnly ? `the start of the day ${start.instant.slice(0, 10)}` : 'start'})`, {
      file,
      where: '$.end',
    });
  }
  const status = end || !isOpen(front) ? 'resolved' : 'open';
  if (status === 'resolved' && !end) assumptions.push('end-not-stated');
  if (!front.severity) assumptions.push('severity-not-stated');
  const services = front.services ?? [];
  if (services.length === 0) assumptions.push('services-not-stated');
  const title = readTitle(front, id, source, assumptions);
  const body = withoutTitleHeading(source, title);
  const fields = reportFields((data ?? {}) as Record<string, unknown>, front.start ? [] : ['date']);
  return {
    id,
    file,
    title,
    start: start.instant,
    end,
    severity: front.severity ?? null,
    services,
    root_causes: front.root_causes ?? [],
    status,
    // A day without a time gives no duration worth averaging: 00:00 UTC is a stand-in, not a start.
    duration_minutes: end && !start.dayOnly ? Math.round((Date.parse(end) - Date.parse(start.instant)) / 60_000) : null,
    body_html: renderIncidentMarkdown(body),
    summary: plainSummary(body),
    commit,
    ...(front.type ? { type: front.type } : {}),
    ...(fields.length ? { fields } : {}),
    ...(assumptions.length ? { assumptions: sortAssumptions(assumptions) } : {}),
  };
}

/** The start: `start`, else the seed's `date`, else the file name's day, else the body's `**Date**:` line. */
function readStart(front: IncidentFrontMatter, id: string, body: string, file: string, hasFrontMatter: boolean, assumptions: IncidentAssumption[]): StartTime {
  let start = front.start ?? front.date ?? null;
  if (!start) {
    start = dayFromId(id);
    if (start) assumptions.push('start-from-file-name');
  }
  if (!start) {
    start = dayFromBody(body);
    if (start) assumptions.push('start-from-body');
  }
  if (!start) {
    const expected =
      'expected start or date in the front matter, e.g. date: 2026-01-31, a file name starting with a day, e.g. 2026-01-31-api-outage.md, or a "**Date**: 2026-01-31" line';
    if (hasFrontMatter) throw new InputError(`missing (${expected})`, { file, where: '$.start' });
    throw new InputError(`no front matter and no start (${expected})`, { file, where: 'line 1' });
  }
  if (start.dayOnly) assumptions.push('start-day-only');
  return start;
}

/**
 * Words of `status` that say the incident is still going on, or is over. A report without `end`
 * that gives its start as `start` is open (govpages' own reports are committed while open); a
 * dated write-up in the seed's style (`date`, a dated file name) is a report on something past,
 * so it is resolved, its end unknown, unless its `status` says otherwise.
 */
const OPEN_WORDS = new Set(['open', 'ongoing', 'investigating', 'identified', 'monitoring']);
const RESOLVED_WORDS = new Set(['resolved', 'closed', 'fixed', 'mitigated', 'done', 'complete', 'completed']);

function isOpen(front: IncidentFrontMatter): boolean {
  const word = typeof front.status === 'string' ? front.status.trim().toLowerCase() : '';
  if (OPEN_WORDS.has(word)) return true;
  if (RESOLVED_WORDS.has(word)) return false;
  return Boolean(front.start);
}

function readTitle(front: IncidentFrontMatter, id: string, body: string, assumptions: IncidentAssumption[]): string {
  if (front.title) return front.title;
  const heading = firstHeading(body);
  assumptions.push(heading ? 'title-from-heading' : 'title-from-file-name');
  return heading ?? titleFromId(id);
}

function sortAssumptions(assumptions: readonly IncidentAssumption[]): IncidentAssumption[] {
  return [...new Set(assumptions)].sort();
}

/**
 * Front matter (between `---` lines at the very start) and body. A file that does not start with
 * `---` has no front matter: it is all body (seed 001's postmortem). One that starts with `---`
 * and never closes it is an error, not a body: its keys would be lost.
 */
function splitReport(text: string, file: string): { data: unknown; body: string; hasFrontMatter: boolean } {
  if (!/^\uFEFF?---\r?\n/.test(text)) return { data: {}, body: text.replace(/^\uFEFF/, ''), hasFrontMatter: false };
  if (!/^\uFEFF?---\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)/.test(text)) {
    throw new InputError('the front matter is never closed (expected a "---" line after the front matter)', { file, where: 'line 1' });
  }
  try {
    const parsed = matter(text.replace(/^\uFEFF/, ''), {
      engines: {
        yaml: (source: string) => parseFrontMatter(source, file),
      },
    });
    return { data: parsed.data, body: parsed.content, hasFrontMatter: true };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`malformed front matter: ${(error as Error).message}`, { file });
  }
}

/**
 * gray-matter hands over the text from the end of the opening `---`, its line break included: the
 * YAML's line numbers are already the file's.
 */
function parseFrontMatter(source: string, file: string): object {
  return (parseYamlDocument(source, file, { what: 'YAML front matter' }).data ?? {}) as object;
}
