import { describe, expect, it } from 'vitest';
import { checkRegistry, conflictEvents, portsSection } from '../../../src/metrics/ports/index.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

const origin = { commit: 'c0ffee', date: '2026-05-01T16:00:00Z' };

function events(yaml: string) {
  const registry = parseRegistry(yaml, 'r.yaml');
  return conflictEvents(portsSection(registry, checkRegistry(registry)), origin);
}

describe('conflictEvents', () => {
  it('one event per conflict, id and date from the registry change', () => {
    const yaml =
      'services:\n  - name: b\n    container: false\n    ports:\n      - internal: 53\n        protocol: udp\n  - name: a\n    container: true\n    ports:\n      - internal: 53\n        external: 53\n        protocol: udp\n';
    expect(events(yaml)).toEqual([
      {
        id: 'ports:c0ffee:conflict:udp-53:a+b',
        kind: 'ports',
        type: 'port-conflict',
        title: 'Port conflict on 53/udp: a, b',
        summary: 'host port 53/udp is used 2 times: b (http, line 5), a (http, line 10)',
        date: origin.date,
        commit: origin.commit,
      },
    ]);
  });

  it.each([
    {
      name: 'internal conflicts are announced too',
      yaml: 'services:\n  - name: a\n    container: true\n    ports:\n      - internal: 80\n      - name: two\n        internal: 80\n',
      ids: ['ports:c0ffee:conflict:tcp-80:a'],
    },
    {
      name: 'range overlaps and out-of-range ports are not',
      yaml: 'ranges:\n  - name: x\n    from: 1\n    to: 5\n  - name: y\n    from: 5\n    to: 9\nservices:\n  - name: a\n    range: x\n    container: false\n    ports:\n      - internal: 80\n',
      ids: [],
    },
  ])('$name', ({ yaml, ids }) => {
    expect(events(yaml).map((event) => event.id)).toEqual(ids);
  });
});
