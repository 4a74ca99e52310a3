import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../src/sources/openapi/index.ts';

describe('parseSpec', () => {
  it('reads a valid spec into a document and no error', () => {
    const parsed = parseSpec(Buffer.from('openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n'), 'openapi.yaml');
    expect(parsed.error).toBeNull();
    expect(parsed.doc?.info.version).toBe('1.0.0');
  });

  it.each([
    [
      'invalid YAML',
      'openapi: 3.1.0\ninfo:\n  title: [unclosed\n',
      { file: 'openapi.yaml', where: expect.stringMatching(/^line \d+/), message: expect.stringMatching(/^malformed YAML/) },
    ],
    [
      'an alias to no anchor',
      'openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /a: *missing\n',
      { file: 'openapi.yaml', where: 'line 4 column 7', message: expect.stringMatching(/^malformed YAML: Unresolved alias/) },
    ],
    [
      'Swagger 2',
      'swagger: "2.0"\ninfo: {title: t, version: 1.0.0}\n',
      { file: 'openapi.yaml', where: '$.swagger', message: expect.stringMatching(/^found Swagger 2\.0/) },
    ],
    ['not OpenAPI', 'hello: world\n', { file: 'openapi.yaml', where: '$.openapi', message: expect.stringMatching(/^not an OpenAPI document/) }],
    [
      'a dangling $ref',
      "openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Missing'}\n",
      { file: 'openapi.yaml', message: expect.stringMatching(/points to nowhere/) },
    ],
  ])('turns %s into the error a placeholder run shows', (_name, text, error) => {
    const parsed = parseSpec(text, 'openapi.yaml');
    expect(parsed.doc).toBeNull();
    expect(parsed.error).toMatchObject(error);
  });

  // YAML's punctuation, so anchors, aliases, tags and flow collections come up often.
  const yamlish = fc.string({
    unit: fc.constantFrom('a', 'b', '1', ' ', '\n', ':', '-', '*', '&', '!', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', '?', '%'),
    maxLength: 60,
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          yamlish,
          yamlish.map((tail) => `openapi: 3.1.0\ninfo: {title: t, version: 1.0.0}\npaths:\n  /a: ${tail}`),
        ),
        (text) => {
          const parsed = parseSpec(text, 'openapi.yaml');
          expect((parsed.doc === null) !== (parsed.error === null)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
