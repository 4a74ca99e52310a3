import { posix } from 'node:path';
import matter from 'gray-matter';
import { InputError } from '../../core/errors.ts';
import { printable, quote } from '../../core/printable.ts';
import { parseWith, parseYamlDocument } from '../../core/validation.ts';
import type { Incident } from '../../model/incidents.ts';
import { incidentFrontMatterSchema } from './front-matter-schema.ts';
import { plainSummary, renderIncidentMarkdown } from './render-markdown.ts';

/**
 * Parses one incident report (pure): YAML front matter between `---` lines, validated; the body
 * rendered safely. The YAML is read by the `yaml` package (YAML 1.2 core schema), so timestamps stay
 * strings and a syntax error names its line in the file.
 */
export function parseIncident(text: string, file: string, commit: string | null = null): Incident {
  const id = incidentId(file);
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    throw new InputError('no front matter (expected the file to start with a "---" line, then title, start, severity, services)', {
      file,
      where: 'line 1',
    });
  }
  if (!/^\uFEFF?---\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)/.test(text)) {
    throw new InputError('the front matter is never closed (expected a "---" line after title, start, severity and services)', { file, where: 'line 1' });
  }
  let data: unknown;
  let body: string;
  try {
    const parsed = matter(text.replace(/^\uFEFF/, ''), {
      engines: {
        yaml: (source: string) => parseFrontMatter(source, file),
      },
    });
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`malformed front matter: ${(error as Error).message}`, { file });
  }
  const front = parseWith(incidentFrontMatterSchema, data ?? {}, file);
  const start = new Date(front.start).toISOString();
  const end = front.end ? new Date(front.end).toISOString() : null;
  return {
    id,
    file,
    title: front.title,
    start,
    end,
    severity: front.severity,
    services: front.services,
    root_causes: front.root_causes,
    status: end ? 'resolved' : 'open',
    duration_minutes: end ? Math.round((Date.parse(end) - Date.parse(start)) / 60_000) : null,
    body_html: renderIncidentMarkdown(body),
    summary: plainSummary(body),
    commit,
  };
}

/**
 * A report's page is `incidents/<id>/`, the id being its file name without `.md`: letters (any
 * script), digits, `.`, `_` and `-`, starting with a letter or digit. Nothing else may become a
 * URL: a name such as `..md`, `%2e%2e.md`, one with a backslash, markup or a bidirectional
 * control is bad input naming the file, never a slug made up for it (which could collide with
 * another report's and would hide the file's real name from the page).
 */
export function incidentId(file: string): string {
  const name = posix.basename(file);
  const id = name.replace(/\.md$/i, '');
  const bytes = Buffer.byteLength(id);
  if (SAFE_ID.test(id) && bytes <= MAX_ID_BYTES) return id;
  const shown = { file: printable(file, 160) };
  if (bytes > MAX_ID_BYTES)
    throw new InputError(`the file name is too long to name the report's page (${bytes} bytes; expected at most ${MAX_ID_BYTES})`, shown);
  throw new InputError(
    `the file name ${quote(name, 60)} cannot name the report's page (expected letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. 2026-01-31-api-outage.md)`,
    shown,
  );
}

const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;
/** A folder name in `dist/incidents/`: file systems allow 255 bytes, with room to spare. */
const MAX_ID_BYTES = 200;

/**
 * gray-matter hands over the text from the end of the opening `---`, its line break included: the
 * YAML's line numbers are already the file's.
 */
function parseFrontMatter(source: string, file: string): object {
  return (parseYamlDocument(source, file, { what: 'YAML front matter' }).data ?? {}) as object;
}
