import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentsSectionSchema } from '../../src/model/incidents.ts';
import { runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/git.ts';
import { gitFixture } from '../sources/gates/git-fixture.ts';

// Issue 11: a repository whose incident reports are written the way the seeds write them built
// exit 2 and published nothing. The same reports now build, and the pages say what was assumed.
const DIR = 'governance/evidence/incidents';
const REPORTS = {
  // Seed 000: front matter with date and type, a narrative body under a heading repeating the title.
  [`${DIR}/2025-11-05-tp-capital-connectivity-failure.md`]:
    '---\ntitle: "TP-Capital Connectivity Failure"\ndate: "2025-11-05"\ntype: "postmortem"\nowner: "Platform Engineering"\ntags: [pgbouncer, networking]\n---\n\n# TP-Capital Connectivity Failure\n\nA **2-hour service outage**: PgBouncer started without a password.\n\n## Timeline\n\n- 15:00 signals stop\n- 17:00 fixed\n',
  // Seed 001: no front matter; the start is the file name's day, the title the first heading.
  [`${DIR}/2026-01-13-mosaic-postmortem.md`]:
    '# MOSAIC GOVERNANCE FRAMEWORK POSTMORTEM\n\n**Date**: 2026-01-13\n**Incident**: Production system broken\n\n## EXECUTIVE SUMMARY\n\nThe framework said healthy; users saw offline.\n',
  // govpages' own style beside them, with a key of the team's own.
  [`${DIR}/2026-01-20-api-latency.md`]:
    '---\ntitle: API latency\nstart: 2026-01-20T10:00:00Z\nend: 2026-01-20T10:45:00Z\nseverity: medium\nservices: [api]\nteam: payments\n---\nSlow responses.\n',
};
const NOW = '2026-02-01T00:00:00Z';

describe('building a repository of seed-style incident reports', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    const repo = gitFixture(
      [{ date: '2026-01-21T00:00:00Z', files: { ...REPORTS, 'govpages.config.json': JSON.stringify({ sources: { incidents: { path: DIR } } }) } }],
      'govpages-seed-incidents-',
    );
    out = join(tempDir(), 'dist');
    result = await runCli(['build', '--repo', repo, '--out', out, '--now', NOW, '--no-state']);
  }, 180_000);

  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  it('publishes (exit 0) with every report, figures counting only what the reports state', () => {
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const section = incidentsSectionSchema.parse(JSON.parse(read('status/incidents.json')));
    expect(section.incidents.map((incident) => [incident.id, incident.start, incident.status, incident.severity])).toEqual([
      ['2026-01-20-api-latency', '2026-01-20T10:00:00.000Z', 'resolved', 'medium'],
      ['2026-01-13-mosaic-postmortem', '2026-01-13T00:00:00.000Z', 'resolved', null],
      ['2025-11-05-tp-capital-connectivity-failure', '2025-11-05T00:00:00.000Z', 'resolved', null],
    ]);
    expect(section.by_severity).toEqual({ critical: 0, high: 0, medium: 1, low: 0 });
    // Only the report with a start and end to the minute has a time to resolve.
    expect([section.total, section.open, section.mttr_minutes, section.days_since_last]).toEqual([3, 0, 45, 11]);
  });

  it("each report's page says what the report does not, and shows its type and other keys", () => {
    const seed000 = read('incidents/2025-11-05-tp-capital-connectivity-failure/index.html');
    expect(seed000).toContain('<h1>TP-Capital Connectivity Failure</h1>');
    expect(seed000).toContain('severity not stated');
    expect(seed000).toContain('The start is a day without a time');
    expect(seed000).toMatch(/<dt>Type<\/dt><dd>postmortem<\/dd>/);
    expect(seed000).toMatch(/<dt>tags<\/dt><dd>pgbouncer, networking<\/dd>/);
    expect(seed000).toContain('<h2>Timeline</h2>');
    const seed001 = read('incidents/2026-01-13-mosaic-postmortem/index.html');
    expect(seed001).toContain('<h1>MOSAIC GOVERNANCE FRAMEWORK POSTMORTEM</h1>');
    expect(seed001).toContain('The start is the day in the file name.');
    expect(read('incidents/2026-01-20-api-latency/index.html')).toMatch(/<dt>team<\/dt><dd>payments<\/dd>/);
    const list = read('incidents/index.html');
    expect(list).toContain('not stated 2');
    expect(list).toContain('MTTR (1 of 3 resolved: those with a known duration)');
    expect(list).toContain('<td>not known</td>');
  });
});
