import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE } from '../../config/load.ts';
import { DEFAULT_CATEGORIES, DEFAULT_SCOPES } from '../../config/sources/taxonomy.ts';
import { InputError } from '../../core/errors.ts';
import { matchPaths } from '../../core/globs.ts';
import { stableJson } from '../../core/json.ts';
import { workTreeRoot } from '../../git/index.ts';
import { appendAlerts, newTaxonomyText } from '../../metrics/init/append-alerts.ts';
import { pickOne, plannedConfig, ruleGlobs } from '../../metrics/init/config-plan.ts';
import { chooseSeverityPreset, normalizeSeverity, type SeverityPreset, severityVocabulary } from '../../metrics/init/severities.ts';
import { plannedAlerts } from '../../metrics/init/taxonomy-entries.ts';
import { type InitReport, type InitWrite, initText } from '../../present/init/summary.ts';
import { pagesWorkflow, WORKFLOW_PATH } from '../../present/init/workflow.ts';
import { checkWorkTreeTarget, writeWorkTreeFile } from '../../publish/work-tree-write.ts';
import { readExistingConfig, readExistingTaxonomy } from '../../sources/init/existing.ts';
import { type Findings, INIT_SKIPPED, scanWorkTree } from '../../sources/init/scan.ts';
import { workTreeFiles } from '../../sources/work-tree.ts';

export interface InitOptions {
  /** A folder of the repository (its work tree's top level is set up). */
  dir: string;
  /** Report what would be written; write nothing. */
  dryRun: boolean;
}

export interface InitResult {
  report: InitReport;
  text: string;
  /** Whether files were (or, with dryRun, would be) written. */
  changed: boolean;
}

const DEFAULT_TAXONOMY = 'alerts_taxonomy.json';
/** How many unreadable files are named one by one. */
const LISTED = 5;

/**
 * `govpages init`: looks at a repository's work tree and writes what govpages needs to start: a
 * config naming the governance files found, a taxonomy with one entry per alert of the Prometheus
 * rules (extended, never rewritten, when it exists), and a GitHub Pages workflow. Existing files
 * are never changed except for alerts appended to the taxonomy, so a second run writes nothing.
 */
export async function initRepository(options: InitOptions): Promise<InitResult> {
  const dir = resolve(options.dir);
  if (!isDirectory(dir)) throw new InputError('not a directory (expected the path of a git repository)', { file: options.dir });
  const top = await workTreeRoot(dir);
  if (top === null) throw new InputError('not a git repository (init sets up a git repository: run it inside one, or pass --repo DIR)', { file: options.dir });
  const tree = workTreeFiles(top.root, { gitignore: true });
  const findings = await scanWorkTree(tree);
  const config = await readExistingConfig(tree, CONFIG_FILE);
  const notes: string[] = [];

  // With a config, its taxonomy settings rule (init never changes the file); without one, everything found is used.
  const taxonomyConfig = config?.taxonomy ?? null;
  const ruleFiles =
    config === null ? findings.ruleFiles : taxonomyConfig ? findings.ruleFiles.filter(({ path }) => matchPaths([path], taxonomyConfig.rules).length === 1) : [];
  const outside = findings.ruleFiles.filter((file) => !ruleFiles.includes(file)).map(({ path }) => path);
  if (outside.length > 0) {
    notes.push(
      taxonomyConfig
        ? `rule files not in sources.taxonomy.rules of ${CONFIG_FILE} (their alerts are not added; add them to the list to cover them): ${listed(outside)}`
        : `${CONFIG_FILE} has no sources.taxonomy, so the alerts of the rule files found are not added (add "taxonomy": {"rules": [...]} to use them)`,
    );
  }
  const taxonomyPath = taxonomyConfig?.path ?? DEFAULT_TAXONOMY;
  const existing = config === null || taxonomyConfig ? await readExistingTaxonomy(tree, taxonomyPath) : null;
  const rules = ruleFiles.flatMap((file) => file.alerts);
  const ruleSeverities = rules.flatMap((rule) => normalizeSeverity(rule.labels.severity) ?? []);
  const preset: SeverityPreset | null = config === null ? chooseSeverityPreset(ruleSeverities, existing?.severities ?? []) : null;
  const setting = preset ?? taxonomyConfig?.severities;
  const severities = severityVocabulary(setting);
  if (severities === null)
    throw new InputError('unknown severity vocabulary (expected "seed", "prometheus" or a map of severity to weight)', {
      file: CONFIG_FILE,
      where: '$.sources.taxonomy.severities',
    });
  const added = plannedAlerts(rules, existing?.names ?? [], {
    severities,
    scopes: taxonomyConfig?.scopes ?? DEFAULT_SCOPES,
    categories: taxonomyConfig?.categories ?? DEFAULT_CATEGORIES,
  });

  const writes: InitWrite[] = [];
  const usesTaxonomy = config === null ? findings.ruleFiles.length > 0 || existing !== null : taxonomyConfig !== null;
  let taxonomyRules: string[] = [];
  if (config === null) {
    const globs = ruleGlobs(
      findings.files,
      ruleFiles.map(({ path }) => path),
      INIT_SKIPPED,
    );
    taxonomyRules = globs.patterns;
    if (globs.unnamed.length > 0)
      notes.push(
        `rule files whose names are glob patterns matching other files too, left out of sources.taxonomy.rules (rename them, or add a pattern by hand): ${listed(globs.unnamed)}`,
      );
    const something =
      usesTaxonomy ||
      findings.openapi.length + findings.catalog.length + findings.gates.length + findings.incidents.length + findings.portRegistries.length > 0;
    if (something) {
      const planned = plannedConfig(findings, usesTaxonomy ? { path: taxonomyPath, rules: taxonomyRules, severities: preset ?? 'seed' } : null);
      const kinds = Object.keys(planned.sources as object);
      writes.push({ path: CONFIG_FILE, action: 'create', content: stableJson(planned), detail: `sources ${kinds.join(', ')}` });
    }
  } else {
    writes.push({ path: CONFIG_FILE, action: 'keep', detail: 'exists; init never changes it' });
  }
  if (usesTaxonomy) writes.push(taxonomyWrite(taxonomyPath, existing?.text ?? null, added));
  if (writes.some((write) => write.path === CONFIG_FILE)) {
    const workflow = await tree.readFile(WORKFLOW_PATH);
    writes.push(
      workflow === null
        ? {
            path: WORKFLOW_PATH,
            action: 'create',
            content: pagesWorkflow(top.branch ?? 'main'),
            detail: `GitHub Pages deploy on pushes to ${top.branch ?? 'main'}`,
          }
        : { path: WORKFLOW_PATH, action: 'keep', detail: 'exists; init never changes it' },
    );
  }
  notes.push(...findingNotes(findings));
  if (added.some((alert) => alert.review)) {
    notes.push(
      `${added.filter((alert) => alert.review).length} new alert(s) carry a "review" list naming what init guessed (scope, category; severity or description when the rule had none): confirm each, then delete the key`,
    );
  }
  if (writes.some((write) => write.path === WORKFLOW_PATH && write.action === 'create')) {
    notes.push(`${WORKFLOW_PATH}: point "uses: your-org/govpages@v1" at where you get govpages from, and set Settings > Pages > Source to "GitHub Actions"`);
  }

  const changes = writes.filter((write) => write.action !== 'keep');
  // Every target is checked before anything is written: a refused path leaves the work tree as it was.
  for (const write of changes) await checkWorkTreeTarget(top.root, write.path);
  if (!options.dryRun) {
    for (const write of changes) await writeWorkTreeFile(top.root, write.path, write.content!, write.action === 'create' ? 'create' : 'replace');
  }
  const report: InitReport = {
    root: top.root,
    dryRun: options.dryRun,
    found: [
      { label: 'Prometheus rule files', paths: findings.ruleFiles.map(({ path }) => path), detail: ruleDetail(findings) },
      { label: 'OpenAPI documents', paths: findings.openapi },
      { label: 'repository metadata (.meta/repo.yaml)', paths: findings.catalog },
      { label: 'gate record folders', paths: findings.gates },
      { label: 'incident folders', paths: findings.incidents },
      { label: 'port registries', paths: findings.portRegistries },
    ],
    writes,
    notes,
    next: writes.length > 0 ? [...(usesTaxonomy ? ['govpages lint'] : []), 'govpages build'] : [],
  };
  return { report, text: initText(report), changed: changes.length > 0 };
}

