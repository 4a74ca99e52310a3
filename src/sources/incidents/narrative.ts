import { readStartTime, type StartTime } from './front-matter-schema.ts';

/**
 * What a seed-style narrative body says about itself (seed 001's postmortem has no front matter:
 * a `# TITLE` line, then `**Date**: 2026-01-13`). Lines inside fenced code blocks are not read.
 */

/** The text of the first level-1 `# heading`, Markdown markers removed; null when there is none. */
export function firstHeading(body: string): string | null {
  for (const line of proseLines(body)) {
    const text = headingText(line);
    if (text !== null) return plainText(text) || null;
  }
  return null;
}

/**
 * The body without its first line when that line is a level-1 heading repeating `title` (the
 * seed's reports open with one): the page already shows the title as its own heading.
 */
export function withoutTitleHeading(body: string, title: string): string {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const text = first < 0 ? null : headingText(lines[first]!.replace(/\r$/, ''));
  return text !== null && plainText(text) === title ? lines.slice(first + 1).join('\n') : body;
}

/**
 * The first `**Date**: 2026-01-13` line (also `**Date:**`), read as a start; null when there is
 * none or it says something else (`November 5, 2025` is not guessed at).
 */
export function dayFromBody(body: string): StartTime | null {
  for (const line of proseLines(body)) {
    const date = /^\*\*Date(?::\*\*|\*\*:)[ \t]*(\S+)[ \t]*$/i.exec(line.trim());
    if (date) return readStartTime(date[1]!);
  }
  return null;
}

/** Inline Markdown as plain text: links become their label; `*`, `__` and backticks go (`snake_case` stays). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+|`+|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of an ATX level-1 heading line (`# Title #`), or null. Written out rather than as one
 * regular expression: a pattern with optional closing `#`s and spaces backtracks quadratically on
 * a long line of spaces.
 */
function headingText(line: string): string | null {
  if (!/^#[ \t]/.test(line)) return null;
  let text = line.slice(2).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return text;
}

function* proseLines(body: string): Generator<string> {
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) yield line;
  }
}
