import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIncident } from '../../src/sources/incidents/parse-incident.ts';
import { DEEP_RUNS, deepTexts, fuzz, inputTexts, NASTY_FRAGMENTS, nastyString, ODD_DATES, resultOrInputError, yamlText } from './_fuzz.ts';

// Incident reports (sources/incidents/parse-incident.ts): front matter, the Markdown body and the
// file name, which becomes the report's page URL.

const frontMatter = {
  title: 'Front door returns 404',
  start: '2026-07-25T15:00:00Z',
  end: '2026-07-25T16:30:00+01:00',
  severity: 'critical',
  services: ['frontend', 'edge-proxy'],
  root_causes: ['Stale proxy configuration'],
  status: 'resolved',
  owner: '@acme/web',
  tags: ['proxy'],
  detection: 'alert',
  // The seed's keys: `date` beside `start` is kept, not read; `type` is shown.
  date: '2026-07-25',
  type: 'postmortem',
};

const body =
  '# Timeline\n\nThe **proxy** sent `404` for [every call](https://grafana.example.com/d/*x*).\n\n- 15:00 alerts fire\n1. fixed\n\n```\n<b>log</b>\n```\n';

const markdown = fc.oneof(
  fc.constant(body),
  fc
    .array(fc.oneof(nastyString, fc.constantFrom('# ', '**', '*', '`', '```\n', '[a](https://x.example/', ')', '\n', '- ', '1. ', '<script>')), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);

/** A report: front matter (mutated, or some other text) between `---` lines, then a body. */
const reportText = fc
  .tuple(
    inputTexts(frontMatter, ['yaml'], {
      keys: ['title', 'start', 'date', 'end', 'severity', 'services', 'root_causes', 'type', 'status'],
      values: fc.constantFrom<unknown>(...ODD_DATES, '2026-07-25', '2026-02-30', 'SEV1', 'High', 'high', 'resolved', 'ongoing', null),
    }),
    markdown,
    fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '--- \n', ''),
    fc.constantFrom('---\n', '---\r\n', '...\n', ''),
  )
  .map(([matter, text, open, close]) => `${open}${matter}${matter.endsWith('\n') ? '' : '\n'}${close}${text}`);

/** File names: ordinary, and the hostile ones of the issue and their kin. */
const fileName = fc.oneof(
  fc.constantFrom('2026-07-25-proxy-404', 'störung', '障害', 'v1.2_outage'),
  fc.constantFrom('..', '.', '', '%2e%2e', 'a\\b', '<b>x\u202E', 'a b', '-x', 'x?y', '\u0000', 'CON', 'x#y'),
  fc
    .array(fc.constantFrom(...NASTY_FRAGMENTS.filter((fragment) => !fragment.includes('/')), 'a', '1', '-', '.'), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('')),
);

/** What a page URL segment may be: a letter or digit first, then letters, marks, digits, ".", "_", "-". */
const SAFE_SEGMENT = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;

describe('fuzz: incident reports (any input gives an incident or an InputError)', () => {
  it('parseIncident, front matter and body', () => {
    fuzz(reportText, (text) => resultOrInputError(() => parseIncident(text, 'governance/incidents/x.md'), 'governance/incidents/x.md'));
  });

  it('parseIncident, file names: the page id is a safe URL segment or the file is refused', () => {
    const valid = `---\n${yamlText(frontMatter)}---\n${body}`;
    fuzz(fileName, (name) => {
      const file = `governance/incidents/${name}.md`;
      const result = resultOrInputError(() => parseIncident(valid, file), null);
      if ('id' in result) expect(result.id).toMatch(SAFE_SEGMENT);
    });
  });

  it('parseIncident, seed-style: any body without front matter in a dated file is an incident starting that day', () => {
    fuzz(markdown, (text) => {
      const file = 'governance/incidents/2026-07-25-proxy-404.md';
      const result = resultOrInputError(() => parseIncident(text, file), file);
      // A body that happens to open with "---" is front matter, and may be bad input; any other is read.
      if (!text.startsWith('---')) expect('id' in result && result.start).toBe('2026-07-25T00:00:00.000Z');
    });
  });

  it('parseIncident, front matter nested 1,000 to 20,000 deep', () => {
    const texts = deepTexts(frontMatter, ['yaml']).map((matter) => `---\n${matter}\n---\n${body}`);
    fuzz(texts, (text) => resultOrInputError(() => parseIncident(text, 'governance/incidents/x.md'), 'governance/incidents/x.md'), DEEP_RUNS);
  });
});
