import { Composer, type CST, type Document, isNode, LineCounter, Parser, visit, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { firstDuplicateKey } from './duplicate-keys.ts';
import { InputError } from './errors.ts';
import { describeCharacter, printable, quote } from './printable.ts';
import { DATE_RANGE, inDateRange } from './time.ts';

/**
 * The one place where parsing and schema errors become user-facing InputErrors that name the file,
 * the line (for syntax errors) or the JSON path (for schema errors), and what was expected.
 */

/** `['alerts', 3, 'severity']` -> `$.alerts[3].severity` */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${quote(String(key), 60)}]`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => quote(key)).join(', ');
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys} (check the spelling)`;
  }
  let message = issue.message.replace(/^Invalid (input|option): /, '');
  // zod says only "Invalid input" for a union of plain types (e.g. string | number): name them.
  if (
    issue.code === 'invalid_union' &&
    issue.message === 'Invalid input' &&
    issue.errors.length > 0 &&
    issue.errors.every((branch) => branch[0]?.code === 'invalid_type' && branch[0].path.length === 0)
  ) {
    message = `expected ${issue.errors.map((branch) => (branch[0] as { expected: string }).expected).join(' or ')}`;
  }
  // Messages are the schema's text, but a refinement may quote the value: escape whatever they hold.
  message = printable(message, 300);
  const input = (issue as { input?: unknown }).input;
  if (input === undefined || typeof input === 'object') return message;
  const shown = typeof input === 'string' ? quote(input, 56) : printable(String(input), 60);
  // A message that already quotes the value (a path check's) says it once.
  if (typeof input === 'string' && message.includes(shown)) return message;
  return `${message}, got ${shown}`;
}

/**
 * The schema of every date and time read from an input file (incident front matter, gate records,
 * `deprecated_since`): ISO 8601 with `Z` or an offset, in the years every reader can print.
 */
export function isoDateTime() {
  const expected = 'an ISO 8601 datetime with Z or an offset, e.g. 2026-01-31T12:00:00Z';
  return z.iso
    .datetime({ offset: true, error: (issue) => (issue.input === undefined ? `missing (expected ${expected})` : `expected ${expected}`) })
    .refine(inDateRange, { error: `out of range (expected ${DATE_RANGE})` });
}

/** Further issues named after the first, on the same line (the rest are counted). */
const MORE_ISSUES_SHOWN = 3;

/**
 * Validates `data` against `schema`, or throws one InputError of one line: the first issue with its
 * JSON path, then up to three more (`; also $.x: ...`) and a count of the rest. A path is reported
 * once: a date that does not parse is not also "out of range".
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const byPath = new Map<string, z.core.$ZodIssue>();
  for (const issue of result.error.issues) {
    const path = jsonPath(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path);
    if (!byPath.has(path)) byPath.set(path, issue);
  }
  const [[where, first], ...others] = [...byPath] as [[string, z.core.$ZodIssue], ...[string, z.core.$ZodIssue][]];
  const also = others.slice(0, MORE_ISSUES_SHOWN).map(([path, issue]) => `; also ${path}: ${describeIssue(issue)}`);
  const more = others.length > MORE_ISSUES_SHOWN ? `; and ${others.length - MORE_ISSUES_SHOWN} more` : '';
  throw new InputError(`${describeIssue(first)}${also.join('')}${more}`, { file, where });
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with the line and column of a syntax error; a key written twice in one object is an error too. */
export function parseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { reason, offset, expected } = jsonSyntaxError(error as Error, text);
    const { line, column } = lineColumn(text, offset);
    throw new InputError(`malformed JSON: ${reason} (expected ${expected ?? 'valid JSON'})`, { file, where: `line ${line} column ${column}` });
  }
  const deep = nestingTooDeep(text);
  if (deep !== null) {
    const { line, column } = lineColumn(text, deep);
    throw new InputError(`nested more than ${MAX_NESTING} levels deep (expected a file nested less deeply)`, { file, where: `line ${line} column ${column}` });
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    const { line, column } = lineColumn(text, duplicate.offset);
    throw new InputError(`key ${quote(duplicate.key)} appears twice in the same object (expected each key once)`, {
      file,
      where: `line ${line} column ${column}`,
    });
  }
  return value;
}

/** Offset of the first `[` or `{` nested deeper than MAX_NESTING in a valid JSON text, or null. */
function nestingTooDeep(text: string): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return null;
}

/**
 * What is wrong with a JSON text that JSON.parse refused, and where. V8's messages quote the input
 * itself ("Unexpected token 'x', "...xxx"... is not valid JSON"), raw and possibly across lines, so
 * the quoted part is replaced by a description of the offending character.
 */
function jsonSyntaxError(error: Error, text: string): { reason: string; offset: number; expected?: string } {
  const message = error.message;
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
  if (/^Unexpected (token|end of JSON input)/.test(message)) {
    const point = text.codePointAt(offset);
    if (point === undefined) return { reason: 'unexpected end of the input', offset };
    if (offset === 0 && point === 0xfeff)
      return { reason: 'the text starts with a byte order mark, U+FEFF', offset, expected: 'UTF-8 without a byte order mark' };
    return { reason: `unexpected character ${describeCharacter(String.fromCodePoint(point))}`, offset };
  }
  const reason = message
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/^Unexpected non-whitespace character after JSON$/, 'unexpected text after the JSON value')
    .replace(/^JSON\.parse: /, '');
  return { reason: printable(reason.split('\n')[0]!, 120), offset };
}

