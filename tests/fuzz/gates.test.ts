import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseHistory } from '../../src/metrics/api/history.ts';
import { parseGateFile } from '../../src/sources/gates/parse-gate-file.ts';
import { parseProbeHistory } from '../../src/sources/gates/probe-history.ts';
import { binaryText, DEEP_RUNS, deepTexts, documentText, fuzz, inputTexts, mutated, ODD_DATES, resultOrInputError } from './_fuzz.ts';

// Gate record files (sources/gates/parse-gate-file.ts) and the JSON Lines histories kept on the
// state branch: the probe history (sources/gates/probe-history.ts) and the API stability history
// (metrics/api/history.ts, read through core/validation.ts parseJsonLines).

const record = {
  run: '2026-06-13-ci-1a2b3c4',
  gate: 'GIT_REMOTE',
  status: 'pass',
  mode: 'ci',
  commit: '1a2b3c4',
  time: '2026-06-13T10:00:00Z',
  layer: 'Code Authority',
  message: 'ok',
};

const probe = {
  time: '2026-01-01T00:00:00.000Z',
  probe: 'api',
  type: 'http',
  status: 'pass',
  response_ms: 120,
  http_status: 200,
  message: 'ok',
  commit: 'abc1234',
};

const stability = {
  commit: 'a'.repeat(40),
  time: '2026-01-01T00:00:00Z',
  spec_blob: 'b'.repeat(40),
  version: '1.0.0',
  breaking: 0,
  operations_added: 1,
  operations_removed: 0,
  placeholder: false,
  score: 1,
};

const vocabulary = {
  keys: ['gate', 'status', 'mode', 'time', 'commit', 'run', 'layer'],
  values: fc.constantFrom<unknown>(...ODD_DATES, 'pass', 'fail', 'ci', 'local'),
};

/** JSON Lines: one to five lines, each a mutated or intact record, or anything else. */
function jsonLinesOf(seed: object): fc.Arbitrary<string> {
  const line = fc.oneof(
    { weight: 6, arbitrary: documentText(mutated(seed, vocabulary), ['json']) },
    { weight: 3, arbitrary: fc.constant(JSON.stringify(seed)) },
    { weight: 1, arbitrary: binaryText },
  );
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean())
    .map(([lines, newline, last]) => lines.join(newline) + (last ? newline : ''));
}

describe('fuzz: gate records and state histories (any input gives records or an InputError)', () => {
  it('parseGateFile, *.json (a record or an array)', () => {
    const texts = fc.oneof(inputTexts(record, ['json'], vocabulary), inputTexts([record, record], ['json'], vocabulary));
    fuzz(texts, (text) => resultOrInputError(() => parseGateFile(text, 'governance/gates/run.json'), 'governance/gates/run.json'));
  });

  it('parseGateFile, *.jsonl', () => {
    fuzz(jsonLinesOf(record), (text) => resultOrInputError(() => parseGateFile(text, 'governance/gates/runs.jsonl'), 'governance/gates/runs.jsonl'));
  });

  it('parseProbeHistory (gates/probe-history.jsonl)', () => {
    fuzz(jsonLinesOf(probe), (text) => resultOrInputError(() => parseProbeHistory(text, 'state:gates/probe-history.jsonl'), 'state:gates/probe-history.jsonl'));
  });

  it('parseHistory (api/stability-history.jsonl)', () => {
    fuzz(jsonLinesOf(stability), (text) =>
      resultOrInputError(() => parseHistory(text, 'state:api/stability-history.jsonl'), 'state:api/stability-history.jsonl'),
    );
  });

  it('all three, nested 1,000 to 20,000 deep', () => {
    fuzz(
      fc.tuple(deepTexts(record, ['json']), deepTexts(probe, ['json']), deepTexts(stability, ['json'])),
      ([gate, probeLine, stabilityLine]) => {
        resultOrInputError(() => parseGateFile(gate, 'run.json'), 'run.json');
        resultOrInputError(() => parseGateFile(gate, 'run.jsonl'), 'run.jsonl');
        resultOrInputError(() => parseProbeHistory(probeLine, 'probes'), 'probes');
        resultOrInputError(() => parseHistory(stabilityLine, 'stability'), 'stability');
      },
      DEEP_RUNS,
    );
  });
});
