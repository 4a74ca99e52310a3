import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config/schema.ts';
import { portsDemoConfig, portsDemoSteps } from '../../../../src/demo/ports.ts';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import type { BuildContext } from '../../../../src/pipeline/kind.ts';
import { collectPorts, portsKind } from '../../../../src/pipeline/kinds/ports.ts';
import { atHead } from '../../../helpers/context.ts';
import { gitOutput, repositoryFromSteps } from '../catalog/demo-repo.ts';

async function context(dir: string, sources: object = portsDemoConfig): Promise<BuildContext> {
  return {
    config: configSchema.parse({ sources }),
    ...(await atHead(dir)),
    now: '2026-07-01T00:00:00Z',
    previousState: new Map(),
    env: {},
    progress: () => {},
  };
}

describe('portsKind on the demo registry', async () => {
  const dir = repositoryFromSteps(portsDemoSteps);
  const result = await portsKind.collect(await context(dir));
  const lastRegistryChange = gitOutput(dir, ['log', '-1', '--format=%H', '--', 'config/ports/registry.yaml']);

  it('finds exactly one conflict: telegram-gateway and telegram-mtproto on 4010', () => {
    expect(result.section.findings.map((finding) => [finding.rule, finding.port, finding.services])).toEqual([
      ['port-conflict', 4010, ['telegram-gateway', 'telegram-mtproto']],
    ]);
    expect(result.section.summary).toMatchObject({ services: 7, ports: 8, host_ports: 6, containers: 6, host_services: 1, conflicts: 1, out_of_range: 0 });
  });

  it('fails its check, publishes badges, the table and one event dated at the registry change', () => {
    expect(result.checks).toEqual([expect.objectContaining({ id: 'ports.registry', status: 'fail' })]);
    expect(result.badges.map((badge) => [badge.file, badge.endpoint.message, badge.endpoint.color])).toEqual([
      ['badge-ports-conflicts.json', '1', 'red'],
      ['badge-ports-registry.json', '6 registered', 'red'],
    ]);
    for (const badge of result.badges) expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
    expect(result.files.map((file) => file.path)).toEqual(['status/ports.json', 'status/PORTS.md']);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]!.id).toBe(`ports:${lastRegistryChange}:conflict:tcp-4010:telegram-gateway+telegram-mtproto`);
    expect(result.events[0]!.date).toBe('2026-05-01T16:00:00Z');
  });

  it('is deterministic', async () => {
    expect(await portsKind.collect(await context(dir))).toEqual(result);
  });

  it.each([{ path: 'missing.yaml', pattern: /port registry not found/ }])('bad registry path $path is an InputError', async ({ path, pattern }) => {
    await expect(portsKind.collect(await context(dir, { ports: { path } }))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(pattern) });
  });
});

describe('collectPorts reads one snapshot: the commit being built', async () => {
  const dir = repositoryFromSteps(portsDemoSteps);
  const committed = await collectPorts(await context(dir));

  it("is the kind's collect step, and names the registry as its input", () => {
    expect(portsKind).toMatchObject({ id: 'ports', collect: collectPorts });
    expect(portsKind.inputs(configSchema.parse({ sources: { ports: { path: 'ops/ports.yaml' } } }))).toEqual(['ops/ports.yaml']);
  });

  it('ignores an uncommitted edit of the registry', async () => {
    writeFileSync(join(dir, 'config/ports/registry.yaml'), 'services: []\n');
    expect(await collectPorts(await context(dir))).toEqual(committed);
  });
});
