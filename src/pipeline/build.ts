import { parseNow } from '../core/time.ts';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CONFIG_FILE, loadConfig, parseConfig, type GovpagesConfig } from '../config/index.ts';
import { GovpagesError } from '../core/errors.ts';
import { openRepository, openSnapshot, readStateAt, readStateBranch, workTreeChanges, writeStateBranch, type Repository, type Snapshot } from '../git/index.ts';
import { runIntegrity, signingKeyFromEnv, type IntegrityResult } from '../integrity/index.ts';
import type { Check, FeedEvent, PublishedBadge, Sections, StatusModel } from '../model/status-model.ts';
import { badgeFileContent } from '../model/badge.ts';
import { stableJson } from '../core/json.ts';
import { writeDirectoryAtomically, writeFiles } from '../publish/write-dist.ts';
import type { BuildContext } from './kind.ts';
import type { OutputFile } from '../model/output-file.ts';
import { deliverApiNotice } from './kinds/api.ts';
import { evidenceKinds } from './kinds/index.ts';
import { assembleModel } from './model.ts';

export interface BuildOptions {
  repoDir: string;
  /** The commit to build (default HEAD): every input is read from its tree and history. */
  commit?: string;
  outDir: string;
  /** ISO 8601: the build's only notion of time. */
  now: string;
  env: NodeJS.ProcessEnv;
  configPath?: string;
  /** Write the new state to the state branch (default true). */
  writeState?: boolean;
  /** Render the HTML site (default true). */
  site?: boolean;
  /** POST the governance_notice webhook when `GOVERNANCE_WEBHOOK` is set (default true; never without writeState). */
  webhook?: boolean;
  /**
   * Start from the state at this state-branch commit (`null`: empty state) instead of the branch's
   * tip: how `verify --rebuild` reproduces a past build.
   */
  stateFrom?: string | null;
  /** Render the pages as for a signed build even without the key (a rebuild needs no secret). */
  assumeSigned?: boolean;
  progress?: (message: string) => void;
}

export interface BuildResult {
  /** The model the site and `status/status.json` were rendered from. */
  model: StatusModel;
  /**
   * The integrity stage's result: computed after the site (it hashes the pages), so it is not part
   * of `model`; the site's integrity page reads the published files instead.
   */
  integrity: IntegrityResult | null;
  outDir: string;
  files: string[];
  stateCommit: string | null;
}

/**
 * The build: (repository at HEAD, its history, the previous state) -> (site, new state).
 * config -> git/sources -> metrics (per evidence kind) -> model -> publish/site -> integrity ->
 * one atomic swap of the output directory -> state branch.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? (() => {});
  const repo = await openRepository(options.repoDir, options.commit);
  const snapshot = await openSnapshot(repo);
  const config = await commitConfig(repo, snapshot, options);
  const now = parseNow(options.now);
  // Read the signing key first: a malformed key fails the build before anything is computed.
  const signed = options.assumeSigned === true || signingKeyFromEnv(options.env) !== null;
  const previousState =
    options.stateFrom === undefined
      ? await readStateBranch(repo, config.state.branch)
      : options.stateFrom === null
        ? new Map<string, string>()
        : await readStateAt(repo, options.stateFrom);
  const context: BuildContext = { config, repo, snapshot, now, previousState, env: options.env, progress };
  if (options.commit === undefined) await warnAboutWorkTree(context);

  const { sections, files, badges, checks, events, state } = await collectEvidence(context);
  const model = assembleModel({ config, repo, now, sections, checks, badges, events, signed });
  files.push(...badgeFiles(badges), { path: 'status/status.json', content: stableJson(model) });

  const written: string[] = [];
  let integrity: IntegrityResult | null = null;
  await writeDirectoryAtomically(options.outDir, async (staging) => {
    writeFiles(staging, files);
    if (options.site !== false) await renderSiteInto(staging, model, progress);
    // Integrity comes last and covers every file published, the HTML pages included.
    progress('integrity: hashing and signing');
    const published = listFiles(staging).map((path) => ({ path, content: readFileSync(join(staging, path)) }));
    integrity = await runIntegrity({
      files: published,
      previousState,
      env: options.env,
      now,
      commit: repo.head.commit,
      config: config.integrity,
      siteUrl: config.site.url,
    });
    writeFiles(staging, integrity.files);
    for (const [path, content] of Object.entries(integrity.state)) state.set(path, content);
    written.push(...listFiles(staging));
  });
  progress(`wrote ${written.length} files to ${options.outDir}`);

  const next = new Map(previousState);
  for (const [path, content] of state) next.set(path, content);

  // The one network side effect, after the output is safely written: a failed POST is reported and
  // recorded in the state as still owed, so the next build announces it again. A build that keeps
  // no state (--no-state) could not record the delivery, so it does not POST.
  if (options.webhook !== false && options.writeState !== false) {
    const delivery = await deliverApiNotice({ config, env: options.env, files, state: next });
    if (delivery && delivery.outcome !== 'not-configured') {
      progress(`webhook: ${delivery.message}`);
      for (const [path, content] of Object.entries(delivery.stateUpdates)) next.set(path, content);
    }
  }

  let stateCommit: string | null = null;
  if (options.writeState !== false && state.size > 0) {
    stateCommit = await writeStateBranch(repo, config.state.branch, next, `govpages build ${repo.head.commit.slice(0, 7)}`, now);
  }
  const final = integrity as IntegrityResult | null;
  return { model, integrity: final, outDir: options.outDir, files: written, stateCommit };
}

/** Runs every configured evidence kind, in order, and gathers their results. */
async function collectEvidence(context: BuildContext) {
  const sections: Partial<Sections> = {};
  const files: OutputFile[] = [];
  const badges: PublishedBadge[] = [];
  const checks: Check[] = [];
  const events: FeedEvent[] = [];
  const state = new Map<string, string>();
  for (const { id, source, kind } of evidenceKinds) {
    if (context.config.sources[source] === undefined) continue;
    context.progress(`${id}: collecting`);
    const result = await kind.collect(context);
    (sections as Record<string, unknown>)[kind.id] = result.section;
    files.push(...result.files);
    badges.push(...result.badges);
    checks.push(...result.checks);
    events.push(...result.events);
    for (const [path, content] of Object.entries(result.state)) state.set(path, content);
  }
  return { sections, files, badges, checks, events, state };
}

