import fc from 'fast-check';
import { describe, it } from 'vitest';
import { z } from 'zod';
import { parseNow } from '../../src/core/time.ts';
import { parseJson, parseJsonLines, parseYaml } from '../../src/core/validation.ts';
import {
  binaryText,
  DEEP_RUNS,
  deepTexts,
  documentText,
  fuzz,
  NASTY_FRAGMENTS,
  nastyString,
  ODD_DATES,
  oddValue,
  resultOrInputError,
  yamlFeatureText,
} from './_fuzz.ts';

// The readers every other parser is built on (core/validation.ts) and the `--now` parser (core/time.ts).

const FILE = 'input/file.txt';
const anyText = fc.oneof(
  { weight: 4, arbitrary: documentText(oddValue, ['json', 'yaml']) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: binaryText },
  { weight: 1, arbitrary: yamlFeatureText },
);

describe('fuzz: core readers (any input gives a value or an InputError)', () => {
  it('parseJson', () => fuzz(anyText, (text) => resultOrInputError(() => parseJson(text, FILE), FILE)));

  it('parseYaml', () => fuzz(anyText, (text) => resultOrInputError(() => parseYaml(text, FILE), FILE)));

  it('parseJson and parseYaml, nested 1,000 to 20,000 deep', () => {
    fuzz(
      deepTexts({ a: [1, { b: 2 }] }, ['json', 'yaml']),
      (text) => {
        resultOrInputError(() => parseJson(text, FILE), FILE);
        resultOrInputError(() => parseYaml(text, FILE), FILE);
      },
      DEEP_RUNS,
    );
  });

  it('parseJsonLines', () => {
    const schema = z.strictObject({ a: z.number(), b: z.string().optional() });
    const lines = fc
      .tuple(fc.array(fc.oneof(anyText, fc.constant('{"a":1}'), fc.constant('{"a":1,"b":"x"}')), { maxLength: 5 }), fc.constantFrom('\n', '\r\n'))
      .map(([parts, newline]) => parts.join(newline));
    fuzz(lines, (text) => resultOrInputError(() => parseJsonLines(schema, text, FILE, 'record'), FILE));
  });

  it('parseNow', () => {
    const iso = fc.date({ min: new Date(-1e15), max: new Date(1e15), noInvalidDate: true }).chain((date) =>
      fc.constantFrom('Z', '+00:00', '-12:00', '+14:00', '', '+24:00', '+5').map(
        (offset) =>
          `${date
            .toISOString()
            .replace(/\.\d{3}Z$/, '')
            .replace(/Z$/, '')}${offset}`,
      ),
    );
    const text = fc.oneof(iso, fc.constantFrom(...ODD_DATES, '12', '2026', '', ' ', 'now'), nastyString, fc.constantFrom(...NASTY_FRAGMENTS));
    fuzz(text, (value) => resultOrInputError(() => parseNow(value), null));
  });
});
