import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config/index.ts';
import { InputError } from '../../../../src/core/errors.ts';
import { gatesSectionSchema } from '../../../../src/model/gates.ts';
import { incidentsSectionSchema } from '../../../../src/model/incidents.ts';
import type { BuildContext } from '../../../../src/pipeline/kind.ts';
import { gatesKind } from '../../../../src/pipeline/kinds/gates.ts';
import { incidentsKind } from '../../../../src/pipeline/kinds/incidents.ts';
import { PROBE_HISTORY_FILE, serializeProbeHistory } from '../../../../src/sources/gates/index.ts';
import { atHead } from '../../../helpers/context.ts';
import { gitFixture } from '../../../sources/gates/git-fixture.ts';

const run = (id: string, time: string, statuses: Record<string, string>, extra = {}) =>
  Object.entries(statuses)
    .map(([gate, status]) =>
      JSON.stringify({
        gate,
        status,
        mode: 'integration',
        time,
        run: id,
        commit: 'abcdef1',
        layer: gate === 'INTEGRATION_CONNECTIVITY' ? 'Integration Layer' : 'Code Authority',
        ...extra,
      }),
    )
    .join('\n');

const incident = (title: string, start: string, end: string | null, severity = 'high') =>
  `---\ntitle: ${title}\nstart: ${start}\n${end ? `end: ${end}\n` : ''}severity: ${severity}\nservices: [frontend]\nroot_causes: [stale proxy config]\n---\nUsers saw <b>offline</b>.\n`;

async function context(files: Record<string, string>, history = '', now = '2026-01-20T00:00:00.000Z'): Promise<BuildContext> {
  const dir = gitFixture([{ date: '2026-01-19T00:00:00Z', files }], 'govpages-kinds-');
  const config = configSchema.parse({ sources: { gates: {}, incidents: {} } });
  return { config, ...(await atHead(dir)), now, previousState: new Map(history ? [[PROBE_HISTORY_FILE, history]] : []), env: {}, progress: () => {} };
}

