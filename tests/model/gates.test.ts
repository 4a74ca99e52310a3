import { beforeAll, describe, expect, it } from 'vitest';
import { type GatesSection, gateRecordSchema, gatesSectionSchema, probeResultSchema } from '../../src/model/gates.ts';
import { collectGates } from '../../src/pipeline/kinds/gates.ts';
import { readGateRecords, readProbeHistory } from '../../src/sources/gates/index.ts';
import { demoContext } from './demo-context.ts';

describe('gates model', () => {
  let section: GatesSection;
  let published: unknown;
  beforeAll(async () => {
    const result = await collectGates(await demoContext());
    section = result.section;
    published = JSON.parse(String(result.files.find((file) => file.path === 'status/gates.json')!.content));
  }, 60_000);

  it('parses the demo build section, as published in status/gates.json, unchanged', () => {
    expect(section.runs.length).toBeGreaterThan(5);
    expect(section.probes.length).toBeGreaterThan(0);
    expect(section.false_positives.items.length).toBeGreaterThan(0);
    expect(gatesSectionSchema.parse(published)).toEqual(published);
    expect(published).toEqual(section);
  });

  it('parses the records and the probe history the section is made from', async () => {
    const context = await demoContext();
    const records = await readGateRecords(context.snapshot, context.config.sources.gates!.path);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(gateRecordSchema.parse(record)).toEqual(record);
    const history = readProbeHistory(context.previousState);
    expect(history.length).toBeGreaterThan(0);
    for (const result of history) expect(probeResultSchema.parse(result)).toEqual(result);
  }, 60_000);

  it.each([
    { name: 'an unknown key', mutate: (s: any) => ({ ...s, extra: 1 }), path: [] },
    { name: 'an unknown verdict', mutate: (s: any) => ({ ...s, current: { ...s.current, verdict: 'MAYBE' } }), path: ['current', 'verdict'] },
    { name: 'exit code 3', mutate: (s: any) => ({ ...s, current: { ...s.current, exit_code: 3 } }), path: ['current', 'exit_code'] },
    { name: 'a pass rate above 1', mutate: (s: any) => ({ ...s, pass_rate: { ...s.pass_rate, ratio: 1.5 } }), path: ['pass_rate', 'ratio'] },
    {
      name: 'a run time with an offset',
      mutate: (s: any) => ({ ...s, runs: [{ ...s.runs[0], time: '2026-01-01T00:00:00+02:00' }] }),
      path: ['runs', 0, 'time'],
    },
    { name: 'uptime above 100', mutate: (s: any) => ({ ...s, probes: [{ ...s.probes[0], uptime_percent: 101 }] }), path: ['probes', 0, 'uptime_percent'] },
    { name: 'a missing layer coverage', mutate: ({ layer_coverage: _, ...s }: any) => s, path: ['layer_coverage'] },
  ])('rejects $name', ({ mutate, path }) => {
    const result = gatesSectionSchema.safeParse(mutate(structuredClone(published)));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });
});
