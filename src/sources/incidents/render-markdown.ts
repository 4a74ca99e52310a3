import { escapeHtml } from '../../core/html.ts';
/**
 * A deliberately tiny, safe Markdown subset for incident bodies. Every character of the source is
 * HTML-escaped first; only these constructs then become markup: ATX headings (the body's top level
 * becomes h2, under the page's h1; at most h6),
 * paragraphs, `-`/`*`/`1.` lists, fenced code blocks, `inline code`, **bold**, *emphasis* and
 * links whose target is an absolute http(s) URL. Anything else (raw HTML, images, tables) shows as
 * text. No attribute ever carries user text other than an escaped http(s) URL.
 */
export function renderIncidentMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const shift = 2 - topHeadingLevel(lines);
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join('\n')}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const code: string[] = [];
      index++;
      while (index < lines.length && !lines[index]!.trim().startsWith(fence[1]!)) code.push(lines[index++]!);
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      const level = Math.min(6, heading[1]!.length + shift);
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
      continue;
    }
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      const tag = item[1] ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(item[3]!);
      continue;
    }
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    if (list) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return out.join('\n');
}

/** The first paragraph of the body as plain text (no Markdown markers), at most `max` characters. */
export function plainSummary(markdown: string, max = 280): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const first = blocks.map((block) => block.trim()).find((block) => block && !/^(#|```|~~~|\||-{3,})/.test(block)) ?? '';
  const text = first
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function topHeadingLevel(lines: readonly string[]): number {
  let fenced = false;
  let top = 1;
  let seen = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^(#{1,6})\s+/.exec(line);
    if (heading) {
      top = seen ? Math.min(top, heading[1]!.length) : heading[1]!.length;
      seen = true;
    }
  }
  return top;
}

function inline(raw: string): string {
  // Code spans and links are kept aside as finished HTML (behind NUL-delimited placeholders, so the
  // input's own NULs become U+FFFD first, as an HTML parser would make them): a code span's content
  // is not formatted further, and a link's URL is left exactly as written.
  const kept: string[] = [];
  const keep = (html: string) => `\u0000${kept.push(html) - 1}\u0000`;
  const restore = (html: string): string => html.replace(/\u0000(\d+)\u0000/g, (_, index: string) => restore(kept[Number(index)]!));
  const text = escapeHtml(raw.replace(/\u0000/g, '\uFFFD'))
    .replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${code}</code>`))
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s()]+)\)/g, (_, label: string, url: string) =>
      keep(`<a href="${url}" rel="nofollow noopener">${emphasis(label)}</a>`),
    );
  return restore(emphasis(text));
}

/** **bold** and *emphasis* in escaped text. */
function emphasis(html: string): string {
  return html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}
