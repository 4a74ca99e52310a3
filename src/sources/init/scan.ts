import { compareStrings } from '../../core/compare.ts';
import { GovpagesError } from '../../core/errors.ts';
import { matchPaths } from '../../core/globs.ts';
import { decodeText } from '../../core/text.ts';
import { parseJson, parseYaml } from '../../core/validation.ts';
import { parseRuleFile } from '../prometheus/rules.ts';
import type { WorkTreeFiles } from '../work-tree.ts';
import { type AlertDefinition, classifyDocument } from './classify.ts';

/** What `govpages init` found in a work tree; every list sorted by path. */
export interface Findings {
  /** Every file of the work tree init looked at (for checking the globs it writes). */
  files: string[];
  /** Prometheus rule files, each with its alerting rules in file order. */
  ruleFiles: { path: string; alerts: AlertDefinition[] }[];
  /** OpenAPI 3 documents. */
  openapi: string[];
  /** Swagger 2.0 documents, which govpages does not read. */
  swagger: string[];
  /** Repository metadata files (`.meta/repo.yaml`). */
  catalog: string[];
  /** Folders of gate run records (`*.json`, `*.jsonl`) named `gates`. */
  gates: string[];
  /** Folders of incident reports (`*.md`) named `incidents`. */
  incidents: string[];
  /** Port registries: YAML whose `services` each list `ports`. */
  portRegistries: string[];
  /** Files that looked like one of these but could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
}

/** Folders nobody keeps governance files in: build output and dependencies (`.git` and `node_modules` are never listed). */
export const INIT_SKIPPED = ['!**/dist/**', '!**/node_modules/**'];
const DOCUMENTS = ['**/*.{yaml,yml,json}', ...INIT_SKIPPED];
/** A document mentions one of these keys, or it cannot be one init is looking for: parsing is skipped. */
const INTERESTING = /\b(groups|openapi|swagger|services)\b/;

export async function scanWorkTree(tree: WorkTreeFiles): Promise<Findings> {
  const files = matchPaths(await tree.under(['']), ['**', ...INIT_SKIPPED]);
  const findings: Findings = {
    files,
    ruleFiles: [],
    openapi: [],
    swagger: [],
    catalog: matchPaths(files, ['**/.meta/repo.yaml']),
    gates: foldersNamed(files, 'gates', /\.jsonl?$/),
    incidents: foldersNamed(files, 'incidents', /\.md$/, /(^|\/)README\.md$/i),
    portRegistries: [],
    unreadable: [],
  };
  for await (const { path, content } of tree.read(matchPaths(files, DOCUMENTS))) {
    let data: unknown;
    let text: string;
    try {
      text = decodeText(content, path);
      if (!INTERESTING.test(text)) continue;
      data = path.endsWith('.json') ? parseJson(text, path) : parseYaml(text, path);
    } catch (error) {
      if (!(error instanceof GovpagesError)) throw error;
      findings.unreadable.push({ path, reason: error.message });
      continue;
    }
    const found = classifyDocument(data, path);
    if (found?.kind === 'rules') {
      // Named in the config only when lint and build will read it: a Grafana alerting file has
      // `groups` with `rules` too, and the strict parser is the judge.
      const refused = ruleFileProblem(text, path);
      if (refused === null) findings.ruleFiles.push({ path, alerts: found.alerts });
      else findings.unreadable.push({ path, reason: `not a Prometheus rule file govpages reads: ${refused}` });
    } else if (found?.kind === 'openapi') findings.openapi.push(path);
    else if (found?.kind === 'swagger') findings.swagger.push(path);
    else if (found?.kind === 'port-registry') findings.portRegistries.push(path);
  }
  return findings;
}

/** Why the strict rule-file parser refuses `text`, or null when it reads it. */
function ruleFileProblem(text: string, path: string): string | null {
  try {
    parseRuleFile(text, path);
    return null;
  } catch (error) {
    if (!(error instanceof GovpagesError)) throw error;
    return [error.location.where, error.message].filter(Boolean).join(': ');
  }
}

/**
 * Folders called `name` (at any depth) holding at least one file matching `files` below them, and
 * not only files matching `ignored` (a README alone does not make a folder of incidents).
 */
function foldersNamed(paths: readonly string[], name: string, files: RegExp, ignored?: RegExp): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    if (!files.test(path) || ignored?.test(path)) continue;
    const segments = path.split('/');
    const at = segments.lastIndexOf(name, segments.length - 2);
    if (at >= 0) folders.add(segments.slice(0, at + 1).join('/'));
  }
  return [...folders].sort(compareStrings);
}