function badgeFiles(badges: readonly PublishedBadge[]): OutputFile[] {
  return badges.map((badge) => ({ path: badge.file, content: badgeFileContent(badge.endpoint) }));
}

/**
 * Astro clears its output directory, so the site is rendered into a temp dir of its own and then
 * moved beside the data files. Loaded lazily: commands that never render a site never load Astro.
 */
async function renderSiteInto(staging: string, model: StatusModel, progress: (message: string) => void): Promise<void> {
  progress('site: rendering pages');
  const { renderSite } = await import('../site/render.ts');
  const siteDir = mkdtempSync(join(tmpdir(), 'govpages-pages-'));
  try {
    await renderSite(model, siteDir);
    cpSync(siteDir, staging, { recursive: true, force: false, errorOnExist: true });
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The config as committed (`--config FILE` is read from disk as given: it is the caller's choice). */
async function commitConfig(repo: Repository, snapshot: Snapshot, options: BuildOptions): Promise<GovpagesConfig> {
  if (options.configPath !== undefined) return loadConfig(repo.root, options.env, options.configPath);
  const text = await snapshot.readFile(CONFIG_FILE);
  return parseConfig(text === null ? null : text.toString('utf8'), CONFIG_FILE, options.env);
}

/** The build publishes HEAD; uncommitted edits of its inputs are not in it, so say so. */
async function warnAboutWorkTree(context: BuildContext): Promise<void> {
  const changed = await workTreeChanges(context.repo, inputPathspecs(context.config));
  if (changed.length === 0) return;
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
  const one = changed.length === 1;
  context.progress(`warning: ${changed.length} input file${one ? ' differs' : 's differ'} from HEAD and ${one ? 'is' : 'are'} not in this build (commit to publish): ${shown}`);
}

/** Every configured input as a git pathspec, for the work-tree check. */
function inputPathspecs(config: GovpagesConfig): string[] {
  const { taxonomy, openapi, catalog, gates, incidents, ports } = config.sources;
  const glob = (pattern: string) => (pattern.startsWith('!') ? `:(exclude,glob)${pattern.slice(1)}` : `:(glob)${pattern}`);
  return [
    CONFIG_FILE,
    ...(taxonomy ? [taxonomy.path, ...taxonomy.rules.map(glob)] : []),
    ...(openapi ? [openapi.path] : []),
    ...(catalog ? catalog.metadata.map(glob) : []),
    ...(gates ? [gates.path || '.'] : []),
    ...(incidents ? [incidents.path || '.'] : []),
    ...(ports ? [ports.path] : []),
  ];
}
