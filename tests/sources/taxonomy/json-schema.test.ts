import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { stableJson } from '../../../src/core/json.ts';
import { parseTaxonomy, taxonomyJsonSchema } from '../../../src/sources/taxonomy/index.ts';

const committed = readFileSync(new URL('../../../docs/alerts_taxonomy.schema.json', import.meta.url), 'utf8');
// `format` is an annotation here (no ajv-formats); the pattern zod writes beside it checks dates.
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(JSON.parse(committed));
const valid = (value: unknown) => validate(value) as boolean;

const alert = (fields: Record<string, unknown> = {}) => ({
  name: 'ApiHighErrorRate',
  group: 'api',
  severity: 'critical',
  scope: 'service',
  category: 'errors',
  description: 'More than 5% of requests fail.',
  ...fields,
});

describe('docs/alerts_taxonomy.schema.json', () => {
  it('is the schema the code publishes (npm run docs writes it)', () => {
    expect(committed).toBe(stableJson(taxonomyJsonSchema()));
  });

  it.each([
    [
      'the real-shaped taxonomy, with $schema, generated_at, owner and team',
      JSON.parse(readFileSync(new URL('../../fixtures/taxonomy/real-shaped/alerts_taxonomy.json', import.meta.url), 'utf8')),
    ],
    ['an alert without the optional fields', { alerts: [alert()] }],
    ['a severity outside the default vocabulary (lint judges it)', { alerts: [alert({ severity: 'warning' })] }],
    ['a deprecated alert with its date', { alerts: [alert({ deprecated: true, deprecated_since: '2026-01-01T00:00:00+02:00' })] }],
  ])('accepts %s', (_name, value) => {
    expect(valid(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['no alerts', {}],
    ['an alert without a name', { alerts: [alert({ name: undefined })] }],
    ['an empty severity', { alerts: [alert({ severity: '' })] }],
    ['windows that are not strings', { alerts: [alert({ windows: [5] })] }],
    ['a date that is not ISO 8601', { alerts: [alert({ deprecated_since: 'last week' })] }],
    ['labels that are not strings', { alerts: [alert({ labels: { team: 1 } })] }],
  ])('rejects %s, as the parser does', (_name, value) => {
    expect(valid(JSON.parse(JSON.stringify(value)))).toBe(false);
    expect(() => parseTaxonomy(JSON.stringify(value), 'alerts_taxonomy.json')).toThrow(InputError);
  });

  it('agrees with the parser on alerts built from valid and invalid parts (property)', () => {
    const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });
    const arbitraryAlert = fc.record(
      {
        name: field(fc.string({ minLength: 1 }), fc.constantFrom('', 3, null)),
        group: field(fc.string({ minLength: 1 }), fc.constant('')),
        severity: field(fc.constantFrom('critical', 'warning', 'info', 'page'), fc.constantFrom('', false)),
        scope: fc.constant('service'),
        category: fc.constant('errors'),
        description: field(fc.string(), fc.constant(1)),
        for: field(fc.constantFrom('5m', '1h'), fc.constant(5)),
        windows: field(fc.array(fc.constantFrom('5m', '1h')), fc.constant(['5m', 1])),
        deprecated: field(fc.boolean(), fc.constant('yes')),
        deprecated_since: field(fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-30T12:00:00.5+02:00'), fc.constantFrom('2026-01-01', '2026-02-30T00:00:00Z')),
        labels: field(fc.dictionary(fc.constantFrom('team', 'tier'), fc.string()), fc.constant({ team: 2 })),
        owner: fc.jsonValue(),
      },
      { requiredKeys: ['scope', 'category'] },
    );
    fc.assert(
      fc.property(fc.array(arbitraryAlert, { maxLength: 1 }), fc.option(fc.string(), { nil: undefined }), (alerts, schema) => {
        const value = JSON.parse(JSON.stringify({ $schema: schema, alerts }));
        let parses = true;
        try {
          parseTaxonomy(JSON.stringify(value), 'alerts_taxonomy.json');
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          parses = false;
        }
        expect(valid(value), JSON.stringify(value)).toBe(parses);
      }),
      { numRuns: 300 },
    );
  });
});
