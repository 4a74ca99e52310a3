import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, readImports, sourceFiles, withoutComments, type ImportEdge } from './imports.ts';

/**
 * The layers of `src/`, bottom to top (docs/architecture.md draws them). A file may import from its
 * own folder and from folders in lower rows, never from a higher row or from another folder of its
 * own row: `present` and `integrity` do not know each other, nor do `site` and `probe`, nor
 * `pipeline` and `demo`.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['core'],
  ['model'],
  ['config'],
  ['git'],
  ['sources'],
  ['metrics'],
  ['present', 'integrity'],
  ['publish'],
  ['site', 'probe'],
  ['pipeline', 'demo'],
  ['cli'],
  ['index.ts'],
];

/** Folders that compute and must stay pure: no file system, processes or network. */
const PURE = ['core', 'model', 'metrics', 'present'];
const IO_MODULES = /^node:(fs|fs\/promises|child_process|net|http|https|dgram|dns|worker_threads)$/;
/** The few places in pure layers allowed to read a file of the package itself at load time. */
const PURE_EXCEPTIONS = new Set(['core/version.ts']);

const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));

function layerOf(file: string): { folder: string; rank: number } | null {
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
  const rank = LAYERS.findIndex((row) => row.includes(folder));
  return rank < 0 ? null : { folder, rank };
}

/** Each import that breaks the layering, as `from -> target (why)`. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from)!;
    if (edge.target === null) {
      if (PURE.includes(from.folder) && IO_MODULES.test(edge.specifier) && !PURE_EXCEPTIONS.has(edge.from)) {
        problems.push(`${edge.from} -> ${edge.specifier} (${from.folder}/ is pure: no I/O)`);
      }
      continue;
    }
    const to = layerOf(edge.target);
    if (to === null) problems.push(`${edge.from} -> ${edge.target} (outside every layer)`);
    else if (to.folder === from.folder) continue;
    else if (to.rank > from.rank) problems.push(`${edge.from} -> ${edge.target} (up: ${from.folder} may not import ${to.folder})`);
    else if (to.rank === from.rank) problems.push(`${edge.from} -> ${edge.target} (sideways: ${from.folder} and ${to.folder} do not import each other)`);
  }
  return problems;
}

describe('layers', () => {
  it('every file under src/ belongs to a layer', () => {
    expect(sourceFiles(ROOT).filter((file) => layerOf(file) === null)).toEqual([]);
  });

  it('no import points up or sideways, and pure layers do no I/O', () => {
    const edges = readImports(ROOT);
    expect(edges.length).toBeGreaterThan(500);
    expect(layerViolations(edges)).toEqual([]);
  });

  it('reads the clock and random numbers only in cli/ (now, keygen) and probe/ (response times)', () => {
    const clock = /\bDate\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|randomBytes\(|randomUUID\(|getRandomValues\(/;
    const readers = sourceFiles(ROOT).filter((file) => clock.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))));
    expect(readers.filter((file) => !file.startsWith('cli/') && !file.startsWith('probe/'))).toEqual([]);
  });

  it.each([
    ['model/status-model.ts', "import type { Finding } from '../metrics/openapi/types.ts';", /up: model may not import metrics/],
    ['sources/catalog/state.ts', "import { x } from '../../metrics/catalog/checkpoint.ts';", /up: sources may not import metrics/],
    ['integrity/verify.ts', "export { y } from '../present/dates.ts';", /sideways: integrity and present/],
    ['publish/feed.ts', "const site = await import('../site/render.ts');", /up: publish may not import site/],
    ['metrics/taxonomy/churn.ts', "import { readFileSync } from 'node:fs';", /metrics\/ is pure/],
    ['core/json.ts', "import type {\n  Sections,\n} from '../model/status-model.ts';", /up: core may not import model/],
  ])('catches a planted %s importing upward: %s', (file, line, message) => {
    expect(layerViolations(importsOf(file, line))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['metrics/taxonomy/churn.ts', "import { DAY_MS } from '../../core/time.ts';"],
    ['metrics/taxonomy/churn.ts', "// import { build } from '../../pipeline/build.ts';"],
    ['metrics/taxonomy/churn.ts', "/* see '../../site/x.ts' */ const glob = 'src/**/*.ts';"],
    ['pipeline/build.ts', "import { x } from './kinds/taxonomy.ts';"],
  ])('accepts %s: %s', (file, line) => {
    expect(layerViolations(importsOf(file, line))).toEqual([]);
  });
});