describe('gates and incidents kinds', () => {
  it('REJECT then ALLOW: current verdict, events, false positive, badges and status files', async () => {
    const ctx = await context(
      {
        'governance/gates/2026-01-13.jsonl': run('r1', '2026-01-13T10:00:00Z', { GIT_REMOTE: 'pass', INTEGRATION_CONNECTIVITY: 'fail' }),
        'governance/gates/2026-01-14.jsonl': run('r2', '2026-01-14T10:00:00Z', { GIT_REMOTE: 'pass', INTEGRATION_CONNECTIVITY: 'pass' }),
        'governance/incidents/2026-01-14-outage.md': incident('Outage after deploy', '2026-01-14T16:00:00Z', '2026-01-14T18:00:00Z'),
      },
      serializeProbeHistory([
        {
          time: '2026-01-18T00:00:00.000Z',
          probe: 'site',
          type: 'integration',
          status: 'pass',
          response_ms: 100,
          http_status: 200,
          message: 'ok',
          commit: null,
        },
        {
          time: '2026-01-19T00:00:00.000Z',
          probe: 'site',
          type: 'integration',
          status: 'fail',
          response_ms: null,
          http_status: 404,
          message: 'Frontend proxy broken',
          commit: null,
        },
      ]),
    );
    const gates = await gatesKind.collect(ctx);
    expect(gates.section.current).toMatchObject({ verdict: 'ALLOW', suite_verdict: 'APPROVED', exit_code: 0 });
    expect(gates.section.runs.map((r) => [r.run, r.verdict])).toEqual([
      ['r2', 'ALLOW'],
      ['r1', 'REJECT'],
    ]);
    expect(gates.section.pass_rate).toMatchObject({ total: 4, passed: 3, ratio: 0.75 });
    expect(gates.section.layer_coverage).toMatchObject({ covered_count: 2, total: 14 });
    // r2 ALLOWed at 10:00, the outage began 6 hours later.
    expect(gates.section.false_positives).toMatchObject({ allow_runs: 1, count: 1, rate: 1 });
    expect(gates.events.map((e) => [e.type, e.id])).toEqual([
      ['gates-reject', 'gates:abcdef1:reject:r1'],
      ['gates-recovered', 'gates:abcdef1:recovered:r2'],
    ]);
    expect(gates.checks.map((c) => [c.id, c.status])).toEqual([
      ['gates.verdict', 'pass'],
      ['gates.probes', 'fail'],
    ]);
    expect(gates.badges.map((b) => `${b.file}: ${b.endpoint.label} ${b.endpoint.message}`)).toEqual([
      'badge-gates-verdict.json: deploy gates ALLOW',
      'badge-gates-pass-rate.json: gate pass rate 75%',
      'badge-gates-layer-coverage.json: layer coverage 2/14 (14.3%)',
      'badge-gates-false-positives.json: gate false positives 1/1 (100%)',
      'badge-probe-site-uptime.json: site uptime 50%',
      'badge-probe-site-response-time.json: site response time 100 ms',
    ]);
    expect(gates.files.map((f) => f.path)).toEqual(['status/gates.json']);
    expect(String(gates.files[0]!.content)).toMatch(/^\{\n {2}"current": \{[\s\S]*\n\}\n$/);
    expect(gates.state).toEqual({});
    expect(gatesSectionSchema.parse(JSON.parse(String(gates.files[0]!.content)))).toEqual(gates.section);

    const incidents = await incidentsKind.collect(ctx);
    expect(incidents.section).toMatchObject({ total: 1, open: 0, mttr_minutes: 120, days_since_last: 5, last_incident: '2026-01-14-outage' });
    expect(incidents.section.incidents[0]!.body_html).toBe('<p>Users saw &lt;b&gt;offline&lt;/b&gt;.</p>');
    expect(incidents.events.map((e) => [e.type, e.date])).toEqual([
      ['incident-opened', '2026-01-14T16:00:00.000Z'],
      ['incident-resolved', '2026-01-14T18:00:00.000Z'],
    ]);
    expect(incidents.checks).toEqual([
      { id: 'incidents.open', kind: 'incidents', title: 'Incidents', status: 'pass', message: '1 incidents, none open, MTTR 2h, 5 days since the last' },
    ]);
    expect(incidents.badges.map((b) => b.endpoint.message)).toEqual(['2h', '5']);
    expect(incidents.files.map((f) => f.path)).toEqual(['status/incidents.json']);
    expect(incidentsSectionSchema.parse(JSON.parse(String(incidents.files[0]!.content)))).toEqual(incidents.section);
  });

  it('same inputs give byte-identical files', async () => {
    const files = {
      'governance/gates/a.json': run('r1', '2026-01-13T10:00:00Z', { A: 'warn' }).split('\n')[0]!,
      'governance/incidents/x.md': incident('X', '2026-01-10T00:00:00Z', null, 'critical'),
    };
    const [a, b] = [await context(files), await context(files)];
    const first = [...(await gatesKind.collect(a)).files, ...(await incidentsKind.collect(a)).files];
    const second = [...(await gatesKind.collect(b)).files, ...(await incidentsKind.collect(b)).files];
    expect(first).toEqual(second);
  });

  it('an open critical incident fails the incidents check; a warn gate makes the verdict CAUTION', async () => {
    const ctx = await context({
      'governance/gates/a.json': run('r1', '2026-01-13T10:00:00Z', { A: 'warn' }).split('\n')[0]!,
      'governance/incidents/x.md': incident('X', '2026-01-10T00:00:00Z', null, 'critical'),
    });
    expect((await gatesKind.collect(ctx)).checks[0]).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/^ALLOW \(CAUTION, exit 2\).*warnings: A/),
    });
    const incidents = await incidentsKind.collect(ctx);
    expect(incidents.checks[0]).toMatchObject({ status: 'fail', message: '1 open: X (critical)' });
    expect(incidents.badges[1]!.endpoint).toMatchObject({ message: '1 open', color: 'red' });
  });

  it('a broken record is bad input naming the file and line (exit 2)', async () => {
    const ctx = await context({ 'governance/gates/bad.jsonl': '{"gate":"A","status":"maybe","mode":"ci","time":"2026-01-13T10:00:00Z"}\n' });
    const error = await gatesKind.collect(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({ file: 'governance/gates/bad.jsonl', where: 'line 1: $.status' });
  });
});
