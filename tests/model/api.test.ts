import { describe, expect, it } from 'vitest';
import {
  findingSchema,
  operationsClassificationSchema,
  placeholderVerdictSchema,
  semverValidationSchema,
  specErrorSchema,
  stabilityMetricsSchema,
  stabilityRecordSchema,
} from '../../src/model/api.ts';

// The sections a real build produces are parsed in tests/pipeline/kinds/api.test.ts; these cases pin
// what each schema refuses, so a stray field or an out-of-range figure cannot be published unnoticed.

const RECORD = {
  commit: 'a'.repeat(40),
  time: '2026-01-01T00:00:00.000Z',
  spec_blob: 'b'.repeat(40),
  version: '1.0.0',
  breaking: 0,
  operations_added: 2,
  operations_removed: 0,
  placeholder: false,
  score: 1,
};

const METRICS = {
  window_stability_ratio: 0.75,
  window_size: 20,
  window_stable_count: 3,
  window_total_count: 4,
  current_stable_streak: 1,
  longest_stable_streak: 2,
  overall_stability_ratio: 0.75,
  window_mean_score: 0.75,
  placeholder: false,
  extensions: { placeholder_streak: 0 },
  total_runs: 4,
  commit: null,
  generated_at: '2026-01-01T00:00:00.000Z',
};

const CLASSIFICATION = {
  base: null,
  revision: { commit: 'a'.repeat(40), version: null },
  operations: { added: [{ method: 'GET', path: '/pets' }], removed: [], total: 1 },
  breaking: 0,
  counts: { breaking: 0, warning: 0, info: 1 },
  findings_by_rule: { 'operation-added': [{ id: 'operation-added', level: 'info', message: 'GET /pets: operation added', operation: 'GET /pets' }] },
};

describe('API model schemas', () => {
  it.each([
    ['a stability record', stabilityRecordSchema, RECORD],
    ['a placeholder record', stabilityRecordSchema, { ...RECORD, spec_blob: null, version: null, placeholder: true, score: 0 }],
    ['stability metrics', stabilityMetricsSchema, METRICS],
    ['a classification', operationsClassificationSchema, CLASSIFICATION],
    ['a finding without operation or location', findingSchema, { id: 'x', level: 'warning', message: 'm' }],
    ['a spec error', specErrorSchema, { message: 'm', file: 'openapi.yaml', where: null }],
    ['a placeholder verdict', placeholderVerdictSchema, { streak: 3, alert: true, exceeded: false, status: 'warn' }],
  ] as const)('accepts %s', (_name, schema, value) => {
    expect(schema.parse(value)).toEqual(value);
  });

  it.each([
    ['a record with a non-hex commit', stabilityRecordSchema, { ...RECORD, commit: 'HEAD' }],
    ['a record scoring above 1', stabilityRecordSchema, { ...RECORD, score: 2 }],
    ['a record with an unknown key', stabilityRecordSchema, { ...RECORD, note: 'x' }],
    ['a ratio above 1', stabilityMetricsSchema, { ...METRICS, window_stability_ratio: 1.5 }],
    ['a negative count', stabilityMetricsSchema, { ...METRICS, total_runs: -1 }],
    ['an unknown extension', stabilityMetricsSchema, { ...METRICS, extensions: { placeholder_streak: 0, other: 1 } }],
    ['an unknown finding level', operationsClassificationSchema, { ...CLASSIFICATION, counts: { breaking: 0, warning: 0, info: 0, error: 0 } }],
    [
      'an operation with extra keys',
      operationsClassificationSchema,
      { ...CLASSIFICATION, operations: { added: [{ method: 'GET', path: '/', id: 1 }], removed: [], total: 1 } },
    ],
    [
      'an unknown SemVer status',
      semverValidationSchema,
      { status: 'pass', current_version: null, previous_version: null, breaking: false, messages: [], recommendations: [], rule: 'x' },
    ],
    ['an unknown check status', placeholderVerdictSchema, { streak: 0, alert: false, exceeded: false, status: 'ok' }],
  ] as const)('rejects %s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});
