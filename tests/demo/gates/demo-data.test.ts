import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/index.ts';
import { gatesDemoConfig, gatesDemoState, gatesDemoSteps } from '../../../src/demo/gates.ts';
import { incidentsDemoConfig, incidentsDemoSteps } from '../../../src/demo/incidents.ts';
import { computeGatesSection } from '../../../src/metrics/gates/index.ts';
import { computeIncidentsSection } from '../../../src/metrics/incidents/index.ts';
import { parseGateFile, parseProbeHistory, sortRecords } from '../../../src/sources/gates/index.ts';
import { parseIncident } from '../../../src/sources/incidents/index.ts';

const START = '2026-05-24T00:00:00Z';
const NOW = '2026-11-20T12:00:00.000Z'; // day 180

/** The files at the end of the history: later steps overwrite earlier ones. */
function finalFiles(steps: { files: Record<string, string | null> }[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const step of steps) for (const [path, content] of Object.entries(step.files)) content === null ? files.delete(path) : files.set(path, content);
  return files;
}

describe('demo gates and incidents', () => {
  const config = configSchema.parse({ sources: { ...gatesDemoConfig, ...incidentsDemoConfig } });
  const gateFiles = finalFiles(gatesDemoSteps(START));
  const incidentFiles = finalFiles(incidentsDemoSteps(START));
  const records = sortRecords([...gateFiles].flatMap(([path, text]) => parseGateFile(text, path)));
  const incidents = [...incidentFiles].map(([path, text]) => parseIncident(text, path));

  it('the config fragments validate', () => {
    expect(config.sources.gates?.probes.integration[0]?.frontend).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(config.sources.gates?.probes.http.every((probe) => probe.url.startsWith('http://127.0.0.1:'))).toBe(true);
  });

  it('has a REJECT, a CAUTION and ends ALLOW; one false positive (the day-62 ALLOW before the proxy incident)', () => {
    const section = computeGatesSection({
      config: config.sources.gates!,
      records,
      history: [],
      incidents: incidents.map((i) => ({ id: i.id, start: i.start })),
      now: NOW,
    });
    expect(section.runs).toHaveLength(11);
    expect(section.runs.filter((r) => r.verdict === 'REJECT').map((r) => r.failed_gates)).toEqual([['INTEGRATION_CONNECTIVITY']]);
    expect(section.runs.filter((r) => r.suite_verdict === 'CAUTION')).toHaveLength(2);
    expect(section.current.suite_verdict).toBe('APPROVED');
    expect(section.false_positives).toMatchObject({ allow_runs: 10, count: 1, items: [{ hours_after: 4 }] });
    // Code Authority, Backend Runtime, Integration Layer, Environment Config, Database Layer.
    expect(section.layer_coverage.covered_count).toBe(5);
    // Window (day 150, day 180]: runs on days 160, 170, 178 with 7 gates each, one warning.
    expect(section.pass_rate).toMatchObject({ total: 21, passed: 20, warned: 1 });
  });

  it('two resolved incidents: MTTR (90 + 120) / 2 = 105 minutes, 39 whole days since the last at day 180 noon', () => {
    const section = computeIncidentsSection(incidents, NOW, 'governance/incidents');
    expect(section.incidents.map((i) => [i.severity, i.status, i.duration_minutes])).toEqual([
      ['high', 'resolved', 120],
      ['critical', 'resolved', 90],
    ]);
    expect([section.mttr_minutes, section.days_since_last]).toEqual([105, 39]);
  });

  it('the demo probe history parses and gives uptime below 100% for the site', () => {
    const history = parseProbeHistory(gatesDemoState(START)['gates/probe-history.jsonl']!);
    const section = computeGatesSection({ config: config.sources.gates!, records, history, incidents: [], now: NOW });
    const site = section.probes.find((p) => p.name === 'site')!;
    expect(site.checks).toBeGreaterThan(100);
    expect(site.uptime_percent).toBeLessThan(100);
    expect(section.probes.map((p) => p.name)).toEqual(['api', 'environment', 'site']);
  });
});
