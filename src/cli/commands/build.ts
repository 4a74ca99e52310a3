import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import { build } from '../../pipeline/build.ts';
import type { Command } from '../command.ts';
import { resolveNow } from '../now.ts';

const command: Command = {
  name: 'build',
  usage: `usage: govpages build [--repo DIR] [--out DIR] [--config FILE] [--base PATH] [--site-url URL] [--now ISO | --reproducible] [--no-state | --fresh-state] [--strict] [--json]

  --repo DIR        governance repository to build (default: current directory)
  --out DIR         output directory, replaced atomically (default: dist)
  --config FILE     config file (default: the committed govpages.config.json; a file inside the
                    repository is read from the commit too)
  --base PATH       base path the site is served under, over site.base (e.g. /my-repo/)
  --site-url URL    public URL of the site root, over site.url
  --now ISO         the build's time, e.g. 2026-01-31T12:00:00Z (default: SOURCE_DATE_EPOCH, else the clock)
  --reproducible    use the HEAD commit's date as the build's time
  --no-state        do not write the state branch (a dry run that still writes --out)
  --fresh-state     start from an empty state on purpose (the audit log starts again): for a
                    damaged state branch; never a branch govpages did not write
  --strict          exit 1 when the overall verdict is fail (default: exit 0 once published)
  --json            print a JSON summary on stdout instead of text`,
  options: {
    repo: { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
    base: { type: 'string' },
    'site-url': { type: 'string' },
    now: { type: 'string' },
    reproducible: { type: 'boolean' },
    'no-state': { type: 'boolean' },
    'fresh-state': { type: 'boolean' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    if (values['no-state'] && values['fresh-state']) throw new UsageError("--no-state and --fresh-state exclude each other (see 'govpages build --help')");
    if (values.now !== undefined && values.reproducible) throw new UsageError("--now and --reproducible exclude each other (see 'govpages build --help')");
    const repoDir = resolve(io.cwd, (values.repo as string | undefined) ?? '.');
    const outDir = resolve(io.cwd, (values.out as string | undefined) ?? 'dist');
    const now = await resolveNow({ now: values.now as string | undefined, reproducible: values.reproducible === true, repoDir, env: io.env });
    const result = await build({
      repoDir,
      outDir,
      now,
      env: io.env,
      configPath: values.config ? resolve(io.cwd, values.config as string) : undefined,
      siteOverrides: { base: values.base as string | undefined, url: values['site-url'] as string | undefined },
      writeState: values['no-state'] !== true,
      freshState: values['fresh-state'] === true,
      cwd: io.cwd,
      progress: (message) => io.stderr(`govpages: ${message}\n`),
    });
    const { verdict, build: info } = result.model;
    const failing = verdict.checks.filter((check) => check.status !== 'pass');
    if (values.json) {
      const integrity = result.integrity?.section ?? null;
      const summary = {
        out: outDir,
        verdict: verdict.status,
        commit: info.commit,
        now: info.now,
        files: result.files.length,
        aggregate_sha256: integrity?.aggregate_sha256 ?? null,
        signed: integrity?.signed ?? false,
        state_commit: result.stateCommit,
        checks: verdict.checks,
      };
      io.stdout(stableJson(summary));
    } else {
      for (const check of failing) io.stdout(`${check.status.toUpperCase().padEnd(4)} ${check.title}: ${check.message}\n`);
      io.stdout(`verdict: ${verdict.status} (${verdict.checks.length} checks, ${result.files.length} files) at ${info.short_commit}, now ${info.now}\n`);
      const integrity = result.integrity?.section;
      if (integrity) {
        const signing = integrity.signature
          ? `signed (Ed25519, format v${integrity.signature.format_version}, key ${integrity.signature.key_id.slice(0, 16)})`
          : 'unsigned (set GOV_SIGNING_PRIVATE_KEY to sign)';
        io.stdout(
          `integrity: ${integrity.artifact_count} artifacts, aggregate sha256 ${integrity.aggregate_sha256}, ${signing}, archive size ${integrity.archive.tree_size}\n`,
        );
      }
      io.stdout(`${outDir}\n`);
    }
    const hardFailure = verdict.checks.some((check) => check.status === 'fail' && check.fails_build === true);
    return hardFailure || (values.strict === true && verdict.status === 'fail') ? 1 : 0;
  },
};

export default command;
