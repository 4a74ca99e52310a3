import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { ENVIRONMENT_VARIABLES } from '../../src/config/env.ts';
import { configSchema } from '../../src/config/schema.ts';
import { compareStrings } from '../../src/core/compare.ts';
import { stableJson } from '../../src/core/json.ts';
import { RULES } from '../../src/metrics/openapi/rules/index.ts';
import { EVIDENCE_KINDS } from '../../src/model/kinds.ts';
import { taxonomyJsonSchema } from '../../src/sources/taxonomy/json-schema.ts';
import { badgeFilesTable, badgesTable, type FoundBadge, findBadges } from './badges.ts';
import { configRows, configTable } from './config.ts';
import { cell, code, repoLink, table } from './markdown.ts';

/**
 * `npm run docs`: rewrites the parts of README.md and docs/**\/*.md that mirror the code, between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. Everything else in those files is
 * written by hand. tests/docs/generated.test.ts fails when a committed file differs from what this
 * would write, so the manual cannot drift from the code. `--check` only reports.
 *
 * NAME is one of: `rules`, `badges`, `badges:<kind>`, `badge-files`, `config`, `config:<key>`,
 * `env`, `kinds`, `layers`, `commands`, `usage:<command>`, `action-inputs`, `action-outputs`.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKER = /<!-- generated:([a-z-]+(?::[\w.-]+)?) -->\n[\s\S]*?<!-- \/generated:\1 -->/g;

/** The Markdown files that may hold generated parts: README.md and the manual. */
export function documentFiles(root = ROOT): string[] {
  const out = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) out.push(path);
    }
  };
  walk('docs');
  return out.sort(compareStrings);
}

/** Every document as it should be: path -> text with each generated part rewritten. */
export async function generateDocs(root = ROOT): Promise<Map<string, string>> {
  const context = await loadContext(root);
  const out = new Map<string, string>();
  for (const file of documentFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const parts: { name: string; content: string }[] = [];
    for (const match of text.matchAll(MARKER)) parts.push({ name: match[1]!, content: await section(match[1]!, file, context) });
    let index = 0;
    out.set(
      file,
      text.replace(MARKER, () => {
        const { name, content } = parts[index++]!;
        return `<!-- generated:${name} -->\n${content}\n<!-- /generated:${name} -->`;
      }),
    );
  }
  // Not Markdown, but mirrors the code the same way: the taxonomy's JSON Schema, from its zod schema.
  out.set('docs/alerts_taxonomy.schema.json', stableJson(taxonomyJsonSchema()));
  return out;
}

interface Context {
  root: string;
  badges: FoundBadge[];
  layers: string[][];
  help: (args: string[]) => Promise<string>;
}

async function loadContext(root: string): Promise<Context> {
  return {
    root,
    badges: await findBadges(root),
    layers: readLayers(root),
    help: async (args) => {
      let text = '';
      const code = await main(args, { stdout: (chunk) => (text += chunk), stderr: (chunk) => (text += chunk), env: {}, cwd: root });
      if (code !== 0) throw new Error(`govpages ${args.join(' ')} exited ${code}`);
      return text;
    },
  };
}

async function section(name: string, page: string, context: Context): Promise<string> {
  const [kind, argument] = name.split(':') as [string, string | undefined];
  switch (kind) {
    case 'rules':
      return table(
        ['Rule id', 'Level', 'Detects'],
        RULES.map((rule) => [code(rule.id), rule.level, cell(rule.description)]),
      );
    case 'badges':
      return badgesTable(context.badges, page, argument);
    case 'badge-files':
      return badgeFilesTable(context.badges);
    case 'config':
      return configTable(configRows(configSchema), argument);
    case 'env':
      return table(
        ['Variable', 'Type', 'Overrides', 'Meaning'],
        ENVIRONMENT_VARIABLES.map((variable) => [
          code(variable.name),
          variable.type,
          variable.setting ? code(variable.setting) : '',
          cell(variable.description),
        ]),
      );
    case 'kinds':
      return kindsTable(context.root, page);
    case 'layers':
      return layersDiagram(context.layers);
    case 'commands':
      return commandsTable(await context.help(['--help']), page);
    case 'usage':
      if (!argument) throw new Error('usage needs a command: <!-- generated:usage:build -->');
      return `\`\`\`text\n${(await context.help([argument, '--help'])).trimEnd()}\n\`\`\``;
    case 'action-inputs':
    case 'action-outputs':
      return actionTable(context.root, kind === 'action-inputs' ? 'inputs' : 'outputs');
    default:
      throw new Error(`${page}: unknown generated part "${name}"`);
  }
}

