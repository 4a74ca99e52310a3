import { describe, expect, it } from 'vitest';
import { portsScanReportSchema, portsSectionSchema } from '../../../src/model/ports.ts';
import { checkWorkTreeRegistry, scanWorkTreePorts } from '../../../src/pipeline/work-tree/ports.ts';
import { tree } from '../../sources/ports/tree.ts';

const registry = (port: number) => `services:\n  - name: web\n    container: true\n    ports:\n      - internal: 80\n        external: ${port}\n`;

describe('checkWorkTreeRegistry', () => {
  it.each([
    {
      name: 'the default path under --repo',
      files: { 'repo/config/ports/registry.yaml': registry(3000) },
      options: { repo: 'repo' },
      file: 'config/ports/registry.yaml',
    },
    {
      name: 'the configured path',
      files: { 'govpages.config.json': '{"sources":{"ports":{"path":"ops/p.yaml"}}}', 'ops/p.yaml': registry(3000) },
      options: {},
      file: 'ops/p.yaml',
    },
    {
      name: '--registry wins over the config',
      files: { 'config/ports/registry.yaml': 'broken: [', 'mine.yaml': registry(3000) },
      options: { registry: 'mine.yaml' },
      file: 'mine.yaml',
    },
  ])('$name', async ({ files, options, file }) => {
    const section = await checkWorkTreeRegistry({ cwd: tree(files), env: {}, ...options });
    expect(section.registry).toBe(file);
    expect(portsSectionSchema.parse(section)).toEqual(section);
  });
});

describe('scanWorkTreePorts', () => {
  const dir = tree({ 'config/ports/registry.yaml': registry(3000), 'compose.yaml': 'services:\n  web:\n    ports:\n      - "3000:80"\n      - "5432:5432"\n' });

  it.each([
    { all: false, out: [5432] },
    { all: true, out: [3000, 5432] },
  ])('all=$all reports $out and never scans the registry inside DIR', async ({ all, out }) => {
    const report = await scanWorkTreePorts({ cwd: dir, dir: '.', all, env: {} });
    expect(report.hardcoded.map((hit) => hit.port)).toEqual(out);
    expect(report).toMatchObject({ files_scanned: 1, registry: 'config/ports/registry.yaml', unowned: 1 });
    expect(portsScanReportSchema.parse(report)).toEqual(report);
  });

  it('without a registry every port counts', async () => {
    const bare = tree({ 'a.env': 'PORT=4010\n' });
    expect(await scanWorkTreePorts({ cwd: bare, dir: '.', all: false, env: {} })).toEqual({
      files_scanned: 1,
      registry: null,
      hardcoded: [expect.objectContaining({ port: 4010, owners: [] })],
      unowned: 1,
    });
  });
});
