import { stableJson } from '../../core/json.ts';

/**
 * The taxonomy text with `entries` appended to its top-level `alerts` array, every byte of the
 * existing text kept: the user's formatting, key order and entries stay as written, and the new
 * entries follow the file's indentation and line endings (their keys in the one writer's order,
 * `stableJson`). `text` must be valid JSON whose top level is an object with an `alerts` array
 * (init parses it first).
 */
export function appendAlerts(text: string, entries: readonly unknown[]): string {
  if (entries.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  const array = alertsArray(text);
  if (array.last === null) {
    const closing = lineIndent(text, array.open);
    const indent = closing + unit;
    const body = entries.map((entry) => indent + render(entry, indent, unit, eol)).join(`,${eol}`);
    return `${text.slice(0, array.open + 1)}${eol}${body}${eol}${closing}${text.slice(array.close)}`;
  }
  const between = text.slice(array.open + 1, array.first);
  const indent = between.includes('\n') ? lineIndent(text, array.first) : lineIndent(text, array.open) + unit;
  const added = entries.map((entry) => `,${eol}${indent}${render(entry, indent, unit, eol)}`).join('');
  return text.slice(0, array.last) + added + text.slice(array.last);
}

/** A new taxonomy: the one JSON writer's layout. */
export function newTaxonomyText(entries: readonly unknown[]): string {
  return stableJson({ alerts: entries });
}

/** One entry in the one writer's layout, re-indented with the file's unit and placed at `indent`. */
function render(entry: unknown, indent: string, unit: string, eol: string): string {
  return stableJson(entry)
    .trimEnd()
    .split('\n')
    .map((line, index) => {
      const spaces = line.length - line.trimStart().length;
      return (index === 0 ? '' : indent) + unit.repeat(spaces / 2) + line.trimStart();
    })
    .join(eol);
}

/** The file's indentation step: the leading white space of its first indented line, else two spaces. */
function indentUnit(text: string): string {
  const indented = /\n([ \t]+)\S/.exec(text);
  return indented ? indented[1]! : '  ';
}

/** The leading white space of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

interface ArrayBounds {
  /** Offset of `[`. */
  open: number;
  /** Offset of `]`. */
  close: number;
  /** Offset of the first element, and just past the last one; null when the array is empty. */
  first: number;
  last: number | null;
}

/** Where the top-level `alerts` array lies in the text. */
function alertsArray(text: string): ArrayBounds {
  let at = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text[at] !== '{') throw new Error('taxonomy text is not a JSON object');
  at = skipSpace(text, at + 1);
  while (text[at] === '"') {
    const keyEnd = skipString(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    if (key === 'alerts' && text[valueStart] === '[') return elements(text, valueStart, valueEnd - 1);
    at = skipSpace(text, valueEnd);
    if (text[at] === ',') at = skipSpace(text, at + 1);
  }
  throw new Error('taxonomy text has no top-level alerts array');
}

function elements(text: string, open: number, close: number): ArrayBounds {
  const first = skipSpace(text, open + 1);
  if (first === close) return { open, close, first, last: null };
  let at = first;
  let last = first;
  for (;;) {
    last = skipValue(text, at);
    at = skipSpace(text, last);
    if (text[at] !== ',') return { open, close, first, last };
    at = skipSpace(text, at + 1);
  }
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

function skipString(text: string, at: number): number {
  let index = at + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** Just past the value starting at `at`; containers are walked with a depth count, not recursion. */
function skipValue(text: string, at: number): number {
  const start = text[at];
  if (start === '"') return skipString(text, at);
  if (start !== '{' && start !== '[') {
    let index = at;
    while (index < text.length && !/[\s,\]}]/.test(text[index]!)) index++;
    return index;
  }
  let depth = 0;
  let index = at;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"') {
      index = skipString(text, index);
      continue;
    }
    if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
  return index;
}
