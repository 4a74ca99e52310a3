import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config/index.ts';
import { SEED_CRITICAL_LAYERS } from '../../../../src/config/sources/gates.ts';
import { InputError } from '../../../../src/core/errors.ts';
import { parseWith } from '../../../../src/core/validation.ts';

const parse = (sources: unknown) => parseWith(configSchema, { sources }, 'govpages.config.json');

describe('sources.gates and sources.incidents config', () => {
  it('an empty object gets every default', () => {
    const config = parse({ gates: {}, incidents: {} });
    expect(config.sources.gates).toEqual({
      path: 'governance/gates',
      window_days: 30,
      strict: false,
      critical_layers: [...SEED_CRITICAL_LAYERS],
      false_positive_hours: 24,
      probes: { timeout_ms: 10_000, http: [], integration: [], window_days: 30, history_max_lines: 20_000 },
    });
    expect(SEED_CRITICAL_LAYERS).toHaveLength(14);
    expect(config.sources.incidents).toEqual({ path: 'governance/incidents' });
  });

  it.each([
    {
      name: 'duplicate probe names',
      gates: {
        probes: {
          http: [{ name: 'a', url: 'http://127.0.0.1:1/' }],
          integration: [{ name: 'a', backend: 'http://127.0.0.1:1', frontend: 'http://127.0.0.1:2' }],
        },
      },
      where: '$.sources.gates.probes.integration[0].name',
      message: /already used/,
    },
    {
      name: 'reserved name',
      gates: { probes: { http: [{ name: 'environment', url: 'http://127.0.0.1:1/' }] } },
      where: '$.sources.gates.probes.http[0].name',
      message: /reserved/,
    },
    {
      name: 'not an http URL',
      gates: { probes: { http: [{ name: 'a', url: 'file:///etc/passwd' }] } },
      where: '$.sources.gates.probes.http[0].url',
      message: /URL/i,
    },
    {
      name: 'bad variable name',
      gates: { probes: { environment: { critical: ['NOT-A-NAME'] } } },
      where: '$.sources.gates.probes.environment.critical[0]',
      message: /environment variable name/,
    },
    { name: 'misspelt key', gates: { windows_days: 3 }, where: '$.sources.gates.windows_days', message: /unknown key/ },
  ])('$name -> InputError at $where', ({ gates, where, message }) => {
    try {
      parse({ gates });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location.where).toBe(where);
      expect((error as InputError).message).toMatch(message);
    }
  });
});
