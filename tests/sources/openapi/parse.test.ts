import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { InputError } from '../../../src/core/errors.ts';
import { parseOpenApi, parseOpenApiSync } from '../../../src/sources/openapi/index.ts';
import { documentArbitrary } from '../../metrics/openapi/_arbitraries.ts';
import { FIXTURES } from '../../metrics/openapi/_fixtures.ts';

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const minimal = (extra: string) => `openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\n${extra}`;

describe('parseOpenApi', () => {
  it.each([
    ['YAML 3.0', 'api.yaml', 'openapi: 3.0.3\ninfo: {title: t, version: 1.2.3}\npaths: {}\n', '3.0.3'],
    ['JSON 3.1', 'api.json', '{"openapi":"3.1.0","info":{"title":"t","version":"1.2.3"},"paths":{}}', '3.1.0'],
    ['JSON without extension', 'spec', ' {"openapi":"3.0.0","info":{"title":"t","version":"1.2.3"},"paths":{}}', '3.0.0'],
    ['3.1 without paths', 'api.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: 1.2.3}\nwebhooks: {}\n', '3.1.0'],
  ])('reads %s', async (_name, file, text, version) => {
    const document = await parseOpenApi(text, file);
    expect(document.openapi).toBe(version);
    expect(document.info.version).toBe('1.2.3');
    expect(document.paths).toEqual({});
  });

  it('keeps an unquoted numeric info.version usable', () => {
    expect(parseOpenApiSync('openapi: 3.0.3\ninfo: {title: t, version: 2}\npaths: {}\n', 'a.yaml').info.version).toBe('2');
  });

  it('resolves local refs, shares targets, and closes cycles', () => {
    const document = parseOpenApiSync(
      minimal(`components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: '#/components/schemas/Node'}
        label: {$ref: '#/components/schemas/Label'}
    Label: {$ref: '#/components/schemas/Text'}
    Text: {type: string, maxLength: 3}
    Described: {$ref: '#/components/schemas/Text', description: here}
    Slashed: {$ref: '#/components/schemas/a~1b'}
    a/b: {type: integer}
`),
      'a.yaml',
    );
    const schemas = (document.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
    const node = schemas.Node!;
    const properties = node.properties as Record<string, unknown>;
    expect(properties.next).toBe(node);
    expect(properties.label).toEqual({ type: 'string', maxLength: 3 });
    expect(schemas.Described).toEqual({ type: 'string', maxLength: 3, description: 'here' });
    expect(schemas.Slashed).toEqual({ type: 'integer' });
  });

  it('leaves $ref keys inside examples alone', () => {
    const document = parseOpenApiSync(
      minimal(`components:\n  examples:\n    one:\n      value: {a: 1}\n  schemas:\n    S: {type: object, example: {$ref: not-a-ref}}\n`),
      'a.yaml',
    );
    expect((document.components as { schemas: { S: { example: unknown } } }).schemas.S.example).toEqual({ $ref: 'not-a-ref' });
  });

  it.each([
    ['invalid YAML names the line', 'bad-yaml.yaml', /malformed YAML/, /^line \d+ column \d+$/],
    [
      'a $ref to nowhere names the ref and its JSON path',
      'ref-to-nowhere.yaml',
      /"#\/components\/schemas\/Missing" points to nowhere/,
      /^\$\.paths\["\/pets"\]\.get\.responses\["200"\]\.content\["application\/json"\]\.schema\.\$ref$/,
    ],
    ['Swagger 2.0 says what was expected', 'swagger-2.yaml', /found Swagger 2\.0; expected an OpenAPI 3\.0\.x or 3\.1\.x document/, /^\$\.swagger$/],
    ['random YAML says what was expected', 'not-openapi.yaml', /expected an "openapi" field with version 3\.0\.x or 3\.1\.x/, /^\$\.openapi$/],
  ])('%s', (_name, file, message, where) => {
    const error = errorOf(() => parseOpenApiSync(readFileSync(join(FIXTURES, 'invalid', file), 'utf8'), file));
    expect(error.message).toMatch(message);
    expect(error.location.file).toBe(file);
    expect(error.location.where).toMatch(where);
    expect(error.exitCode).toBe(2);
  });

  it.each([
    [
      'external ref',
      minimal(`components:\n  schemas:\n    A: {$ref: 'other.yaml#/B'}\n`),
      /external \$ref "other\.yaml#\/B" is not supported/,
      '$.components.schemas.A.$ref',
    ],
    [
      'self ref chain',
      minimal(`components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n`),
      /refers to itself/,
      /\$ref$/,
    ],
    ['OpenAPI 2', 'openapi: 2.0.0\ninfo: {title: t, version: 1}\npaths: {}\n', /expected an OpenAPI version 3\.0\.x or 3\.1\.x/, '$.openapi'],
    ['missing info.version', 'openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n', /expected a version string/, '$.info.version'],
    ['3.0 without paths', 'openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\n', /expected "paths"/, '$.paths'],
    ['a list', '- 1\n- 2\n', /expected an OpenAPI 3\.0\.x or 3\.1\.x document/, undefined],
    ['malformed JSON', '{"openapi": ', /malformed JSON/, /^line 1 column/],
  ])('rejects %s', (_name, text, message, where) => {
    const error = errorOf(() => parseOpenApiSync(text, text.startsWith('{') ? 'api.json' : 'api.yaml'));
    expect(error.message).toMatch(message);
    if (where instanceof RegExp) expect(error.location.where).toMatch(where);
    else expect(error.location.where).toBe(where);
  });

  it('reads the same document from JSON and from YAML', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(parseOpenApiSync(stringify(document), 'api.yaml')).toEqual(parseOpenApiSync(JSON.stringify(document), 'api.json'));
      }),
      { numRuns: 100 },
    );
  });
});
