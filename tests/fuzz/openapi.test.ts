import fc from 'fast-check';
import { describe, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { parseSpec } from '../../src/sources/openapi/spec-file.ts';
import { aliasBomb, DEEP_RUNS, deepTexts, fuzz, inputTexts, resultOrInputError } from './_fuzz.ts';

// OpenAPI documents (sources/openapi): parse, outline validation and local $ref resolution, JSON and YAML.

const document = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.0.0' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        parameters: [{ $ref: '#/components/parameters/limit' }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pets' } } } } },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet', description: 'a pet' } } } },
        responses: { '201': { $ref: '#/components/responses/Created' } },
      },
    },
    '/pets/{id}': { $ref: '#/paths/~1pets' },
  },
  components: {
    parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } } },
    responses: { Created: { description: 'created' } },
    schemas: {
      Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/Pet' } } },
      Pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
      Alias: { $ref: '#/components/schemas/Pet' },
    },
  },
  security: [{ key: [] }],
};

/** Refs a mutation may plant: good, dangling, external, self-referencing, escaped, malformed. */
const refs = fc.constantFrom(
  '#/components/schemas/Pet',
  '#/components/schemas/Missing',
  '#/components/schemas/Alias',
  '#/components/schemas/Pet/properties/parent',
  '#',
  '#/',
  '#/paths/~1pets/get',
  '#/paths/~2bad',
  '#/components/schemas/Pets/items/0',
  '#/__proto__',
  '#/constructor/prototype',
  '%23/components',
  'other.yaml#/components/schemas/Pet',
  'https://example.com/schema.json',
  '',
);

const vocabulary = {
  keys: ['$ref', 'openapi', 'info', 'paths', 'components', 'schemas', 'security', 'version', 'swagger', 'example', 'examples', 'allOf', 'properties'],
  values: fc.oneof(
    refs,
    refs.map(($ref) => ({ $ref })),
    fc.constantFrom<unknown>('3.1.0', '3.0.0', 3.1, 3, '2.0', '3.0.3-rc.1', '4.0.0'),
  ),
};

/** The build's reader (a broken spec is a placeholder run, its error shown) over the library's parser: either way no exception. */
function check(text: string, file: string) {
  resultOrInputError(() => {
    const parsed = parseSpec(text, file);
    if (parsed.error) throw new InputError(parsed.error.message, { file: parsed.error.file, ...(parsed.error.where ? { where: parsed.error.where } : {}) });
  }, file);
}

describe('fuzz: OpenAPI documents (any input gives a document or an InputError)', () => {
  it('parseOpenApi, YAML', () => {
    const texts = fc.oneof(
      { weight: 9, arbitrary: inputTexts(document, ['yaml'], vocabulary) },
      // An alias bomb inside a valid document: the placeholder run the issue expects.
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 3, max: 12 })
          .map((levels) => `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-bomb:\n${aliasBomb(levels).replace(/^/gm, '  ')}`),
      },
    );
    fuzz(texts, (text) => check(text, 'openapi.yaml'));
  });

  it('parseOpenApi, JSON', () => {
    fuzz(inputTexts(document, ['json'], vocabulary), (text) => check(text, 'openapi.json'));
  });

  it('parseOpenApi, nested 1,000 to 20,000 deep', () => {
    fuzz(deepTexts(document, ['json', 'yaml']), (text) => check(text, 'openapi.yaml'), DEEP_RUNS);
  });
});