/**
 * Offset of the first character that no valid JSON could continue with, for V8 messages that give
 * no position ("Unexpected token ..."): the longest prefix that is still the start of some JSON text
 * (it parses, or fails only at its end), found by binary search since that property is monotone.
 */
function syntaxErrorOffset(text: string): number {
  const viable = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      return message.includes('Unexpected end of JSON input') || (position !== null && Number(position[1]) >= length);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (viable(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** YAML 1.2 parse with the line of the first error. */
export function parseYaml(text: string, file: string): unknown {
  return parseYamlDocument(text, file).data;
}

export interface YamlOptions {
  /** Lines of the file before `text` (front matter starts after its `---` line), added to the lines reported. */
  lineOffset?: number;
  /** What the text is, for messages: `YAML` (default), `YAML front matter`. */
  what?: string;
}

/**
 * Alias nodes allowed in one document, counted the yaml package's way (each alias times the size of
 * what it points to): enough for any hand-written file, and a billion-laughs document stops here.
 */
const MAX_ALIAS_COUNT = 1000;

/**
 * Nesting allowed in a JSON or YAML input: no governance file comes near it, and the parsers and
 * walkers that recurse stay far from the end of the stack (where V8 may abort rather than throw).
 */
export const MAX_NESTING = 256;

/** A parsed YAML document: its value, and the line of any node for messages and findings. */
export interface YamlDocument {
  data: unknown;
  document: Document;
  /** 1-based line (in the file) of the node at `path`, or of its deepest ancestor that has one. */
  lineAt(path: readonly (string | number)[]): number;
}

/**
 * The one YAML reader: YAML 1.2, keys unique, aliases bounded, nesting bounded. Keeps the document,
 * for callers that need the line of a node. Errors name the file and the line and column.
 */
export function parseYamlDocument(text: string, file: string, options: YamlOptions = {}): YamlDocument {
  const lineOffset = options.lineOffset ?? 0;
  const what = options.what ?? 'YAML';
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `line ${line + lineOffset} column ${col}`;
  };
  // The syntax tree first (the yaml package builds it without recursion), so that nesting is
  // bounded before the composer, which recurses, sees it.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = tooDeep(tokens);
  if (deep !== null) throw new InputError(`malformed ${what}: nested more than ${MAX_NESTING} levels deep`, { file, where: at(deep) });
  const document = composeOne(tokens, text.length);
  const error = document.errors[0];
  if (error) throw new InputError(`malformed ${what}: ${yamlReason(error.message)}`, { file, where: at(error.pos[0]) });
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    // An alias to no anchor, or too many aliases, is only found while converting, as a plain Error.
    const message = (cause as Error).message;
    if (/resource exhaustion/.test(message)) {
      throw new InputError(`malformed ${what}: too many aliases (more than ${MAX_ALIAS_COUNT} alias expansions: a YAML alias bomb?)`, { file });
    }
    let where: string | undefined;
    if (/^Unresolved alias/.test(message)) {
      visit(document, {
        Alias(_, node) {
          if (node.resolve(document) !== undefined || !node.range) return undefined;
          where = at(node.range[0]);
          return visit.BREAK;
        },
      });
    }
    throw new InputError(`malformed ${what}: ${yamlReason(message)}`, { file, ...(where ? { where } : {}) });
  }
  const lineAt = (path: readonly (string | number)[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  return { data, document, lineAt };
}

/** The first document of the syntax tree, as `parseDocument` makes it (keys unique, warnings not printed). */
function composeOne(tokens: CST.Token[], length: number): Document {
  // logLevel 'error': the yaml package would print its warnings (a key that is a collection, quoted) on stderr.
  const composer = new Composer({ uniqueKeys: true, logLevel: 'error' });
  let first: Document | null = null;
  for (const document of composer.compose(tokens, true, length)) {
    if (first) {
      first.errors.push(new YAMLParseError([document.range[0], document.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
    first = document as Document;
  }
  return first!;
}

/** Offset of the first collection nested deeper than MAX_NESTING in the syntax tree, or null. */
function tooDeep(tokens: readonly CST.Token[]): number | null {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document' && token.value) stack.push([token.value, depth]);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth >= MAX_NESTING) return token.offset;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return null;
}

/** The yaml package's message, one line, without its own position and with any quoted source escaped. */
function yamlReason(message: string): string {
  const reason = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return /call stack/i.test(reason) ? 'nested too deeply' : printable(reason, 160);
}

/**
 * The one JSON Lines reader: one value a line, blank lines skipped, each validated against `schema`.
 * Errors name the file and `line N` (and the JSON path inside the line); `what` names one record in
 * the message ("gate record", "stability record").
 */
export function parseJsonLines<S extends z.ZodType>(schema: S, text: string, file: string, what: string): z.infer<S>[] {
  const records: z.infer<S>[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      const { reason, offset, expected } = jsonSyntaxError(error as Error, line);
      throw new InputError(`malformed JSON line: ${reason} (expected ${expected ?? `one ${what} a line`})`, { file, where: `${where} column ${offset + 1}` });
    }
    const deep = nestingTooDeep(line);
    if (deep !== null) {
      throw new InputError(`nested more than ${MAX_NESTING} levels deep (expected one ${what} a line)`, { file, where: `${where} column ${deep + 1}` });
    }
    const duplicate = firstDuplicateKey(line);
    if (duplicate) {
      throw new InputError(`key ${quote(duplicate.key)} appears twice in the same object (expected each key once)`, {
        file,
        where: `${where} column ${duplicate.offset + 1}`,
      });
    }
    try {
      records.push(parseWith(schema, data, file));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, { file, where: `${where}: ${error.location.where ?? '$'}` });
      throw error;
    }
  });
  return records;
}
