import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistry, hostPorts, portsSection } from '../../../src/metrics/ports/index.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

const fixture = readFileSync(new URL('../../fixtures/ports/registry.yaml', import.meta.url), 'utf8');
const registry = parseRegistry(fixture, 'config/ports/registry.yaml');

describe('hostPorts', () => {
  it.each([
    { container: true, internal: 80, external: 3000, out: [3000] },
    { container: true, internal: 80, external: undefined, out: [] },
    { container: false, internal: 4010, external: undefined, out: [4010] },
    { container: false, internal: 4010, external: 4010, out: [4010] },
    { container: false, internal: 4010, external: 443, out: [4010, 443] },
  ])('container=$container internal=$internal external=$external -> $out', ({ container, internal, external, out }) => {
    expect(hostPorts({ container }, { internal, external })).toEqual(out);
  });
});

describe('checkRegistry on the fixture (worked by hand)', () => {
  const findings = checkRegistry(registry);

  it('finds exactly the 4010 conflict and the out-of-range 3001, naming services and lines', () => {
    expect(findings.map((finding) => [finding.rule, finding.port, finding.services, finding.lines])).toEqual([
      ['port-out-of-range', 3001, ['workspace-api'], [34]],
      ['port-conflict', 4010, ['mtproto', 'telegram-gateway'], [21, 28]],
    ]);
    expect(findings[1]!.message).toBe('host port 4010/tcp is used 2 times: telegram-gateway (http, line 21), mtproto (mtproto, line 28)');
  });

  it('does not count two containers sharing internal port 8080 as a conflict', () => {
    expect(findings.some((finding) => finding.port === 8080)).toBe(false);
  });

  it('summarises the table', () => {
    const section = portsSection(registry, findings);
    expect(section.summary).toEqual({
      services: 4,
      ports: 5,
      host_ports: 3,
      containers: 3,
      host_services: 1,
      ranges: 2,
      conflicts: 1,
      out_of_range: 1,
      errors: 2,
      warnings: 0,
    });
    expect(section.rows.map((row) => `${row.service}/${row.port_name}:${row.host_ports.join('+') || '-'}${row.conflict ? '!' : ''}`)).toEqual([
      'dashboard/http:3000',
      'workspace-api/http:3001',
      'mtproto/mtproto:4010!',
      'telegram-gateway/http:4010!',
      'workspace-api/metrics:-',
    ]);
    expect(section.ranges.map((range) => [range.name, range.used])).toEqual([
      ['frontend', 1],
      ['backend', 2],
    ]);
  });
});

describe('checkRegistry rules', () => {
  const cases = [
    {
      name: 'same port on tcp and udp is no conflict',
      yaml: 'services:\n  - name: a\n    container: false\n    ports:\n      - internal: 53\n  - name: b\n    container: false\n    ports:\n      - internal: 53\n        protocol: udp\n',
      rules: [],
    },
    {
      name: 'one container listing the same internal port twice',
      yaml: 'services:\n  - name: a\n    container: true\n    ports:\n      - name: one\n        internal: 80\n      - name: two\n        internal: 80\n',
      rules: [['internal-port-conflict', 80, [5, 7]]],
    },
    {
      name: 'overlapping ranges warn',
      yaml: 'ranges:\n  - name: a\n    from: 10\n    to: 20\n  - name: b\n    from: 15\n    to: 30\nservices: []\n',
      rules: [['range-overlap', 15, [2, 5]]],
    },
    {
      name: 'a host service with a second external port claims both',
      yaml: 'services:\n  - name: a\n    container: false\n    ports:\n      - internal: 8000\n        external: 443\n  - name: b\n    container: true\n    ports:\n      - internal: 443\n        external: 443\n',
      rules: [['port-conflict', 443, [5, 10]]],
    },
  ];
  it.each(cases)('$name', ({ yaml, rules }) => {
    const found = checkRegistry(parseRegistry(yaml, 'registry.yaml'));
    expect(found.map((finding) => [finding.rule, finding.port, finding.lines])).toEqual(rules);
  });
});
