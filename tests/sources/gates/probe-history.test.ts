import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import type { ProbeResult } from '../../../src/model/gates.ts';
import { appendProbeHistory, parseProbeHistory, serializeProbeHistory } from '../../../src/sources/gates/index.ts';

const line = (probe: string, time: string, status: ProbeResult['status'] = 'pass'): ProbeResult => ({
  time,
  probe,
  type: 'http',
  status,
  response_ms: 120,
  http_status: 200,
  message: 'ok',
  commit: 'abc1234',
});

describe('probe history', () => {
  it('writes one object a line with sorted keys and a trailing newline', () => {
    expect(serializeProbeHistory([line('api', '2026-01-01T00:00:00.000Z')])).toBe(
      '{"commit":"abc1234","http_status":200,"message":"ok","probe":"api","response_ms":120,"status":"pass","time":"2026-01-01T00:00:00.000Z","type":"http"}\n',
    );
  });

  it('appends and keeps only the newest lines', () => {
    const previous = serializeProbeHistory([line('a', '2026-01-01T00:00:00.000Z'), line('b', '2026-01-02T00:00:00.000Z')]);
    const next = parseProbeHistory(appendProbeHistory(previous, [line('c', '2026-01-03T00:00:00.000Z')], 2));
    expect(next.map((r) => r.probe)).toEqual(['b', 'c']);
  });

  it('names the state file and line of a damaged line', () => {
    const text = `${serializeProbeHistory([line('a', '2026-01-01T00:00:00.000Z')])}{"probe":1}\n`;
    expect(() => parseProbeHistory(text)).toThrow(InputError);
    try {
      parseProbeHistory(text);
    } catch (error) {
      expect((error as InputError).location.file).toBe('state branch: gates/probe-history.jsonl');
      expect((error as InputError).location.where).toMatch(/^line 2: /);
    }
  });

  it('round-trips (property)', () => {
    const result = fc.record({
      time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      probe: fc.string({ minLength: 1 }),
      type: fc.constantFrom('http' as const, 'integration' as const, 'environment' as const),
      status: fc.constantFrom('pass' as const, 'warn' as const, 'fail' as const),
      response_ms: fc.option(fc.nat(), { nil: null }),
      http_status: fc.option(fc.integer({ min: 100, max: 599 }), { nil: null }),
      message: fc.string(),
      commit: fc.option(fc.stringMatching(/^[0-9a-f]{7,40}$/), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 10 }), (results) => {
        expect(parseProbeHistory(serializeProbeHistory(results))).toEqual(results);
      }),
    );
  });
});