/** Where each evidence kind's code lives, by the layout's conventions; only folders that exist. */
function kindsTable(root: string, page: string): string {
  const exists = (path: string) => existsSync(join(root, path));
  const links = (paths: string[]) =>
    [...new Set(paths)]
      .filter(exists)
      .map((path) => repoLink(path, page))
      .join(', ') || '-';
  const pageName = (id: string) => `src/site/kinds/${id[0]!.toUpperCase()}${id.slice(1)}Page.astro`;
  const rows = EVIDENCE_KINDS.map((entry) => {
    const names = [entry.id as string, entry.source as string];
    const orchestration = readdirSync(join(root, 'src/pipeline/kinds'))
      .filter((file) => file === `${entry.id}.ts` || file.startsWith(`${entry.id}-`))
      .map((file) => `src/pipeline/kinds/${file}`);
    return [
      `${code(entry.id)}: ${entry.title}`,
      code(`sources.${entry.source}`),
      entry.seeds.join(', '),
      links(orchestration),
      links(names.map((name) => `src/sources/${name}/`)),
      links(names.map((name) => `src/metrics/${name}/`)),
      links([`src/publish/badges/${entry.id}/`, `src/publish/files/${entry.id}.ts`]),
      links([`src/model/${entry.id}.ts`]),
      links([pageName(entry.id)]),
    ];
  });
  return table(['Kind', 'Turned on by', 'Seeds', 'Orchestrates', 'Reads', 'Computes', 'Publishes', 'Model', 'Page'], rows);
}

/** The layer table of tests/architecture/layers.ts, read from its text (the tests' files are not part of the scripts' build). */
function readLayers(root: string): string[][] {
  const text = readFileSync(join(root, 'tests/architecture/layers.ts'), 'utf8');
  const body = /export const LAYERS[^=]*=\s*\[([\s\S]*?)\];/.exec(text)?.[1];
  if (!body) throw new Error('tests/architecture/layers.ts: LAYERS not found');
  return [...body.matchAll(/\[([^\]]*)\]/g)].map((row) => [...row[1]!.matchAll(/'([^']+)'/g)].map((name) => name[1]!));
}

/** The layers top to bottom, each row importing only from rows below it. */
function layersDiagram(layers: readonly string[][]): string {
  const label = (row: readonly string[]) => row.map((folder) => (folder.endsWith('.ts') ? `src/${folder}` : `${folder}/`)).join('  |  ');
  const rows = [...layers].reverse().map(label);
  const width = Math.max(...rows.map((row) => row.length));
  const centre = (text: string) => `${' '.repeat(Math.floor((width - text.length) / 2))}${text}`.trimEnd();
  const lines: string[] = [];
  rows.forEach((row, index) => {
    lines.push(centre(row));
    if (index < rows.length - 1) lines.push(centre('↓'));
  });
  return `\`\`\`text\n${lines.join('\n')}\n\`\`\``;
}

/** The inputs or outputs of the GitHub Action, from action.yml. */
function actionTable(root: string, part: 'inputs' | 'outputs'): string {
  const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as Record<typeof part, Record<string, { description: string; default?: string }>>;
  const entries = Object.entries(action[part]);
  if (part === 'outputs')
    return table(
      ['Output', 'Meaning'],
      entries.map(([name, output]) => [code(name), cell(output.description)]),
    );
  return table(
    ['Input', 'Default', 'Meaning'],
    entries.map(([name, input]) => [code(name), input.default ? code(input.default) : 'none', cell(input.description)]),
  );
}

/** README's command table, from `govpages --help`: one line per command, linking to its manual entry. */
function commandsTable(help: string, page: string): string {
  const lines = help
    .slice(help.indexOf('commands:\n') + 'commands:\n'.length)
    .split('\n\n')[0]!
    .split('\n');
  const manual = page === 'README.md' ? 'docs/commands.md' : 'commands.md';
  const rows = lines.map((line) => {
    const [, name, summary] = /^\s+(\S+)\s+(.*)$/.exec(line)!;
    return [`[${code(`govpages ${name}`)}](${manual}#govpages-${name})`, cell(summary!)];
  });
  return table(['Command', 'What it does'], rows);
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  const check = process.argv.includes('--check');
  const changed: string[] = [];
  for (const [file, text] of await generateDocs()) {
    if (readFileSync(join(ROOT, file), 'utf8') === text) continue;
    changed.push(file);
    if (!check) writeFileSync(join(ROOT, file), text);
  }
  const files = changed.map((file) => relative(process.cwd(), join(ROOT, file)).split(sep).join('/'));
  if (check && changed.length > 0) {
    process.stderr.write(`docs: out of date (run npm run docs): ${files.join(', ')}\n`);
    process.exitCode = 1;
  } else process.stdout.write(changed.length === 0 ? 'docs: up to date\n' : `docs: rewrote ${files.join(', ')}\n`);
}
