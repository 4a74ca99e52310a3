import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.ts';
import { portsDemoConfig, portsDemoSteps } from '../../src/demo/ports.ts';
import { portFindingSchema, portRowSchema, portsScanReportSchema, portsSectionSchema } from '../../src/model/ports.ts';
import { collectPorts } from '../../src/pipeline/kinds/ports.ts';
import { atHead } from '../helpers/context.ts';
import { repositoryFromSteps } from '../pipeline/kinds/catalog/demo-repo.ts';

describe('portsSectionSchema', async () => {
  const dir = repositoryFromSteps(portsDemoSteps);
  const { section, files } = await collectPorts({
    config: configSchema.parse({ sources: portsDemoConfig }),
    ...(await atHead(dir)),
    now: '2026-07-01T00:00:00Z',
    previousState: new Map(),
    env: {},
    progress: () => {},
  });
  const published = JSON.parse(files.find((file) => file.path === 'status/ports.json')!.content as string);

  it('accepts the section a build of the demo repository publishes, unchanged', () => {
    expect(portsSectionSchema.parse(published)).toEqual(published);
    expect(published).toEqual(JSON.parse(JSON.stringify(section)));
  });

  it.each([
    { name: 'an unknown key on the section', change: (copy: any) => (copy.extra = 1) },
    { name: 'an unknown key on a row', change: (copy: any) => (copy.rows[0].extra = 1) },
    { name: 'an unknown rule id', change: (copy: any) => (copy.findings[0].rule = 'port-clash') },
    { name: 'a port outside 1..65535', change: (copy: any) => (copy.rows[0].internal = 70000) },
    { name: 'a negative count', change: (copy: any) => (copy.summary.conflicts = -1) },
    { name: 'a missing summary figure', change: (copy: any) => delete copy.summary.errors },
  ])('rejects $name', ({ change }) => {
    const copy = structuredClone(published);
    change(copy);
    expect(portsSectionSchema.safeParse(copy).success).toBe(false);
  });
});

describe('the smaller schemas', () => {
  it.each([
    {
      name: 'a range-overlap finding has no protocol',
      schema: portFindingSchema,
      value: { rule: 'range-overlap', level: 'warning', message: 'm', port: 15, protocol: null, services: ['a', 'b'], lines: [2, 5] },
      ok: true,
    },
    {
      name: 'an unpublished container port',
      schema: portRowSchema,
      value: {
        service: 's',
        port_name: 'http',
        protocol: 'tcp',
        internal: 80,
        external: null,
        host_ports: [],
        container: true,
        range: null,
        owner: null,
        description: null,
        line: 3,
        conflict: false,
      },
      ok: true,
    },
    {
      name: 'a row with a udp port number as text',
      schema: portRowSchema,
      value: {
        service: 's',
        port_name: 'http',
        protocol: 'udp',
        internal: '80',
        external: null,
        host_ports: [],
        container: true,
        range: null,
        owner: null,
        description: null,
        line: 3,
        conflict: false,
      },
      ok: false,
    },
    {
      name: 'a scan report without a registry',
      schema: portsScanReportSchema,
      value: { files_scanned: 0, registry: null, hardcoded: [], unowned: 0 },
      ok: true,
    },
    {
      name: 'a scan hit without owners',
      schema: portsScanReportSchema,
      value: { files_scanned: 1, registry: null, hardcoded: [{ file: 'a', line: 1, port: 80, pattern: 'listen-call', text: '' }], unowned: 1 },
      ok: false,
    },
  ])('$name -> $ok', ({ schema, value, ok }) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
});
