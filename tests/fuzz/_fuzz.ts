import fc from 'fast-check';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { formatError, GovpagesError } from '../../src/core/errors.ts';

/**
 * Shared pieces of the parser fuzz tests: hostile values, mutations of a valid document, the text
 * forms a file can take, and the one property every parser must have: any input gives a result or
 * an InputError (a GovpagesError with exit code 2) whose message is safe to print. Under `CI` the
 * seed is fixed (tests/setup/fast-check.ts), so 10,000 runs are the same 10,000 inputs every time.
 */

/** Runs of each parser's property (issue 10: 10,000 under CI's fixed seed). */
export const RUNS = 10_000;

/** Characters and fragments that trouble parsers, terminals and pages. */
export const NASTY_FRAGMENTS = [
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\u2028',
  '\u0085',
  '\u001b[31m',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\\',
  '"',
  "'",
  '`',
  '<b>x</b>',
  '<script>',
  '&amp;',
  '%2e%2e',
  '..',
  '../',
  '/',
  '#',
  '?',
  '*',
  '&a',
  '*a',
  '!!binary',
  '!!js/function',
  '<<',
  '{',
  '}',
  '[',
  ']',
  ':',
  '- ',
  '---',
  '...',
  '__proto__',
  'constructor',
  'toString',
  '$ref',
  '1e400',
  '-0',
  '123456789012345678901234567890',
  '\uD800',
  '\uDFFF',
  'e\u0301',
  '\u00e9',
  '\u{1F600}',
  'x'.repeat(300),
];

/** Dates a schema may accept as text that are outside what the rest of the code can print. */
export const ODD_DATES = [
  '0000-01-01T00:00:00+01:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-12:00',
  '9999-12-31T23:59:59Z',
  '99999-01-01T00:00:00Z',
  '+275760-09-13T00:00:01Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00',
  '2026-01-01',
  '2026-01-01T00:00:00.123456789Z',
  '1970-01-01T00:00:00Z',
];

/** Numbers at the edges: huge, tiny, negative zero, past 2^53. */
export const ODD_NUMBERS = [1e308, -1e308, 1e-320, -0, 2 ** 53 + 2, -(2 ** 63), 65536, 0, -1, 0.5, 4.000000000000001, 1e21];

/** A string built from hostile fragments and random code points (lone surrogates included). */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...NASTY_FRAGMENTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')) },
  // Any code points, lone surrogates included (fc.string's 'binary' unit does this too, but builds a
  // million-entry table on first shrink).
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 24 }).map((points) => String.fromCodePoint(...points)) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_DATES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Arrays or objects nested `depth` deep around `leaf`. */
export function nested(depth: number, leaf: unknown, kind: 'array' | 'object'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any value a parsed document could hold where a schema expects something else. */
export const oddValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: nastyString },
    { weight: 4, arbitrary: fc.constantFrom<unknown>(...ODD_NUMBERS, null, true, false, '', [], {}) },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.dictionary(nastyString, tie('value'), { maxKeys: 3 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 10, max: 300 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
        .map(([depth, kind]) => nested(depth, 1, kind)),
    },
  ),
})).value;

type Path = (string | number)[];

/** Every path into `value` (the root included) down to 20 levels, containers before their children. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 20) return out;
  if (Array.isArray(value)) for (const [index, item] of value.entries()) pathsOf(item, [...prefix, index], out);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

type Mutation = { pick: number; action: 'set' | 'delete' | 'add-key' | 'wrap' | 'duplicate'; value: unknown; key: string };

/** Extra keys and values a parser's mutations should try (its own field names, `$ref` targets, ...). */
export interface Vocabulary {
  keys?: readonly string[];
  values?: fc.Arbitrary<unknown>;
}

function mutationArbitrary(vocabulary: Vocabulary): fc.Arbitrary<Mutation> {
  const keys = ['name', 'extra', '__proto__', ...(vocabulary.keys ?? [])];
  return fc.record({
    pick: fc.nat(),
    action: fc.constantFrom<Mutation['action']>('set', 'set', 'set', 'delete', 'add-key', 'wrap', 'duplicate'),
    value: vocabulary.values ? fc.oneof(oddValue, vocabulary.values) : oddValue,
    key: fc.oneof(nastyString, fc.constantFrom(...keys)),
  });
}

