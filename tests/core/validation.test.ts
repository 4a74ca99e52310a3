import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GovpagesError, InputError } from '../../src/core/errors.ts';
import { isoDateTime, jsonPath, lineColumn, parseJson, parseWith, parseYaml } from '../../src/core/validation.ts';

/** Runs `fn`, which must throw an InputError, and returns it. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('jsonPath', () => {
  it.each([
    { path: [], expected: '$' },
    { path: ['alerts', 3, 'severity'], expected: '$.alerts[3].severity' },
    { path: ['$schema'], expected: '$.$schema' },
    { path: ['_private', 'a1'], expected: '$._private.a1' },
    // Keys that are not identifiers are quoted in brackets, so the path stays unambiguous.
    { path: ['a.b'], expected: '$["a.b"]' },
    { path: ['with space'], expected: '$["with space"]' },
    { path: ['1abc'], expected: '$["1abc"]' },
    { path: [''], expected: '$[""]' },
    { path: ['quote"d'], expected: '$["quote\\"d"]' },
    { path: ['kebab-case', 0], expected: '$["kebab-case"][0]' },
    { path: ['é'], expected: '$["é"]' },
    { path: [Symbol('s')], expected: '$["Symbol(s)"]' },
  ])('$expected', ({ path, expected }) => {
    expect(jsonPath(path)).toBe(expected);
  });
});

describe('lineColumn', () => {
  it.each([
    { text: 'abc', offset: 0, expected: { line: 1, column: 1 } },
    { text: 'abc', offset: 2, expected: { line: 1, column: 3 } },
    { text: 'ab\ncd', offset: 3, expected: { line: 2, column: 1 } },
    { text: 'ab\ncd\n', offset: 6, expected: { line: 3, column: 1 } },
    { text: 'a\n\n\nb', offset: 4, expected: { line: 4, column: 1 } },
  ])('$text @ $offset', ({ text, offset, expected }) => {
    expect(lineColumn(text, offset)).toEqual(expected);
  });
});

describe('parseJson', () => {
  it.each([
    // V8 gives a position: "Expected double-quoted property name ... at position 38"; 38 is the `}` on line 3:
    // line 1 "{\n" (2), line 2 '  "alerts": [\n' (14), line 3 starts at 16, `}` is its 23rd character.
    { text: '{\n  "alerts": [\n    { "name": "A", }\n  ]\n}\n', where: 'line 3 column 20', reason: /Expected double-quoted property name/ },
    // V8 gives no position for "Unexpected token": the stray comma is line 2 column 8.
    { text: '{\n  "a": ,\n}', where: 'line 2 column 8', reason: /unexpected character ","/ },
    // A trailing comma in an array: the `]` on line 3 column 1 is what cannot follow.
    { text: '[1,\n2,\n]\n\n', where: 'line 3 column 1', reason: /unexpected character "\]"/ },
    { text: '{"a":1', where: 'line 1 column 7', reason: /Expected ',' or '}'/ },
    { text: '', where: 'line 1 column 1', reason: /unexpected end of the input/ },
    { text: '1 2', where: 'line 1 column 3', reason: /unexpected text after the JSON value/ },
    { text: '{\n\n  "x": tru }', where: 'line 3 column 11', reason: /unexpected character " "|unexpected character/ },
    // Input characters are described, never repeated raw: a BOM, a NUL, a right-to-left override.
    {
      text: '\uFEFF{"a": 1}',
      where: 'line 1 column 1',
      reason: /^malformed JSON: the text starts with a byte order mark, U\+FEFF \(expected UTF-8 without a byte order mark\)$/,
    },
    { text: '{"a": \u0000}', where: 'line 1 column 7', reason: /unexpected character U\+0000 / },
    { text: '{"a": \u202E}', where: 'line 1 column 7', reason: /unexpected character U\+202E / },
    { text: `{"a": ${'x'.repeat(100_000)}}`, where: 'line 1 column 7', reason: /^malformed JSON: unexpected character "x" \(expected valid JSON\)$/ },
    { text: '{"a": "\u0001"}', where: 'line 1 column 8', reason: /^malformed JSON: Bad control character in string literal \(expected valid JSON\)$/ },
  ])('$where for $text', ({ text, where, reason }) => {
    const error = inputError(() => parseJson(text, 'dir/file.json'));
    expect(error.location).toEqual({ file: 'dir/file.json', where });
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^malformed JSON: /);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/\(expected (valid JSON|UTF-8 without a byte order mark)\)$/);
    // One paragraph: V8 quotes the whole input in some messages; that must not reach the user.
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('is not valid JSON');
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // JSON.stringify turns -0 into 0; compare against what the text actually says.
        expect(parseJson(JSON.stringify(value), 'f.json')).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('round-trips pretty-printed JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(parseJson(text, 'f.json')).toEqual(JSON.parse(text));
      }),
    );
  });

  it('on any string either returns or throws an InputError with a line inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
          fc.json().map((json) => `${json},`),
        ),
        (text) => {
          try {
            parseJson(text, 'f.json');
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            const match = /^line (\d+) column (\d+)$/.exec((error as InputError).location.where ?? '');
            expect(match).not.toBeNull();
            expect(Number(match![1])).toBeLessThanOrEqual(text.split('\n').length);
            expect((error as Error).message).not.toContain('\n');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseYaml', () => {
  it.each([
    // Positions are the yaml library's: an unclosed flow sequence is reported where the input ends.
    { text: 'a: 1\nb: [1, 2\n', line: 3 },
    // Duplicate keys are refused (uniqueKeys), on the line of the second one.
    { text: 'groups:\n  - name: a\n    name: b\n', line: 3 },
    // "1\n  b: 2" is read as one compact mapping value starting on line 1.
    { text: 'a: 1\n  b: 2\n', line: 1 },
    { text: 'key: "unterminated\n', line: 2 },
  ])('line $line of $text', ({ text, line }) => {
    const error = inputError(() => parseYaml(text, 'rules.yml'));
    expect(error.location.file).toBe('rules.yml');
    expect(error.location.where).toMatch(new RegExp(`^line ${line} column \\d+$`));
    expect(error.message).toMatch(/^malformed YAML: /);
    expect(error.message).not.toContain('\n');
  });

  it.each([
    { text: 'a: 1\nb: [x, y]\n', expected: { a: 1, b: ['x', 'y'] } },
    { text: '', expected: null },
    { text: '{"json": [1, true, null]}', expected: { json: [1, true, null] } },
    // YAML 1.2: `no` and `on` are strings, not booleans.
    { text: 'a: no\nb: on\n', expected: { a: 'no', b: 'on' } },
  ])('parses $text', ({ text, expected }) => {
    expect(parseYaml(text, 'f.yml')).toEqual(expected);
  });
});

describe('parseWith', () => {
  const schema = z.strictObject({
    site: z.strictObject({ title: z.string(), base: z.string().regex(/^\//, 'a path starting with "/"') }),
    alerts: z.array(z.strictObject({ name: z.string(), severity: z.enum(['critical', 'low']), count: z.number().optional() })),
  });
  const valid = { site: { title: 't', base: '/' }, alerts: [{ name: 'A', severity: 'low' }] };

  it('returns the parsed data', () => {
    expect(parseWith(schema, valid, 'c.json')).toEqual(valid);
  });

  it.each([
    { name: 'unknown top-level key', data: { ...valid, extra: 1 }, where: '$.extra', message: /^unknown key "extra" \(check the spelling/ },
    { name: 'misspelt nested key', data: { ...valid, site: { title: 't', base: '/', titel: 'x' } }, where: '$.site.titel', message: /^unknown key "titel"/ },
    { name: 'two unknown keys', data: { ...valid, site: { title: 't', base: '/', a: 1, b: 2 } }, where: '$.site.a', message: /^unknown keys "a", "b"/ },
    {
      name: 'unknown key in an array item',
      data: { ...valid, alerts: [{ name: 'A', severity: 'low', sevrity: 'x' }] },
      where: '$.alerts[0].sevrity',
      message: /^unknown key "sevrity"/,
    },
    {
      name: 'wrong type shows the value',
      data: { ...valid, alerts: [{ name: 'A', severity: 'low', count: 'three' }] },
      where: '$.alerts[0].count',
      message: /expected number, received string, got "three"$/,
    },
    {
      name: 'unknown enum value',
      data: { ...valid, alerts: [{ name: 'A', severity: 'urgent' }] },
      where: '$.alerts[0].severity',
      message: /expected one of "critical"\|"low", got "urgent"$/,
    },
    {
      name: 'regex failure uses the schema message',
      data: { ...valid, site: { title: 't', base: 'x' } },
      where: '$.site.base',
      message: /^a path starting with "\/", got "x"$/,
    },
    { name: 'missing object', data: { alerts: [] }, where: '$.site', message: /^expected object, received undefined$/ },
    {
      name: 'long values are shortened',
      data: { ...valid, alerts: [{ name: 'A', severity: 'x'.repeat(100) }] },
      where: '$.alerts[0].severity',
      message: /got "x{56}\.\.\."$/,
    },
  ])('$name', ({ data, where, message }) => {
    const error = inputError(() => parseWith(schema, data, 'cfg/govpages.config.json'));
    expect(error.location).toEqual({ file: 'cfg/govpages.config.json', where });
    expect(error.message.split('\n')[0]).toMatch(message);
  });

  it('names three further issues with their paths on the same line and counts the rest', () => {
    const alerts = Array.from({ length: 12 }, () => ({ name: 1, severity: 'low' }));
    const error = inputError(() => parseWith(schema, { ...valid, alerts }, 'c.json'));
    expect(error.location.where).toBe('$.alerts[0].name');
    expect(error.message).not.toContain('\n');
    expect(error.message).toBe(
      'expected string, received number, got 1; also $.alerts[1].name: expected string, received number, got 1; ' +
        'also $.alerts[2].name: expected string, received number, got 1; also $.alerts[3].name: expected string, received number, got 1; and 8 more',
    );
  });

  it('reports each path once: a date that does not parse is not also out of range', () => {
    const error = inputError(() => parseWith(z.object({ at: isoDateTime() }), { at: '2026-13-45T00:00:00Z' }, 'c.json'));
    expect(error.location.where).toBe('$.at');
    expect(error.message).not.toMatch(/also|out of range/);
  });

  it.each([
    { data: {}, message: 'expected string or number' },
    { data: { value: true }, message: 'expected string or number, got true' },
  ])('names the types of a plain union: $message', ({ data, message }) => {
    const union = z.strictObject({ value: z.union([z.string(), z.number()]) });
    const error = inputError(() => parseWith(union, data, 'c.json'));
    expect(error.location.where).toBe('$.value');
    expect(error.message).toBe(message);
  });

  it("keeps a union's own message", () => {
    const union = z.strictObject({ value: z.union([z.string(), z.number()], { error: 'expected a version string' }) });
    expect(inputError(() => parseWith(union, {}, 'c.json')).message).toBe('expected a version string');
  });

  it('is a GovpagesError with exit code 2', () => {
    const error = inputError(() => parseWith(schema, null, 'c.json'));
    expect(error).toBeInstanceOf(GovpagesError);
    expect(error.exitCode).toBe(2);
    expect(error.location.where).toBe('$');
  });
});
