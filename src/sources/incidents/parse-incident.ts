import { posix } from 'node:path';
import matter from 'gray-matter';
import { InputError } from '../../core/errors.ts';
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
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    throw new InputError('no front matter (expected the file to start with a "---" line, then title, start, severity, services)', {
      file,
      where: 'line 1',
    });
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
    id: posix.basename(file).replace(/\.md$/i, ''),
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

/** The front matter starts on line 2, after the opening `---`. */
function parseFrontMatter(source: string, file: string): object {
  return (parseYamlDocument(source, file, { lineOffset: 1, what: 'YAML front matter' }).data ?? {}) as object;
}