function taxonomyWrite(path: string, text: string | null, added: readonly { name: string }[]): InitWrite {
  const names = added.map((alert) => alert.name);
  if (text === null) return { path, action: 'create', content: newTaxonomyText(added), detail: `${added.length} alert(s)` };
  if (added.length === 0) return { path, action: 'keep', detail: 'every alert of the rules is in it' };
  const shown = listed(names);
  return {
    path,
    action: 'extend',
    content: appendAlerts(text, added),
    detail: `+${added.length} alert(s): ${shown}`,
    added: added.map((alert) => stableJson(alert).trimEnd()).join(',\n'),
  };
}

function ruleDetail(findings: Findings): string {
  const alerts = findings.ruleFiles.flatMap((file) => file.alerts);
  return `${alerts.length} alerting rule(s), ${new Set(alerts.map((rule) => rule.alert)).size} alert name(s)`;
}

function findingNotes(findings: Findings): string[] {
  const notes: string[] = [];
  const openapi = pickOne(findings.openapi);
  if (openapi && openapi.others.length > 0) notes.push(`sources.openapi follows one document, ${openapi.chosen}; not configured: ${listed(openapi.others)}`);
  if (findings.swagger.length > 0) notes.push(`Swagger 2.0 documents are not read (convert them to OpenAPI 3): ${listed(findings.swagger)}`);
  for (const [label, paths] of [
    ['gate record folders', findings.gates],
    ['incident folders', findings.incidents],
    ['port registries', findings.portRegistries],
  ] as const) {
    if (paths.length > 1) notes.push(`several ${label} found; configured the first, ${pickOne(paths)!.chosen}`);
  }
  if (findings.unreadable.length > 0) {
    notes.push(
      `files skipped because they could not be read as YAML or JSON: ${listed(
        findings.unreadable.map(({ path, reason }) => `${path} (${reason})`),
        '; ',
      )}`,
    );
  }
  return notes;
}

/** The first few items, and how many more: a note stays readable on a repository with hundreds of files. */
function listed(items: readonly string[], separator = ', '): string {
  const more = items.length > LISTED ? `${separator}and ${items.length - LISTED} more` : '';
  return items.slice(0, LISTED).join(separator) + more;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
