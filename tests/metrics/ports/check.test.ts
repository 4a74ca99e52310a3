import { describe, expect, it } from 'vitest';
import { checkRegistry, portsSection, registryCheck } from '../../../src/metrics/ports/index.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

const service = (name: string, internal: number, extra = '') => `  - name: ${name}\n    container: false\n${extra}    ports:\n      - internal: ${internal}\n`;

describe('registryCheck', () => {
  it.each([
    {
      name: 'clean: pass with the counts',
      yaml: `services:\n${service('a', 80)}${service('b', 81)}`,
      status: 'pass',
      message: '2 services, 2 host ports, no conflicts',
    },
    {
      name: 'a warning alone warns and names it',
      yaml: 'ranges:\n  - name: x\n    from: 10\n    to: 20\n  - name: y\n    from: 20\n    to: 30\nservices: []\n',
      status: 'warn',
      message: '0 conflicts, 0 out of range, 1 warning: ranges "x" (line 2) and "y" (line 5) overlap on 20-20',
    },
    {
      name: 'one conflict fails, singular',
      yaml: `services:\n${service('a', 80)}${service('b', 80)}`,
      status: 'fail',
      message: '1 conflict, 0 out of range, 0 warnings: host port 80/tcp is used 2 times: a (http, line 5), b (http, line 9)',
    },
    {
      name: 'out of range fails, findings joined by semicolons',
      yaml: `ranges:\n  - name: r\n    from: 1\n    to: 9\nservices:\n${service('a', 80, '    range: r\n')}${service('b', 81, '    range: r\n')}`,
      status: 'fail',
      message:
        '0 conflicts, 2 out of range, 0 warnings: a (http, line 10) uses host port 80, outside its range "r" 1-9; b (http, line 15) uses host port 81, outside its range "r" 1-9',
    },
  ])('$name', ({ yaml, status, message }) => {
    const registry = parseRegistry(yaml, 'r.yaml');
    expect(registryCheck(portsSection(registry, checkRegistry(registry)))).toEqual({
      id: 'ports.registry',
      kind: 'ports',
      title: 'Port registry',
      status,
      message,
    });
  });
});
