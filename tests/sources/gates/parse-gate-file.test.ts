import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { parseGateFile } from '../../../src/sources/gates/index.ts';

const record = {
  gate: 'INTEGRATION_CONNECTIVITY',
  status: 'fail',
  mode: 'integration',
  message: 'Frontend proxy broken',
  commit: '6cec4cf',
  time: '2026-01-13T10:00:00Z',
  layer: 'Integration Layer',
  run: 'r1',
};

describe('parseGateFile', () => {
  it.each([
    {
      name: 'JSONL, blank lines skipped',
      file: 'g/runs.jsonl',
      text: `${JSON.stringify(record)}\n\n${JSON.stringify({ ...record, gate: 'GIT_REMOTE', status: 'pass' })}\n`,
      gates: ['INTEGRATION_CONNECTIVITY', 'GIT_REMOTE'],
    },
    { name: 'JSON single record', file: 'g/run.json', text: JSON.stringify(record), gates: ['INTEGRATION_CONNECTIVITY'] },
    { name: 'JSON array', file: 'g/run.json', text: JSON.stringify([record, { ...record, gate: 'B' }]), gates: ['INTEGRATION_CONNECTIVITY', 'B'] },
  ])('$name', ({ file, text, gates }) => {
    const records = parseGateFile(text, file);
    expect(records.map((r) => r.gate)).toEqual(gates);
    expect(records[0]).toMatchObject({ status: 'fail', mode: 'integration', time: '2026-01-13T10:00:00.000Z', layer: 'Integration Layer', run: 'r1', file });
  });

  it('normalises the time to UTC and derives the run id from mode, commit and time', () => {
    const [parsed] = parseGateFile(JSON.stringify({ gate: 'G', status: 'pass', mode: 'ci', time: '2026-01-13T12:00:00+02:00' }), 'g.json');
    expect(parsed).toEqual({
      gate: 'G',
      status: 'pass',
      mode: 'ci',
      message: '',
      commit: null,
      time: '2026-01-13T10:00:00.000Z',
      layer: null,
      run: 'ci@unknown@2026-01-13T10:00:00.000Z',
      file: 'g.json',
    });
  });

  it.each([
    {
      name: 'bad status names line and field',
      file: 'runs.jsonl',
      text: `${JSON.stringify(record)}\n${JSON.stringify({ ...record, status: 'ok' })}\n`,
      where: 'line 2: $.status',
      message: /expected one of "pass"\|"warn"\|"fail"/,
    },
    { name: 'malformed JSONL line', file: 'runs.jsonl', text: '{"gate":\n', where: 'line 1 column 9', message: /malformed JSON line/ },
    {
      name: 'a key twice in a JSONL line',
      file: 'runs.jsonl',
      text: `${JSON.stringify(record).slice(0, -1)},"gate":"again"}\n`,
      where: expect.stringMatching(/^line 1 column \d+$/),
      message: /key "gate" appears twice/,
    },
    { name: 'unknown key', file: 'run.json', text: JSON.stringify({ ...record, verdict: 'ALLOW' }), where: '$.verdict', message: /unknown key "verdict"/ },
    {
      name: 'time without offset',
      file: 'run.json',
      text: JSON.stringify({ ...record, time: '2026-01-13 10:00' }),
      where: '$.time',
      message: /ISO datetime|datetime/i,
    },
    // Four-digit years that are outside 0000-9999 once in UTC: toISOString would print -000001-... or +010000-...
    ...['0000-01-01T00:00:00+01:00', '9999-12-31T23:59:59-12:00'].map((time) => ({
      name: `time ${time} out of range`,
      file: 'runs.jsonl',
      text: `${JSON.stringify({ ...record, time })}\n`,
      where: 'line 1: $.time',
      message: /^out of range \(expected a year from 0000 to 9999 in UTC\), got "/,
    })),
    { name: 'array element', file: 'run.json', text: JSON.stringify([record, { ...record, mode: 'prod' }]), where: '$[1].mode', message: /local/ },
  ])('$name -> InputError at $where', ({ file, text, where, message }) => {
    try {
      parseGateFile(text, file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file, where });
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).exitCode).toBe(2);
    }
  });

  it('round-trips any valid record through JSONL (property)', () => {
    const recordArbitrary = fc.record({
      gate: fc.string({ minLength: 1 }),
      status: fc.constantFrom('pass', 'warn', 'fail'),
      mode: fc.constantFrom('local', 'ci', 'integration'),
      message: fc.string(),
      time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      layer: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 8 }), (records) => {
        const text = records.map((r) => JSON.stringify(r)).join('\n');
        const parsed = parseGateFile(text, 'x.jsonl');
        expect(parsed.map((r) => [r.gate, r.status, r.mode, r.message, r.time, r.layer])).toEqual(
          records.map((r) => [r.gate, r.status, r.mode, r.message, r.time, r.layer ?? null]),
        );
      }),
    );
  });
});
