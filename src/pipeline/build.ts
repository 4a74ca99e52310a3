import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { CONFIG_FILE, type GovpagesConfig, loadConfig, parseConfig } from '../config/index.ts';
import { InputError, UsageError } from '../core/errors.ts';
import { stableJson } from '../core/json.ts';
import { pathInside } from '../core/repo-path.ts';
import { decodeText } from '../core/text.ts';
import { parseNow } from '../core/time.ts';
import {
  FRESH_STATE_HINT,
  inspectStateBranch,
  openRepository,
  openSnapshot,
  type Repository,
  readStateAt,
  type Snapshot,
  StateConflictError,
  type StateFiles,
  stateBranchTip,
  stateFileAtParent,
  tracksFilesUnder,
  workTreeChanges,
  writeStateBranch,
} from '../git/index.ts';
import { ARCHIVE_STATE_FILE } from '../integrity/archive.ts';
import { type IntegrityResult, logExtends, parseLog, runIntegrity, signingKeyFromEnv } from '../integrity/index.ts';
import { badgeFileContent } from '../model/badge.ts';
import type { OutputFile } from '../model/output-file.ts';
import type { Check, FeedEvent, PublishedBadge, Sections, StatusModel } from '../model/status-model.ts';
import { siteBaseSchema, siteUrlSchema } from '../model/status-model.ts';
import { inspectOutputDir, outputDirProblem } from '../publish/output-dir.ts';
import { stageOutput, writeFiles } from '../publish/write-dist.ts';
import type { BuildContext } from './kind.ts';
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
  /**
   * The config file: inside the repository it is read from the commit like every input (so a
   * rebuild reads the same bytes); outside it, from disk. Default: the committed govpages.config.json.
   */
  configPath?: string;
  /**
   * Where this deployment serves the site, over the config's `site.base` / `site.url` (the GitHub
   * Action's base-path and site-url). Recorded in status.json, where `verify --rebuild` finds them.
   */
  siteOverrides?: { base?: string; url?: string };
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
  /**
   * Start from an empty state on purpose (`--fresh-state`): the new state commit goes on top of the
   * branch, or replaces a damaged ref; the audit log starts again at one entry. Never a branch
   * govpages did not write.
   */
  freshState?: boolean;
  /** Render the pages as for a signed build even without the key (a rebuild needs no secret). */
  assumeSigned?: boolean;
  /** The command's working directory, when a command line named the output folder: never replaced. */
  cwd?: string;
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

/** A build that lost the race for the state branch starts again from the new state, this many times in all. */
const STATE_ATTEMPTS = 3;

/**
 * The build: (repository at HEAD, its history, the previous state) -> (site, new state).
 * config -> git/sources -> metrics (per evidence kind) -> model -> publish/site -> integrity, all
 * into a staging folder; then the state branch moves (compare-and-swap), then the staging folder
 * is swapped in, then the webhook is POSTed. A failure before the swap leaves the published folder
 * and the state as they were, and a published checkpoint is always one the state extends.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? (() => {});
  const repo = await openRepository(options.repoDir, options.commit);
  const snapshot = await openSnapshot(repo);
  const config = await buildConfig(repo, snapshot, options);
  const now = parseNow(options.now);
  // Read the signing key first: a malformed key fails the build before anything is computed.
  const signed = options.assumeSigned === true || signingKeyFromEnv(options.env) !== null;
  await refuseForeignOutput(repo, options);
  if (options.commit === undefined) await warnAboutWorkTree(repo, config, progress);
  const writeState = options.writeState !== false;

  for (let attempt = 1; ; attempt++) {
    const { tip, previousState, replacing } = await startingState(repo, config.state.branch, options);
    const context: BuildContext = { config, repo, snapshot, now, previousState, env: options.env, progress };
    const staged = stageOutput(options.outDir);
    try {
      const computed = await computeInto(staged.dir, context, { signed, site: options.site !== false });
      let stateCommit: string | null = null;
      if (writeState && computed.state.size > 0) {
        stateCommit = await writeStateBranch(repo, config.state.branch, computed.next, `govpages build ${repo.head.commit.slice(0, 7)}`, now, tip, replacing);
      }
      staged.publish();
      progress(`wrote ${computed.written.length} files to ${options.outDir}`);
      if (options.webhook !== false && writeState) stateCommit = await announce(context, computed, stateCommit);
      return { model: computed.model, integrity: computed.integrity, outDir: options.outDir, files: computed.written, stateCommit };
    } catch (error) {
      staged.discard();
      if (!(error instanceof StateConflictError) || attempt === STATE_ATTEMPTS) throw error;
      progress(`state branch ${config.state.branch} moved while building (another build); starting again from its new state`);
    }
  }
}

/**
 * The state this build starts from: the branch's tip (or the commit `stateFrom` names), checked
 * to have only grown since its previous commit; with `freshState`, nothing.
 */
