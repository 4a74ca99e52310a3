import { compareStrings } from '../../core/compare.ts';
import { matchPaths } from '../../core/globs.ts';
import type { Findings } from '../../sources/init/scan.ts';
import type { SeverityPreset } from './severities.ts';

/** The config defaults, preferred when a team keeps its files where govpages looks by default. */
const DEFAULT_CATALOG_GLOB = 'organizations/*/*/.meta/repo.yaml';
const ANY_CATALOG_GLOB = '**/.meta/repo.yaml';
const DEFAULT_GATES = 'governance/gates';
const DEFAULT_INCIDENTS = 'governance/incidents';
const DEFAULT_PORTS = 'config/ports/registry.yaml';

export interface RuleGlobs {
  /** Patterns that select exactly the rule files found. */
  patterns: string[];
  /** Rule files no pattern can name alone (a name with glob characters that matches other files too). */
  unnamed: string[];
}

/**
 * Patterns for the rule files: `folder/*.yml` where every file of the folder with that extension
 * is a rule file (so a rule file added there later is covered), else each file's own path. A pattern
 * is kept only when it selects exactly the files it stands for among `files`: a name with glob
 * characters (`[`, `*`, `{`) that would select others is left out and reported instead.
 */
export function ruleGlobs(files: readonly string[], rulePaths: readonly string[], skipped: readonly string[]): RuleGlobs {
  const rules = new Set(rulePaths);
  const patterns: string[] = [];
  const unnamed: string[] = [];
  const byFolderAndExtension = new Map<string, string[]>();
  for (const path of rulePaths) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    const key = `${slash >= 0 ? path.slice(0, slash + 1) : ''}*${path.slice(dot)}`;
    byFolderAndExtension.set(key, [...(byFolderAndExtension.get(key) ?? []), path]);
  }
  const selects = (pattern: string, wanted: readonly string[]) => sameSet(matchPaths(files, [pattern, ...skipped]), wanted);
  for (const [folderPattern, paths] of byFolderAndExtension) {
    const inFolder = matchPaths(files, [folderPattern, ...skipped]);
    if (paths.length > 1 && inFolder.every((path) => rules.has(path)) && selects(folderPattern, paths)) {
      patterns.push(folderPattern);
      continue;
    }
    for (const path of paths) (selects(path, [path]) ? patterns : unnamed).push(path);
  }
  return { patterns: patterns.sort(compareStrings), unnamed };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((item) => set.has(item));
}

/** Folders of test data and examples: a document there is rarely the one a team publishes. */
const SAMPLE_FOLDER = /(^|\/)(tests?|__tests__|testdata|fixtures?|examples?|samples?)\//;

/**
 * The one path init configures when several were found, and the others: the default place first,
 * then paths outside test and example folders, then the shallowest, then by name.
 */
export function pickOne(paths: readonly string[], preferred?: string): { chosen: string; others: string[] } | null {
  if (paths.length === 0) return null;
  const sorted = [...paths].sort(
    (a, b) =>
      Number(b === preferred) - Number(a === preferred) ||
      Number(SAMPLE_FOLDER.test(a)) - Number(SAMPLE_FOLDER.test(b)) ||
      a.split('/').length - b.split('/').length ||
      compareStrings(a, b),
  );
  return { chosen: sorted[0]!, others: sorted.slice(1) };
}

export interface TaxonomyPlan {
  path: string;
  rules: string[];
  severities: SeverityPreset;
}

/**
 * `govpages.config.json` naming what was found: only the sources found, each with the paths found
 * (relative to the repository). `severities` is written only when it is not the default vocabulary.
 */
export function plannedConfig(findings: Findings, taxonomy: TaxonomyPlan | null): Record<string, unknown> {
  const sources: Record<string, unknown> = {};
  if (taxonomy) {
    sources.taxonomy = {
      path: taxonomy.path,
      ...(taxonomy.rules.length > 0 ? { rules: taxonomy.rules } : {}),
      ...(taxonomy.severities !== 'seed' ? { severities: taxonomy.severities } : {}),
    };
  }
  const openapi = pickOne(findings.openapi);
  if (openapi) sources.openapi = { path: openapi.chosen };
  if (findings.catalog.length > 0) {
    sources.catalog = {
      metadata: [findings.catalog.every((path) => matchPaths([path], [DEFAULT_CATALOG_GLOB]).length === 1) ? DEFAULT_CATALOG_GLOB : ANY_CATALOG_GLOB],
    };
  }
  const gates = pickOne(findings.gates, DEFAULT_GATES);
  if (gates) sources.gates = { path: gates.chosen };
  const incidents = pickOne(findings.incidents, DEFAULT_INCIDENTS);
  if (incidents) sources.incidents = { path: incidents.chosen };
  const ports = pickOne(findings.portRegistries, DEFAULT_PORTS);
  if (ports) sources.ports = { path: ports.chosen };
  return { sources };
}
