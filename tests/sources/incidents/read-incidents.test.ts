import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { listFileVersions } from '../../../src/git/index.ts';
import { isReport, readIncidentReports, readIncidents } from '../../../src/sources/incidents/index.ts';
import { atHead } from '../../helpers/context.ts';
import { gitFixture, gitOutput } from '../gates/git-fixture.ts';
import { FILE, report } from './reports.ts';

const proxy = '---\ntitle: Proxy 404\nstart: 2026-01-13T09:00:00Z\nend: 2026-01-13T11:00:00Z\nseverity: high\nservices: [frontend]\n---\nUsers saw offline.\n';

describe('readIncidents', () => {
  it('reads *.md reports at HEAD newest first with the commit that added each; skips README.md and _template.md', async () => {
    const dir = gitFixture([
      {
        date: '2025-11-05T18:00:00Z',
        files: { [FILE]: report, 'governance/incidents/README.md': '# About', 'governance/incidents/_template.md': '---\n---\n' },
      },
      { date: '2026-01-13T18:00:00Z', files: { 'governance/incidents/2026-01-13-proxy.md': proxy } },
    ]);
    const incidents = await readIncidents(await atHead(dir), 'governance/incidents');
    expect(incidents.map((i) => i.id)).toEqual(['2026-01-13-proxy', '2025-11-05-tp-capital-connectivity-failure']);
    expect(incidents.every((i) => /^[0-9a-f]{40}$/.test(i.commit ?? ''))).toBe(true);
    expect(incidents[0]!.commit).not.toBe(incidents[1]!.commit);
  });

  it('names the commit that added each report, as listFileVersions does, through later edits and a rename', async () => {
    const dir = gitFixture([
      { date: '2025-11-05T18:00:00Z', files: { 'governance/incidents/draft.md': report } },
      { date: '2026-01-13T18:00:00Z', files: { 'governance/incidents/2026-01-13-proxy.md': proxy } },
      { date: '2026-01-14T18:00:00Z', files: { 'governance/incidents/draft.md': null, [FILE]: `${report}\nFollow-up done.\n` } },
      { date: '2026-01-15T18:00:00Z', files: { 'governance/incidents/2026-01-13-proxy.md': `${proxy}\nMore.\n` } },
    ]);
    const [first, second] = gitOutput(dir, ['rev-list', '--reverse', 'HEAD']).trim().split('\n');
    const context = await atHead(dir);
    const incidents = await readIncidents(context, 'governance/incidents');
    expect(incidents.map((i) => [i.id, i.commit])).toEqual([
      ['2026-01-13-proxy', second],
      ['2025-11-05-tp-capital-connectivity-failure', first],
    ]);
    for (const incident of incidents) expect(incident.commit).toBe((await listFileVersions(context.repo, incident.file))[0]!.commit);
  });

  it('reads the committed reports, not uncommitted edits; nothing when the folder does not exist', async () => {
    const dir = gitFixture([{ date: '2026-01-13T18:00:00Z', files: { 'README.md': 'x' } }]);
    expect(await readIncidents(await atHead(dir), 'governance/incidents')).toEqual([]);
  });

  it('a broken report is bad input naming the file', async () => {
    const dir = gitFixture([{ date: '2026-01-13T18:00:00Z', files: { 'governance/incidents/x.md': 'no front matter\n' } }]);
    const error = await readIncidents(await atHead(dir), 'governance/incidents').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: 'governance/incidents/x.md', where: 'line 1' });
  });
});

describe('one page per report', () => {
  it.each([
    ['names that differ only in case', 'governance/incidents/Outage.md', 'governance/incidents/outage.md'],
    ['the same name in two folders', 'governance/incidents/2025/outage.md', 'governance/incidents/2026/outage.md'],
  ])('%s are bad input naming both files', async (_, first, second) => {
    const dir = gitFixture([{ date: '2026-01-13T18:00:00Z', files: { [first]: proxy, [second]: proxy } }]);
    const error = await readIncidentReports((await atHead(dir)).snapshot, 'governance/incidents').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: second });
    expect((error as InputError).message).toMatch(new RegExp(`^this report and "${first}" would have the same page, incidents/outage/ `));
  });
});

describe('readIncidentReports', () => {
  it('gives the same reports without their history', async () => {
    const dir = gitFixture([{ date: '2026-01-13T18:00:00Z', files: { [FILE]: report, 'governance/incidents/2026-01-13-proxy.md': proxy } }]);
    const context = await atHead(dir);
    const withHistory = await readIncidents(context, 'governance/incidents');
    const reports = await readIncidentReports(context.snapshot, 'governance/incidents');
    expect(reports).toEqual(withHistory.map((incident) => ({ ...incident, commit: null })));
  });
});

describe('isReport', () => {
  it.each([
    ['governance/incidents/2026-01-13-proxy.md', true],
    ['governance/incidents/README.md', false],
    ['governance/incidents/readme.MD', false],
    ['governance/incidents/_template.md', false],
    ['governance/_drafts/x.md', true],
  ])('%s -> %s', (path, expected) => {
    expect(isReport(path)).toBe(expected);
  });
});