async function startingState(
  repo: Repository,
  branch: string,
  options: BuildOptions,
): Promise<{ tip: string | null; previousState: StateFiles; replacing?: string }> {
  if (options.stateFrom !== undefined) {
    return { tip: options.stateFrom, previousState: options.stateFrom === null ? new Map() : await readStateAt(repo, options.stateFrom) };
  }
  if (options.freshState) {
    const found = await inspectStateBranch(repo, branch);
    return { tip: found.tip, previousState: new Map(), ...(found.damaged ? { replacing: found.damaged.value } : {}) };
  }
  const tip = await stateBranchTip(repo, branch);
  if (tip === null) return { tip, previousState: new Map() };
  const previousState = await readStateAt(repo, tip, branch);
  await refuseShrunkLog(repo, branch, tip, previousState);
  return { tip, previousState };
}

/** The audit log on the state branch must extend the one its previous state commit held. */
async function refuseShrunkLog(repo: Repository, branch: string, tip: string, state: StateFiles): Promise<void> {
  const before = await stateFileAtParent(repo, tip, ARCHIVE_STATE_FILE);
  if (before === null || before.text === null) return;
  const file = `${branch}:${ARCHIVE_STATE_FILE}`;
  const older = parseLog(before.text, `${branch}~1:${ARCHIVE_STATE_FILE}`);
  if (logExtends(older, parseLog(state.get(ARCHIVE_STATE_FILE) ?? '', file))) return;
  throw new InputError(
    `the audit log does not extend the log of the previous state commit ${before.parent.slice(0, 7)} (entries were removed or changed); ${FRESH_STATE_HINT}`,
    { file },
  );
}

/** Everything a build computes and stages, before anything is published. */
async function computeInto(staging: string, context: BuildContext, options: { signed: boolean; site: boolean }) {
  const { config, repo, now, previousState, progress } = context;
  const { sections, files, badges, checks, events, state } = await collectEvidence(context);
  const model = assembleModel({ config, repo, now, sections, checks, badges, events, signed: options.signed });
  files.push(...badgeFiles(badges), { path: 'status/status.json', content: stableJson(model) });
  writeFiles(staging, files);
  if (options.site) await renderSiteInto(staging, model, progress);
  // Integrity comes last and covers every file published, the HTML pages included.
  progress('integrity: hashing and signing');
  const published = listFiles(staging).map((path) => ({ path, content: readFileSync(join(staging, path)) }));
  const integrity = await runIntegrity({
    files: published,
    previousState,
    env: context.env,
    now,
    commit: repo.head.commit,
    config: config.integrity,
    siteUrl: config.site.url,
    stateBranch: config.state.branch,
  });
  writeFiles(staging, integrity.files);
  for (const [path, content] of Object.entries(integrity.state)) state.set(path, content);
  const next = new Map(previousState);
  for (const [path, content] of state) next.set(path, content);
  return { model, files, integrity, state, next, written: listFiles(staging) };
}

/**
 * The one network side effect, after the output is published. The build's state commit records
 * the notice as owed; a delivery is recorded by a second commit, so a build killed in between, or
 * a failed POST, announces it again next time. A build that keeps no state (--no-state) could not
 * record the delivery, so it does not POST.
 */
