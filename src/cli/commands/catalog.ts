import { isoSeconds } from '../../core/time.ts';
import { resolveNow } from '../now.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, loadConfig, parseConfig } from '../../config/index.ts';
import { catalogSourceSchema, type CatalogSourceConfig } from '../../config/sources/catalog.ts';
import { InputError, UsageError } from '../../core/errors.ts';
import { openRepository, readStateBranch, runGit, writeStateBranch } from '../../git/index.ts';
import { advanceCheckpoints, baselineCheckpoints, computeDrift, driftMarkdown, enforcementReport, enforcementText } from '../../metrics/catalog/index.ts';
import { stableJson } from '../../core/json.ts';
import type { CatalogDocument } from '../../model/catalog.ts';
import { evaluateCatalog, startingState } from '../../pipeline/kinds/catalog.ts';
import { checkpointStateFiles, readCheckpointState, workTree } from '../../sources/catalog/index.ts';
import type { Command, Io } from '../command.ts';

const usage = `usage: govpages catalog [enforce|report|checkpoint] [options]

  enforce      (default) evaluate every repository's .meta/repo.yaml and policies; exit 0 when
               clean, 1 on violations (with --strict or GOVERN_STRICT=true: on warnings too)
  report       print the catalog grouped by tier (--json: status/catalog.json)
  checkpoint   print the drift between the saved checkpoint and the work tree now;
               --baseline saves the work tree as a new baseline on the state branch

options:
  --repo DIR   repository (default: current directory)
  --json       machine-readable output
  --strict     warnings fail too (overrides GOVERN_STRICT and the config)
  --baseline   checkpoint: reset drift; writes catalog/ on the state branch
  --now ISO    time recorded in reports and checkpoints (default: the clock)`;

const command: Command = {
  name: 'catalog',
  summary: 'catalog, policy enforcement and checkpoints',
  usage,
  options: {
    repo: { type: 'string' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean' },
    baseline: { type: 'boolean', default: false },
    now: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [action = 'enforce', ...rest] = args.positionals;
    if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'\n\n${usage}`);
    if (args.values.baseline && action !== 'checkpoint') throw new UsageError(`--baseline belongs to 'catalog checkpoint'\n\n${usage}`);
    const root = resolve(io.cwd, typeof args.values.repo === 'string' ? args.values.repo : '.');
    if (!existsSync(root)) throw new InputError('directory not found (expected a repository)', { file: root });
    const now = isoSeconds(await resolveNow({ now: args.values.now, repoDir: root, env: io.env }));
    const source = catalogConfig(root, io);
    if (action === 'enforce' || action === 'report') {
      const { catalog } = await evaluateCatalog(workTree(root), source, { commit: await headCommit(root), now });
      if (action === 'report') {
        io.stdout(args.values.json ? stableJson(catalog) : catalogText(catalog));
        return 0;
      }
      const strict = typeof args.values.strict === 'boolean' ? args.values.strict : source.strict;
      const report = enforcementReport(catalog, strict);
      io.stdout(args.values.json ? stableJson(report) : enforcementText(report));
      return report.exit_code;
    }
    if (action === 'checkpoint') return checkpoint(root, source, now, Boolean(args.values.baseline), Boolean(args.values.json), io);
    throw new UsageError(`unknown action '${action}' (expected enforce, report or checkpoint)\n\n${usage}`);
  },
};

export default command;

async function checkpoint(root: string, source: CatalogSourceConfig, now: string, baseline: boolean, json: boolean, io: Io): Promise<number> {
  const repo = await openRepository(root);
  const config = existsSync(join(repo.root, 'govpages.config.json')) ? loadConfig(repo.root, io.env) : null;
  const branch = config?.state.branch ?? 'govpages-state';
  const { catalog, checkpoint: taken } = await evaluateCatalog(workTree(repo.root), source, { commit: repo.head.commit, now });
  const files = await readStateBranch(repo, branch);
  if (baseline) {
    const state = readCheckpointState(files, branch);
    const next = baselineCheckpoints(state, taken);
    // The branch holds every kind's state: replace only catalog/ and keep the rest.
    const kept = new Map([...files].filter(([path]) => !path.startsWith('catalog/')));
    for (const [path, content] of Object.entries(checkpointStateFiles(next))) kept.set(path, content);
    const commit = await writeStateBranch(repo, branch, kept, `govpages: catalog baseline at ${repo.head.commit.slice(0, 7)}`, now);
    const summary = { baseline: true, branch, state_commit: commit, checkpoint: next.latest!.summary, commit: repo.head.commit };
    io.stdout(json ? stableJson(summary) : `baseline checkpoint of ${catalog.summary.total} repositories at ${repo.head.commit.slice(0, 7)} written to ${branch} (${commit.slice(0, 7)})\n`);
    return 0;
  }
  // Like a build: with nothing saved yet, the previous checkpoint is reconstructed from git.
  const next = advanceCheckpoints(await startingState(repo, files, branch, source), taken);
  const drift = computeDrift(next.previous, next.latest!);
  io.stdout(json ? stableJson(drift) : driftMarkdown(drift, catalog));
  return 0;
}

function catalogConfig(root: string, io: Io): CatalogSourceConfig {
  const hasConfig = existsSync(join(root, 'govpages.config.json'));
  // Without a config file the catalog runs on its defaults, still with the environment's overrides (GOVERN_STRICT).
  return (hasConfig ? loadConfig(root, io.env) : parseConfig('{"sources":{"catalog":{}}}', CONFIG_FILE, io.env)).sources.catalog ?? catalogSourceSchema.parse({});
}

async function headCommit(root: string): Promise<string> {
  const head = await runGit(root, ['rev-parse', 'HEAD']).catch(() => null);
  return head && head.code === 0 ? head.stdout.trim() : 'worktree';
}

function catalogText(catalog: CatalogDocument): string {
  const lines: string[] = [];
  for (const [tier, ids] of Object.entries(catalog.tiers)) {
    lines.push(`Tier ${tier}: ${ids.length} repos`);
    for (const id of ids) {
      const repository = catalog.repositories.find((candidate) => candidate.id === id)!;
      lines.push(`  ${repository.compliant ? 'compliant    ' : 'non-compliant'} ${id}${repository.owner ? ` (${repository.owner})` : ''}`);
    }
  }
  lines.push(`${catalog.summary.total} repositories, ${catalog.summary.compliant} compliant`);
  return `${lines.join('\n')}\n`;
}