function applyMutation(document: unknown, mutation: Mutation): unknown {
  const root = { root: structuredClone(document) };
  const paths = pathsOf(root.root, ['root']);
  const path = paths[mutation.pick % paths.length]!;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  const key = path.at(-1)!;
  const target = parent[key];
  switch (mutation.action) {
    case 'set':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (key !== 'root') delete parent[key];
      break;
    case 'add-key':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[mutation.key] = mutation.value;
      else if (Array.isArray(target)) target.push(mutation.value);
      break;
    case 'wrap':
      parent[key] = [target];
      break;
    case 'duplicate':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      break;
  }
  return root.root;
}

/**
 * Texts of `document` with nesting far deeper than any real file (1,000 to 20,000 levels, written
 * as flow collections, which are JSON and YAML alike) at one random place: recursive walkers
 * overflow the stack there. Costly, so checked with fewer runs (DEEP_RUNS).
 */
export function deepTexts(document: unknown, formats: readonly ('json' | 'yaml')[]): fc.Arbitrary<string> {
  const marker = 'deep-nesting-goes-here';
  return fc
    .record({
      pick: fc.nat(),
      depth: fc.constantFrom(1_000, 5_000, 20_000),
      kind: fc.constantFrom<'array' | 'object'>('array', 'object'),
      format: fc.constantFrom(...formats),
    })
    .map(({ pick, depth, kind, format }) => {
      const text = (format === 'json' ? JSON.stringify : yamlText)(applyMutation(document, { pick, action: 'set', value: marker, key: '' }));
      const deep = kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      return text.replace(/"?deep-nesting-goes-here"?/, deep);
    });
}

/** Runs of the deep-nesting properties. */
export const DEEP_RUNS = 20;

/** `document` with one to three random mutations (a value replaced, removed, added, wrapped or repeated). */
export function mutated(document: unknown, vocabulary: Vocabulary = {}): fc.Arbitrary<unknown> {
  return fc.array(mutationArbitrary(vocabulary), { minLength: 1, maxLength: 3 }).map((mutations) => mutations.reduce(applyMutation, document));
}

/** YAML text of a value; a value YAML cannot write (a lone surrogate in a key, say) falls back to JSON, which is YAML too. */
export function yamlText(value: unknown): string {
  // Deep nesting as block YAML is quadratic in size: write it as flow (JSON) instead.
  if ((JSON.stringify(value)?.length ?? 0) > 2_000) return JSON.stringify(value);
  try {
    return stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
  } catch {
    return JSON.stringify(value) ?? 'null';
  }
}

type TextEdit = { kind: 'none' | 'bom' | 'truncate' | 'insert' | 'crlf' | 'append' | 'nul'; at: number; fragment: string };

const textEditArbitrary: fc.Arbitrary<TextEdit> = fc.record({
  kind: fc.constantFrom<TextEdit['kind']>('none', 'none', 'none', 'bom', 'truncate', 'insert', 'crlf', 'append', 'nul'),
  at: fc.nat(),
  fragment: nastyString,
});

/** The text with one edit a careless editor, a tool or a hostile user might make. */
export function editText(text: string, edit: TextEdit): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  switch (edit.kind) {
    case 'none':
      return text;
    case 'bom':
      return `\uFEFF${text}`;
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + edit.fragment + text.slice(at);
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'append':
      return text + edit.fragment;
    case 'nul':
      return `${text.slice(0, at)}\u0000${text.slice(at)}`;
  }
}

/** Text forms of `documents`: JSON or YAML, then maybe edited. */
export function documentText(documents: fc.Arbitrary<unknown>, formats: readonly ('json' | 'yaml')[]): fc.Arbitrary<string> {
  return fc
    .tuple(documents, fc.constantFrom(...formats), fc.constantFrom(0, 2), textEditArbitrary)
    .map(([document, format, indent, edit]) => editText(format === 'json' ? jsonText(document, indent) : yamlText(document), edit));
}

