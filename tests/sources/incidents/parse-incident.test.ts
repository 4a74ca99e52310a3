import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { parseIncident, renderIncidentMarkdown } from '../../../src/sources/incidents/index.ts';
import { FILE, report } from './reports.ts';

describe('parseIncident', () => {
  it('reads the front matter (timestamps stay exact) and renders the body', () => {
    const incident = parseIncident(report, FILE, 'abc123');
    expect(incident).toEqual({
      id: '2025-11-05-tp-capital-connectivity-failure',
      file: FILE,
      title: 'TP-Capital connectivity failure',
      start: '2025-11-05T15:00:00.000Z',
      end: '2025-11-05T17:00:00.000Z',
      severity: 'critical',
      services: ['tp-capital-api', 'dashboard'],
      root_causes: ['PgBouncer password not exported', 'Wrong port (external 4008 vs internal 4005)'],
      status: 'resolved',
      duration_minutes: 120,
      body_html:
        '<h2>Timeline</h2>\n<p>The <strong>dashboard</strong> showed no signals for <code>2 hours</code>.</p>\n<ul><li>15:00 alerts fire</li><li>17:00 fixed</li></ul>',
      summary: 'The dashboard showed no signals for 2 hours.',
      commit: 'abc123',
    });
  });

  it('an incident without end is open; a single service string is a list', () => {
    const incident = parseIncident('---\ntitle: t\nstart: 2026-01-13T10:00:00+01:00\nseverity: low\nservices: api\n---\n', 'x.md');
    expect([incident.status, incident.end, incident.start, incident.services, incident.duration_minutes]).toEqual([
      'open',
      null,
      '2026-01-13T09:00:00.000Z',
      ['api'],
      null,
    ]);
  });

  it.each([
    // Severity and services may be missing (seed-style reports: tests/sources/incidents/seed-style.test.ts); a start may not.
    {
      name: 'missing start, file name without a day',
      text: '---\ntitle: t\nseverity: low\n---\n',
      where: '$.start',
      message: /^missing \(expected start or date in the front matter, e\.g\. date: 2026-01-31, a file name starting with a day/,
    },
    { name: 'an unknown severity', text: '---\ntitle: t\nstart: 2026-01-13T10:00:00Z\nseverity: sev1\n---\n', where: '$.severity', message: /expected one of/ },
    {
      name: 'misspelt key',
      text: '---\ntitle: t\nstart: 2026-01-13T10:00:00Z\nseverty: low\nseverity: low\nservices: [a]\n---\n',
      where: '$.severty',
      message: /unknown key "severty"/,
    },
    {
      name: 'end before start',
      text: '---\ntitle: t\nstart: 2026-01-13T10:00:00Z\nend: 2026-01-13T09:00:00Z\nseverity: low\nservices: [a]\n---\n',
      where: '$.end',
      message: /end is before start/,
    },
    {
      name: 'a start that is neither a day nor a datetime',
      text: '---\ntitle: t\nstart: 2026-01-13 10:00\n---\n',
      where: '$.start',
      message: /expected a date such as 2026-01-31/,
    },
    { name: 'a day not in the calendar', text: '---\ndate: 2026-02-30\n---\n', where: '$.date', message: /expected a date such as 2026-01-31/ },
    { name: 'an end without a time', text: '---\ndate: 2026-01-13\nend: 2026-01-14\n---\n', where: '$.end', message: /datetime/ },
    {
      name: 'an end before the day of a start without a time',
      text: '---\ndate: 2026-01-13\nend: 2026-01-12T23:00:00Z\n---\n',
      where: '$.end',
      message: /end is before start \(expected end at or after the start of the day 2026-01-13\)/,
    },
    { name: 'a read key in another case', text: '---\nDate: 2026-01-13\n---\n', where: '$.Date', message: /unknown key "Date" \(did you mean date\?/ },
    { name: 'a read key with a typo', text: '---\ndate: 2026-01-13\nservcies: [api]\n---\n', where: '$.servcies', message: /did you mean services\?/ },
    {
      // The value of title (line 2, column 8) runs on into a nested mapping that YAML refuses there.
      name: 'YAML syntax error names the line in the file',
      text: '---\ntitle: t\n  bad: : x\nseverity: low\n---\n',
      where: 'line 2 column 8',
      message: /malformed YAML front matter/,
    },
    {
      name: 'no front matter, file name without a day',
      text: '# Just a title\n',
      where: 'line 1',
      message: /^no front matter and no start \(expected start or date/,
    },
  ])('$name -> InputError', ({ text, where, message }) => {
    try {
      parseIncident(text, 'governance/incidents/x.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const location = (error as InputError).location;
      expect(location.file).toBe('governance/incidents/x.md');
      if (typeof where === 'string') expect(location.where).toBe(where);
      else expect(location.where).toMatch(where);
      expect((error as InputError).message).toMatch(message);
    }
  });
});

describe('incident file names (the page URL)', () => {
  const text = '---\ntitle: t\nstart: 2026-01-13T10:00:00Z\nseverity: low\nservices: api\n---\n';

  it.each(['2026-01-13-proxy.md', '2026-01-13-PROXY.MD', 'v1.2_outage.md', '2026-01-13-störung.md', '障害.md'])('%s is a page', (name) => {
    expect(parseIncident(text, `governance/incidents/${name}`).id).toBe(name.replace(/\.md$/i, ''));
  });

  // The names (each crashed the site render with "Missing parameter: id") and their kin.
  it.each([
    ['...md', '"...md"'],
    ['..md', '"..md"'],
    ['.md', '".md"'],
    ['a\\b.md', '"a\\\\b.md"'],
    ['%2e%2e.md', '"%2e%2e.md"'],
    ['<b>x\u202E.md', '"<b>x\\u202e.md"'],
    ['a b.md', '"a b.md"'],
    ['-x.md', '"-x.md"'],
    ['x?y.md', '"x?y.md"'],
  ])('%s is bad input naming the file', (name, shown) => {
    const file = `governance/incidents/${name}`;
    try {
      parseIncident(text, file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const { message, location } = error as InputError;
      expect(message).toBe(
        `the file name ${shown} cannot name the report's page (expected letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. 2026-01-31-api-outage.md)`,
      );
      // The path is printed escaped: no raw bidirectional control reaches a terminal.
      expect(location.file).toBe(file.replace('\u202E', '\\u202e'));
    }
  });

  it('a name too long for a folder of the site is bad input', () => {
    expect(() => parseIncident(text, `governance/incidents/${'ü'.repeat(101)}.md`)).toThrow(
      "the file name is too long to name the report's page (202 bytes; expected at most 200)",
    );
    expect(parseIncident(text, `governance/incidents/${'ü'.repeat(100)}.md`).id).toHaveLength(100);
  });
});

describe('renderIncidentMarkdown (safe subset)', () => {
  it.each([
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    ['[runbook](https://example.com/a?b=1&c="2")', '<p><a href="https://example.com/a?b=1&amp;c=&quot;2&quot;" rel="nofollow noopener">runbook</a></p>'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['```\n<b>code</b>\n```', '<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>'],
    ['1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['## Timeline\n### Detail', '<h2>Timeline</h2>\n<h3>Detail</h3>'],
    ['```\n# not a heading\n```\n### Only', '<pre><code># not a heading</code></pre>\n<h2>Only</h2>'],
    ['`**not bold**`', '<p><code>**not bold**</code></p>'],
    // Link URLs are left as written: no emphasis inside them; the link text may carry it.
    [
      '[dash](https://grafana.example.com/d/*abc*/x?var=*y*)',
      '<p><a href="https://grafana.example.com/d/*abc*/x?var=*y*" rel="nofollow noopener">dash</a></p>',
    ],
    [
      '[**bold** text](https://a.example/**b**) and *c*',
      '<p><a href="https://a.example/**b**" rel="nofollow noopener"><strong>bold</strong> text</a> and <em>c</em></p>',
    ],
    ['[`code` x](https://a.example/x)', '<p><a href="https://a.example/x" rel="nofollow noopener"><code>code</code> x</a></p>'],
    // A NUL in the source cannot reach a placeholder: it becomes U+FFFD, as in an HTML parser.
    ['`a` \u00000\u0000', '<p><code>a</code> \uFFFD0\uFFFD</p>'],
  ])('%s', (input, html) => {
    expect(renderIncidentMarkdown(input)).toBe(html);
  });

  it('never lets a tag or an attribute-breaking quote through from the source (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '"', "'", 'a', ' ', '\n', '*', '`', '[', ']', '(', ')', '#', '-', 'h', 't', 'p', 's', ':', '/') }),
        (source) => {
          const html = renderIncidentMarkdown(source);
          const tags = html.match(/<\/?[a-z0-9]+[^>]*>/g) ?? [];
          for (const tag of tags) expect(tag).toMatch(/^<\/?(p|h[2-6]|ul|ol|li|pre|code|strong|em)>$|^<a href="https?:\/\/[^"<>]*" rel="nofollow noopener">$/);
          expect(html.replace(/<\/?[a-z0-9]+[^>]*>/g, '')).not.toMatch(/[<>"]/);
        },
      ),
    );
  });
});
