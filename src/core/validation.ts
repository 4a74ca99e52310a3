import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { firstDuplicateKey } from './duplicate-keys.ts';
import { InputError } from './errors.ts';

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
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
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
  const input = (issue as { input?: unknown }).input;
  if (input === undefined || typeof input === 'object') return message;
  const shown = JSON.stringify(input);
  // A message that already quotes the value (a path check's) says it once.
  if (typeof input === 'string' && message.includes(shown)) return message;
  return `${message}, got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`;
}

/** Validates `data` against `schema`, or throws one InputError listing every issue with its JSON path. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0]!;
  const where = first.code === 'unrecognized_keys' ? jsonPath([...first.path, first.keys[0]!]) : jsonPath(first.path);
  const rest = issues.slice(1, 10).map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return `\n  also ${jsonPath(path)}: ${describeIssue(issue)}`;
  });
  const more = issues.length > 10 ? `\n  ... and ${issues.length - 10} more` : '';
  throw new InputError(`${describeIssue(first)}${rest.join('')}${more}`, { file, where });
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
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
    const { line, column } = lineColumn(text, offset);
    // V8's "Unexpected token" messages quote the whole input, which would break the one-paragraph error.
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '');
    throw new InputError(`malformed JSON: ${reason} (expected valid JSON)`, { file, where: `line ${line} column ${column}` });
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    const { line, column } = lineColumn(text, duplicate.offset);
    throw new InputError(`key ${JSON.stringify(duplicate.key)} appears twice in the same object (expected each key once)`, {
      file,
      where: `line ${line} column ${column}`,
    });
  }
  return value;
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
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    // `linePos` is only filled in with prettyErrors; `pos` (character offsets) always is.
    const { line, column } = error.linePos ? { line: error.linePos[0].line, column: error.linePos[0].col } : lineColumn(text, error.pos[0]);
    const where = `line ${line} column ${column}`;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`malformed YAML: ${reason}`, { file, where });
  }
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // An alias to no anchor, or too many aliases, is only found while converting.
    throw new InputError(`malformed YAML: ${(error as Error).message}`, { file });
  }
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
      const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
      throw new InputError(`malformed JSON line: ${reason} (expected one ${what} a line)`, { file, where });
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
