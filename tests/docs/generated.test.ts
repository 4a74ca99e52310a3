import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFiles, generateDocs, ROOT } from '../../scripts/docs/generate.ts';

/**
 * The manual: README.md is the short front door, docs/ holds the rest. The tables that mirror the
 * code are generated (`npm run docs`), so these tests fail when the committed text drifts from the
 * code, when a page goes missing, or when a link points nowhere.
 */
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const PAGES = [
  'docs/configuration.md',
  'docs/kinds/taxonomy.md',
  'docs/kinds/api.md',
  'docs/kinds/catalog.md',
  'docs/kinds/gates.md',
  'docs/kinds/incidents.md',
  'docs/kinds/ports.md',
  'docs/diff-rules.md',
  'docs/badges.md',
  'docs/site.md',
  'docs/action.md',
  'docs/integrity.md',
  'docs/compatibility.md',
  'docs/architecture.md',
  'docs/commands.md',
  'docs/benchmarks.md',
  'docs/contributing/adding-a-kind.md',
  'docs/contributing/adding-a-rule.md',
  'docs/contributing/adding-a-badge.md',
];

describe('the manual', () => {
  it('matches what npm run docs writes (run it after changing badges, rules, settings, commands or kinds)', async () => {
    const expected = await generateDocs();
    const stale = [...expected].filter(([file, text]) => read(file) !== text).map(([file]) => file);
    expect(stale, 'out of date: run npm run docs').toEqual([]);
    for (const [file, text] of expected) expect(read(file), file).toBe(text);
  });

  it('has every page, and README.md links each one', () => {
    const readme = read('README.md');
    for (const page of PAGES) {
      expect(existsSync(join(ROOT, page)), page).toBe(true);
      expect(readme, `README.md links ${page}`).toContain(`](${page})`);
    }
  });

  it('keeps README.md a front door: at most 300 lines, opening with the two commands', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(
      first
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/\s+#.*$/, '')),
    ).toEqual(['npm install && npm run demo', 'npm test']);
  });

  it('lists every command of govpages --help in README.md and docs/commands.md', async () => {
    const commands = read('docs/commands.md');
    for (const name of ['build', 'lint', 'demo', 'diff', 'keygen', 'verify', 'notify', 'probe', 'ports', 'catalog']) {
      expect(read('README.md')).toContain(`(docs/commands.md#govpages-${name})`);
      expect(commands).toContain(`## \`govpages ${name}\``);
    }
  });

  it('has no link that points nowhere (files and #anchors)', () => {
    const broken: string[] = [];
    for (const file of documentFiles()) {
      for (const target of links(read(file))) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : normalize(join(dirname(file), decodeURIComponent(path)));
        if (!existsSync(join(ROOT, resolved))) {
          broken.push(`${file}: ${target} (no such file)`);
          continue;
        }
        if (anchor !== undefined && resolved.endsWith('.md') && !statSync(join(ROOT, resolved)).isDirectory()) {
          if (!anchors(read(resolved)).has(anchor)) broken.push(`${file}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Link targets of a Markdown text, outside code blocks and code spans. */
function links(text: string): string[] {
  const prose = withoutCode(text);
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

function withoutCode(text: string): string {
  return text.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, 'code');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const match of text.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const plain = match[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    out.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return out;
}