async function announce(context: BuildContext, computed: Awaited<ReturnType<typeof computeInto>>, stateCommit: string | null): Promise<string | null> {
  const { config, repo, env, now, progress } = context;
  const delivery = await deliverApiNotice({ config, env, files: computed.files, state: computed.next });
  if (!delivery || delivery.outcome === 'not-configured') return stateCommit;
  progress(delivery.message);
  const updates = Object.entries(delivery.stateUpdates);
  if (updates.length === 0 || stateCommit === null) return stateCommit;
  const next = new Map(computed.next);
  for (const [path, content] of updates) next.set(path, content);
  try {
    return await writeStateBranch(repo, config.state.branch, next, `govpages webhook ${repo.head.commit.slice(0, 7)}`, now, stateCommit);
  } catch (error) {
    if (!(error instanceof StateConflictError)) throw error;
    progress('webhook: delivered, but another build moved the state branch first; the next build may announce this notice again');
    return stateCommit;
  }
}

/** The output folder is replaced whole, so it must be govpages' own (see publish/output-dir.ts). */
async function refuseForeignOutput(repo: Repository, options: BuildOptions): Promise<void> {
  const out = resolve(options.outDir);
  const state = inspectOutputDir(out);
  const inside = pathInside(repo.root, out);
  const tracked = inside !== null && inside !== '' && (await tracksFilesUnder(repo, inside));
  const problem = outputDirProblem({ out, state, repoRoot: repo.root, cwd: options.cwd, tracked });
  if (problem) throw new InputError(`the output folder ${problem}; nothing was changed`, { file: out });
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
/** The config a build of this commit uses: the committed (or given) file, then the site overrides. */
export async function buildConfig(
  repo: Repository,
  snapshot: Snapshot,
  options: Pick<BuildOptions, 'configPath' | 'env' | 'siteOverrides'>,
): Promise<GovpagesConfig> {
  const config = await readConfig(repo, snapshot, options);
  const { base, url } = options.siteOverrides ?? {};
  if (base === undefined && url === undefined) return config;
  const site = {
    ...config.site,
    ...(base === undefined ? {} : { base: siteOption(siteBaseSchema, base, '--base') }),
    ...(url === undefined ? {} : { url: siteOption(siteUrlSchema, url, '--site-url') }),
  };
  return { ...config, site };
}

function siteOption(schema: z.ZodType<string>, value: string, option: string): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(`${option} ${JSON.stringify(value)} is not ${parsed.error.issues[0]!.message}`);
}

async function readConfig(repo: Repository, snapshot: Snapshot, options: Pick<BuildOptions, 'configPath' | 'env'>): Promise<GovpagesConfig> {
  if (options.configPath === undefined) {
    const text = await snapshot.readFile(CONFIG_FILE);
    return parseConfig(text === null ? null : decodeText(text, CONFIG_FILE), CONFIG_FILE, options.env);
  }
  const inRepository = pathInside(repo.root, resolve(options.configPath));
  if (inRepository === null) return loadConfig(repo.root, options.env, options.configPath);
  const text = await snapshot.readFile(inRepository);
  if (text === null) {
    throw new InputError(`is not a file of commit ${repo.head.commit.slice(0, 7)} (a config inside the repository is read from the commit: commit it)`, {
      file: inRepository,
    });
  }
  return parseConfig(decodeText(text, inRepository), inRepository, options.env);
}

/** The build publishes HEAD; uncommitted edits of its inputs are not in it, so say so. */
async function warnAboutWorkTree(repo: Repository, config: GovpagesConfig, progress: (message: string) => void): Promise<void> {
  const inputs = evidenceKinds.flatMap(({ source, kind }) => (config.sources[source] === undefined ? [] : kind.inputs(config)));
  const changed = await workTreeChanges(repo, [CONFIG_FILE, ...inputs]);
  if (changed.length === 0) return;
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
  const one = changed.length === 1;
  progress(
    `warning: ${changed.length} input file${one ? ' differs' : 's differ'} from HEAD and ${one ? 'is' : 'are'} not in this build (commit to publish): ${shown}`,
  );
}
