import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from '../../../src/metrics/openapi/index.ts';
import { parseOpenApiSync } from '../../../src/sources/openapi/index.ts';
import { documentArbitrary } from './_arbitraries.ts';

const parse = (document: unknown) => parseOpenApiSync(JSON.stringify(document), 'generated.json');

/** The same document with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The same document with every schema of every operation moved into `components` behind a `$ref`. */
function moveSchemasBehindRefs(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document) as Record<string, unknown>;
  const schemas: Record<string, unknown> = {};
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'schema' && typeof value === 'object' && value !== null) {
        const name = `S${Object.keys(schemas).length}`;
        schemas[name] = value;
        (node as Record<string, unknown>)[key] = { $ref: `#/components/schemas/${name}` };
      } else visit(value);
    }
  };
  visit(copy.paths);
  return { ...copy, components: { schemas } };
}

describe('diffOpenApi properties', () => {
  it('finds nothing when schemas move behind $refs', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const diff = diffOpenApi(parse(document), parse(moveSchemasBehindRefs(document)));
        expect(diff.findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('finds nothing between a document and itself', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const diff = diffOpenApi(parse(document), parse(document));
        expect(diff).toEqual({ operations: { added: [], removed: [] }, findings: [], breaking: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('swaps added and removed operations when old and new are swapped', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (a, b) => {
        const forward = diffOpenApi(parse(a), parse(b));
        const backward = diffOpenApi(parse(b), parse(a));
        expect(backward.operations.added).toEqual(forward.operations.removed);
        expect(backward.operations.removed).toEqual(forward.operations.added);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and blind to key order', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (a, b) => {
        const once = diffOpenApi(parse(a), parse(b));
        expect(diffOpenApi(parse(a), parse(b))).toEqual(once);
        expect(JSON.stringify(diffOpenApi(parse(reverseKeys(a)), parse(reverseKeys(b))))).toBe(JSON.stringify(once));
      }),
      { numRuns: 150 },
    );
  });

  it('counts breaking findings and sorts findings by operation, id, location', () => {
    fc.assert(
      fc.property(documentArbitrary, documentArbitrary, (a, b) => {
        const diff = diffOpenApi(parse(a), parse(b));
        expect(diff.breaking).toBe(diff.findings.filter((finding) => finding.level === 'breaking').length);
        const keys = diff.findings.map((finding) => [finding.operation ?? '', finding.id, finding.location ?? ''].join('\u0000'));
        expect(keys).toEqual([...keys].sort());
      }),
      { numRuns: 150 },
    );
  });

  it('reports removing an operation as breaking unless it was deprecated', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const diff = diffOpenApi(parse(document), parse({ ...document, paths: {} }));
        const removals = diff.findings.filter((finding) => finding.id === 'operation-removed' || finding.id === 'deprecated-operation-removed');
        expect(removals.length).toBe(diff.operations.removed.length);
        for (const finding of removals) {
          const [method, path] = finding.operation!.split(' ') as [string, string];
          const deprecated = (document.paths as Record<string, Record<string, { deprecated?: boolean }>>)[path]![method.toLowerCase()]!.deprecated === true;
          expect(finding.id).toBe(deprecated ? 'deprecated-operation-removed' : 'operation-removed');
        }
      }),
      { numRuns: 100 },
    );
  });
});