/** JSON text of a value, indented unless it is large (indentation of deep nesting grows quadratically). */
function jsonText(value: unknown, indent: number): string {
  const compact = JSON.stringify(value) ?? 'null';
  return indent > 0 && compact.length < 2_000 ? JSON.stringify(value, null, indent) : compact;
}

/**
 * Texts for a parser whose valid input is `seed`: mostly the seed mutated (structured but wrong),
 * some intact, some of another shape entirely, hostile strings, binary content and, for YAML
 * readers, YAML's own features (aliases and bombs, tags, merge keys, directives).
 */
export function inputTexts(seed: unknown, formats: readonly ('json' | 'yaml')[], vocabulary: Vocabulary = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: documentText(mutated(seed, vocabulary), formats) },
    { weight: 1, arbitrary: documentText(fc.constant(seed), formats) },
    { weight: 2, arbitrary: documentText(oddValue, formats) },
    { weight: 1, arbitrary: nastyString },
    { weight: 1, arbitrary: binaryText },
    ...(formats.includes('yaml') ? [{ weight: 2, arbitrary: yamlFeatureText }] : []),
  );
}

/** Random bytes read as UTF-8, the way a reader turns a binary file into text. */
export const binaryText: fc.Arbitrary<string> = fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('utf8'));

/** YAML-only constructs: anchors and aliases (bombs too), tags, merge keys, complex keys, directives, several documents. */
export const yamlFeatureText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map(aliasBomb),
  fc.constantFrom(
    'a: &x [1, 2]\nb: *x\nc: *y\n',
    'a: !!binary aGVsbG8=\n',
    'a: !!timestamp 2026-01-01\n',
    'a: !!set {x, y}\n',
    'a: !custom 1\n',
    'a: !!js/function "function(){}"\n',
    'base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n',
    '? [a, b]\n: 1\n',
    '? {a: 1}\n: 2\n',
    '%YAML 1.1\n---\na: yes\n',
    '%TAG ! tag:example.com,2000:\n---\na: !x 1\n',
    'a: 1\n---\nb: 2\n',
    '__proto__: {polluted: true}\nconstructor: {prototype: {x: 1}}\n',
    'a: .inf\nb: -.inf\nc: .nan\nd: 0x1F\ne: 0o17\nf: 1e400\n',
    'a: "\\u0000\\u202e\\ufeff"\n',
    `a: ${'['.repeat(300)}${']'.repeat(300)}\n`,
    `a: ${'{b: '.repeat(200)}1${'}'.repeat(200)}\n`,
    `${'- '.repeat(200)}x\n`,
    'a: |\n  line\n\tTab\n',
    'a: &a\n  b: *a\n',
  ),
);

/** A billion-laughs document: `levels` levels of nine aliases each. */
export function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < levels; level++)
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** Format and bidirectional controls, C0/C1 controls and line separators: never raw in a message. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/u;

/**
 * Runs `parse`; a throw must be a GovpagesError with exit code 2 naming `file`, printed on one line
 * (further issues, if any, named on the same line) with no raw control or format characters and no long
 * run of the input. Anything else is rethrown, so fast-check reports (and shrinks) the input.
 */
export function resultOrInputError<T>(parse: () => T, file: string | null): T | GovpagesError {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof GovpagesError) || error.exitCode !== 2) throw error;
    const message = formatError(error);
    if (file !== null) expect(error.location.file, 'the error names the file').toBe(file);
    expect(message, 'the error is one line').not.toContain('\n');
    expect(message.length, 'the line is short').toBeLessThanOrEqual(2000);
    expect(UNPRINTABLE.test(message), `no raw control characters in ${JSON.stringify(message)}`).toBe(false);
    return error;
  }
}

/** fc.assert with the issue's run count. */
export function fuzz<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, runs = RUNS): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      check(value);
    }),
    { numRuns: runs },
  );
}
