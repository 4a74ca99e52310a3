import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { parseRegistry } from '../../../src/sources/ports/index.ts';

function failure(text: string): InputError {
  try {
    parseRegistry(text, 'config/ports/registry.yaml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseRegistry bad input', () => {
  const cases = [
    { name: 'malformed YAML', text: 'services:\n  - name: a\n   bad: [\n', where: /^line \d+/, message: /malformed YAML/ },
    { name: 'alias to an undefined anchor', text: 'services: *nope\n', where: /^line 1 column 11$/, message: /malformed YAML/ },
    {
      name: 'port out of 1..65535',
      text: 'services:\n  - name: a\n    container: true\n    ports:\n      - internal: 70000\n',
      where: /^\$\.services\[0\]\.ports\[0\]\.internal \(line 5\)$/,
      message: /65535/,
    },
    {
      name: 'unknown key',
      text: 'services:\n  - name: a\n    container: true\n    prots: []\n    ports:\n      - internal: 80\n',
      where: /^\$\.services\[0\]\.prots \(line 2\)$/,
      message: /unknown key "prots"/,
    },
    {
      name: 'container missing',
      text: 'services:\n  - name: a\n    ports:\n      - internal: 80\n',
      where: /^\$\.services\[0\]\.container \(line 2\)$/,
      message: /boolean/,
    },
    {
      name: 'undeclared range',
      text: 'services:\n  - name: a\n    range: nope\n    container: true\n    ports:\n      - internal: 80\n',
      where: /^\$\.services\[0\]\.range \(line 3\)$/,
      message: /range "nope", which is not declared/,
    },
    {
      name: 'duplicate service',
      text: 'services:\n  - name: a\n    container: true\n    ports: [{internal: 80}]\n  - name: a\n    container: true\n    ports: [{internal: 81}]\n',
      where: /^\$\.services\[1\]\.name \(line 5\)$/,
      message: /listed twice/,
    },
    {
      name: 'from above to',
      text: 'ranges:\n  - name: r\n    from: 10\n    to: 5\nservices: []\n',
      where: /^\$\.ranges\[0\]\.to \(line 4\)$/,
      message: /"from" must not be above "to"/,
    },
  ];
  it.each(cases)('$name', ({ text, where, message }) => {
    const error = failure(text);
    expect(error.exitCode).toBe(2);
    expect(error.location.file).toBe('config/ports/registry.yaml');
    expect(error.location.where).toMatch(where);
    expect(error.message).toMatch(message);
  });

  it('defaults port name to http and protocol to tcp', () => {
    const record = parseRegistry('services:\n  - name: a\n    container: false\n    ports:\n      - internal: 80\n', 'r.yaml');
    expect(record.services[0]!.ports[0]).toEqual({ name: 'http', internal: 80, protocol: 'tcp', line: 5 });
  });
});

describe('parseRegistry on arbitrary input (property)', () => {
  it('either parses or throws an InputError naming the file, never anything else', async () => {
    const fc = (await import('fast-check')).default;
    const yamlish = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify({ services: value })),
      fc
        .array(fc.record({ name: fc.string(), container: fc.boolean(), ports: fc.array(fc.record({ internal: fc.integer({ min: -1, max: 70000 }) })) }))
        .map((services) => JSON.stringify({ services })),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const record = parseRegistry(text, 'r.yaml');
          for (const service of record.services) for (const port of service.ports) expect(port.line).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).location.file).toBe('r.yaml');
        }
      }),
      { numRuns: 300 },
    );
  });
});
