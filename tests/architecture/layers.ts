import type { ImportEdge } from './imports.ts';

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

export function layerOf(file: string): { folder: string; rank: number } | null {
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
      } else if (edge.specifier === 'node:child_process' && from.folder !== 'git') {
        problems.push(`${edge.from} -> ${edge.specifier} (only git/ starts processes)`);
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
