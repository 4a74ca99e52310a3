/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a value never splits a cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One table cell: pipes escaped (GFM requires it inside code spans too), no line breaks. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** `value` as inline code, with a longer fence when the value holds backticks. */
export function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** JSON on one line with a space after each comma and colon, for defaults in tables. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** A link from a page in docs/ (or deeper) to a repository file. */
export function repoLink(path: string, fromPage: string): string {
  const depth = fromPage.split('/').length - 1;
  return `[${code(path)}](${'../'.repeat(depth)}${path})`;
}
