import { describe, expect, it } from 'vitest';
import { portOwners, scanReport } from '../../../src/metrics/ports/index.ts';
import { type PortHit, portsScanReportSchema } from '../../../src/model/ports.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

describe('portOwners', () => {
  it('maps internal and external ports to their services', () => {
    const owners = portOwners([
      { name: 'b', ports: [{ internal: 80, external: 3000 }] },
      { name: 'a', ports: [{ internal: 80 }] },
    ]);
    expect(Object.fromEntries(owners)).toEqual({ 80: ['a', 'b'], 3000: ['b'] });
  });
});

describe('scanReport', () => {
  const registry = parseRegistry(
    'services:\n  - name: web\n    container: true\n    ports:\n      - internal: 80\n        external: 3000\n',
    'config/ports/registry.yaml',
  );
  const hit = (file: string, line: number, port: number): PortHit => ({ file, line, port, pattern: 'port-variable', text: `PORT=${port}` });
  // Given out of order: the report sorts by file, then line, then port.
  const hits = [hit('b.env', 1, 5432), hit('a.env', 2, 3000), hit('a.env', 1, 9000), hit('a.env', 1, 80)];

  it.each([
    {
      name: 'unowned hits only',
      all: false,
      withRegistry: true,
      out: [
        ['a.env', 1, 9000, []],
        ['b.env', 1, 5432, []],
      ],
      unowned: 2,
    },
    {
      name: '--all adds owned hits with their owners',
      all: true,
      withRegistry: true,
      out: [
        ['a.env', 1, 80, ['web']],
        ['a.env', 1, 9000, []],
        ['a.env', 2, 3000, ['web']],
        ['b.env', 1, 5432, []],
      ],
      unowned: 2,
    },
    {
      name: 'without a registry every port counts',
      all: false,
      withRegistry: false,
      out: [
        ['a.env', 1, 80, []],
        ['a.env', 1, 9000, []],
        ['a.env', 2, 3000, []],
        ['b.env', 1, 5432, []],
      ],
      unowned: 4,
    },
  ])('$name', ({ all, withRegistry, out, unowned }) => {
    const report = scanReport({ files_scanned: 7, hits }, withRegistry ? registry : null, all);
    expect(report.hardcoded.map((found) => [found.file, found.line, found.port, found.owners])).toEqual(out);
    expect(report).toMatchObject({ files_scanned: 7, registry: withRegistry ? 'config/ports/registry.yaml' : null, unowned });
    expect(portsScanReportSchema.parse(report)).toEqual(report);
  });
});
