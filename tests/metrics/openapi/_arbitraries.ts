import fc from 'fast-check';

/** Random but well-formed OpenAPI 3.0 documents (no `$ref`s), small enough to shrink well. */

const scalar = fc.constantFrom('string', 'integer', 'number', 'boolean');

export const schemaArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: scalar,
        nullable: fc.boolean(),
        maxLength: fc.integer({ min: 1, max: 50 }),
        enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }),
        format: fc.constantFrom('int32', 'int64', 'date', 'email'),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('array'), items: tie('schema') }),
    fc.dictionary(fc.constantFrom('id', 'name', 'tag', 'owner', 'age'), tie('schema'), { maxKeys: 4 }).chain((properties) =>
      fc.record({
        type: fc.constant('object'),
        properties: fc.constant(properties),
        required: fc.subarray(Object.keys(properties)),
      }),
    ),
  ),
})).schema as fc.Arbitrary<Record<string, unknown>>;

const parameterArbitrary = fc.record({
  name: fc.constantFrom('limit', 'offset', 'tag', 'X-Trace'),
  in: fc.constantFrom('query', 'header'),
  required: fc.boolean(),
  schema: schemaArbitrary,
});

const operationArbitrary = fc.record(
  {
    operationId: fc.constantFrom('one', 'two', 'three'),
    deprecated: fc.boolean(),
    parameters: fc.uniqueArray(parameterArbitrary, { maxLength: 3, selector: (parameter) => `${parameter.in}:${parameter.name.toLowerCase()}` }),
    requestBody: fc.record({ required: fc.boolean(), content: fc.record({ 'application/json': fc.record({ schema: schemaArbitrary }) }) }),
    responses: fc.dictionary(
      fc.constantFrom('200', '201', '404', 'default'),
      fc.record({ description: fc.constant('response'), content: fc.record({ 'application/json': fc.record({ schema: schemaArbitrary }) }) }),
      { minKeys: 1, maxKeys: 3 },
    ),
  },
  { requiredKeys: ['responses'] },
);

const pathItemArbitrary = fc.dictionary(fc.constantFrom('get', 'put', 'post', 'delete'), operationArbitrary, { minKeys: 1, maxKeys: 3 });

export const documentArbitrary = fc.record({
  openapi: fc.constant('3.0.3'),
  info: fc.record({ title: fc.constant('generated'), version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0') }),
  paths: fc.dictionary(fc.constantFrom('/pets', '/pets/{id}', '/owners', '/owners/{id}/pets'), pathItemArbitrary, { maxKeys: 4 }),
});
