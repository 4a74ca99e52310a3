import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { SEED_SEVERITIES } from '../../../src/model/taxonomy.ts';
import { ALERT_KEYS, parseTaxonomy, TAXONOMY_KEYS, type Taxonomy } from '../../../src/sources/taxonomy/index.ts';

const alert = (overrides: Record<string, unknown> = {}) => ({
  name: 'ApiHighErrorRate',
  group: 'api',
  severity: 'critical',
  scope: 'service',
  category: 'errors',
  description: 'More than 5% of requests fail.',
  ...overrides,
});

function parseError(text: string): InputError {
  try {
    parseTaxonomy(text, 'alerts_taxonomy.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected parseTaxonomy to throw');
}

describe('parseTaxonomy', () => {
  it('parses a valid taxonomy and defaults deprecated to false', () => {
    const taxonomy = parseTaxonomy(
      JSON.stringify({ version: 2, alerts: [alert(), alert({ name: 'B', deprecated: true, deprecated_since: '2026-01-01T00:00:00Z' })] }),
      'f.json',
    );
    expect(taxonomy.alerts[0]!.deprecated).toBe(false);
    expect(taxonomy.alerts[1]!.deprecated).toBe(true);
    expect(taxonomy.version).toBe(2);
  });

  it.each([
    { name: 'malformed JSON', text: '{\n  "alerts": [\n    {"name": "A",}\n  ]\n}', where: 'line 3 column 18', message: /^malformed JSON/ },
    { name: 'missing alerts', text: '{}', where: '$.alerts', message: /expected array/ },
    { name: 'missing field', text: JSON.stringify({ alerts: [alert({ group: undefined })] }), where: '$.alerts[0].group', message: /expected string/ },
    { name: 'empty name', text: JSON.stringify({ alerts: [alert({ name: '' })] }), where: '$.alerts[0].name', message: /got ""/ },
    {
      name: 'bad deprecated_since',
      text: JSON.stringify({ alerts: [alert({ deprecated_since: 'last week' })] }),
      where: '$.alerts[0].deprecated_since',
      message: /got "last week"/,
    },
    { name: 'windows not strings', text: JSON.stringify({ alerts: [alert({ windows: [5] })] }), where: '$.alerts[0].windows[0]', message: /expected string/ },
    {
      name: 'duplicate name',
      text: JSON.stringify({ alerts: [alert({ name: 'A' }), alert({ name: 'B' }), alert({ name: 'A' })] }),
      where: '$.alerts[2].name',
      message: /^duplicate alert name "A" \(first at \$\.alerts\[0\]; expected unique names\)$/,
    },
  ])('$name -> $where', ({ text, where, message }) => {
    const error = parseError(text);
    expect(error.location).toEqual({ file: 'alerts_taxonomy.json', where });
    expect(error.message).toMatch(message);
  });

  it('keeps keys of its own and any severity: lint, not the parser, judges them', () => {
    // As real taxonomies carry them: an owner and team per alert, a generator's stamp, an editor's schema.
    const file = {
      $schema: './alerts_taxonomy.schema.json',
      generated_at: '2026-11-01T00:00:00Z',
      team: { name: 'sre', channel: '#alerts' },
      alerts: [
        { ...alert(), owner: 'payments', team: 'sre', severity: 'warning' },
        { ...alert({ name: 'B' }), severity: 'page', runbok: 'typo kept' },
      ],
    };
    const parsed = parseTaxonomy(JSON.stringify(file, null, 2), 'alerts_taxonomy.json');
    expect(parsed).toMatchObject({ $schema: './alerts_taxonomy.schema.json', generated_at: '2026-11-01T00:00:00Z', team: { name: 'sre' } });
    expect(parsed.alerts.map((item) => [item.severity, item.owner, item.runbok])).toEqual([
      ['warning', 'payments', undefined],
      ['page', undefined, 'typo kept'],
    ]);
  });

  it('rejects an empty severity (an alert needs one)', () => {
    expect(parseError(JSON.stringify({ alerts: [alert({ severity: '' })] })).location.where).toBe('$.alerts[0].severity');
  });

  const alertArbitrary = fc.record(
    {
      name: fc.string({ minLength: 1 }),
      group: fc.string({ minLength: 1 }),
      severity: fc.constantFrom(...SEED_SEVERITIES.map((level) => level.name)),
      scope: fc.string({ minLength: 1 }),
      category: fc.string({ minLength: 1 }),
      description: fc.string(),
      runbook: fc.string(),
      for: fc.constantFrom('5m', '1h', '0s'),
      windows: fc.array(fc.constantFrom('5m', '1h', '30m')),
      deprecated: fc.boolean(),
      deprecated_since: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
      // zod drops a `__proto__` key from records (prototype-pollution guard), so it cannot round-trip.
      labels: fc.dictionary(
        fc.string().filter((key) => key !== '__proto__'),
        fc.string(),
      ),
    },
    { requiredKeys: ['name', 'group', 'severity', 'scope', 'category', 'description', 'deprecated'] },
  );
  // Keys the schema does not define, with any JSON value: kept as they are.
  const extraKeys = fc.dictionary(
    fc.string({ minLength: 1 }).filter((key) => !ALERT_KEYS.has(key) && !TAXONOMY_KEYS.has(key) && key !== '__proto__'),
    fc.jsonValue(),
    { maxKeys: 3 },
  );
  const taxonomyArbitrary = fc
    .record({
      version: fc.option(fc.integer(), { nil: undefined }),
      alerts: fc.uniqueArray(
        fc.tuple(alertArbitrary, extraKeys).map(([item, extra]) => ({ ...extra, ...item })),
        { selector: (item) => item.name, maxLength: 20 },
      ),
    })
    .chain((taxonomy) => extraKeys.map((extra) => ({ ...extra, ...taxonomy })));

  it('round-trips any valid taxonomy through JSON text', () => {
    fc.assert(
      fc.property(taxonomyArbitrary, fc.constantFrom(undefined, 2), (taxonomy, indent) => {
        const clean = JSON.parse(JSON.stringify(taxonomy)) as Taxonomy;
        expect(parseTaxonomy(JSON.stringify(clean, null, indent), 'f.json')).toEqual(clean);
      }),
      { numRuns: 200 },
    );
  });
});
