import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.ts';
import { formatByteLimit } from '../../core/http-body.ts';
import { stableJson } from '../../core/json.ts';
import {
  directorySource,
  parseCheckpoint,
  parseNote,
  parsePublicKey,
  URL_FILE_LIMIT_BYTES,
  URL_TOTAL_LIMIT_BYTES,
  URL_TOTAL_TIMEOUT_MS,
  urlSource,
  type VerifyReport,
  verifyPublished,
} from '../../integrity/index.ts';
import type { Command, Io, ParsedArgs } from '../command.ts';

const usage = `usage: govpages verify DIR|URL [--pubkey B64|PEMFILE]... [--archive] [--checkpoint OLDFILE] [--json] [--timeout SECONDS] [--total-timeout SECONDS]
       govpages verify DIR --rebuild [--repo REPO] [--config FILE] [--json]

Re-hashes every artifact listed in status/checksums.json, checks the Ed25519 signature and, with
--archive, the audit archive. Prints VERIFY_OK and exits 0, or names every file that is missing,
extra or changed and exits 1. Exit 2: bad arguments or the source cannot be read. A URL is read
within bounds: ${formatByteLimit(URL_FILE_LIMIT_BYTES)} a file, ${formatByteLimit(URL_TOTAL_LIMIT_BYTES)} in all, --timeout and --total-timeout, redirects
followed only within its origin; a file past a bound is exit 2 naming its URL and the bound.

  --pubkey KEY        pin the key you trust (base64, or a PEM file); repeat for several keys.
                      Without it the key shipped beside the files is used, which proves nothing
                      against someone who replaced both.
  --archive           check the audit log, its signed checkpoint and this build's inclusion proof
  --checkpoint FILE   an older archive/checkpoint you kept: check the log only grew since (implies --archive)
  --json              print the report as JSON
  --timeout SECONDS   URLs: time for one file, body and redirects included (default 30)
  --total-timeout SECONDS
                      URLs: time for the whole verification (default ${URL_TOTAL_TIMEOUT_MS / 1000})
  --rebuild           rebuild the commit DIR was built from (at the now it records, from the state
                      that build started from) in REPO and compare every artifact hash: prints
                      REBUILD_OK and exits 0, or names every file that differs and exits 1
  --repo REPO         the governance repository for --rebuild (default: current directory)
  --config FILE       with --rebuild: the config the build was given with --config, if any`;

const command: Command = {
  name: 'verify',
  usage,
  allowPositionals: true,
  options: {
    pubkey: { type: 'string', multiple: true },
    archive: { type: 'boolean' },
    checkpoint: { type: 'string' },
    json: { type: 'boolean' },
    timeout: { type: 'string' },
    'total-timeout': { type: 'string' },
    rebuild: { type: 'boolean' },
    config: { type: 'string' },
    repo: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError(`verify takes one DIR or URL, got ${args.positionals.length} (see 'govpages verify --help')`);
    const target = args.positionals[0]!;
    const timeoutSeconds = seconds(args.values.timeout, '--timeout', 30);
    const totalSeconds = seconds(args.values['total-timeout'], '--total-timeout', URL_TOTAL_TIMEOUT_MS / 1000);

    if (args.values.rebuild) return rebuild(target, args.values, io);

    const source = /^https?:\/\//i.test(target)
      ? urlSource(target, milliseconds(timeoutSeconds), { totalTimeoutMs: milliseconds(totalSeconds) })
      : localSource(resolve(io.cwd, target));
    const pinnedKeys = ((args.values.pubkey as string[] | undefined) ?? []).map((value) => {
      const path = resolve(io.cwd, value);
      const isFile = !/^[A-Za-z0-9+/]{43}=$/.test(value) && existsSync(path);
      return parsePublicKey(isFile ? readFileSync(path, 'utf8') : value, isFile ? path : '--pubkey');
    });
    const oldCheckpoint = typeof args.values.checkpoint === 'string' ? readCheckpointFile(resolve(io.cwd, args.values.checkpoint)) : undefined;

    const report = await verifyPublished(source, { pinnedKeys, archive: Boolean(args.values.archive), oldCheckpoint });
    if (args.values.json) io.stdout(stableJson(report));
    else if (report.ok) io.stdout(describe(report));
    else io.stderr(describe(report));
    return report.ok ? 0 : 1;
  },
};

async function rebuild(target: string, values: ParsedArgs['values'], io: Io): Promise<number> {
  if (/^https?:\/\//i.test(target)) throw new UsageError('--rebuild compares a directory: download the site first');
  const publishedDir = resolve(io.cwd, target);
  if (!existsSync(publishedDir) || !statSync(publishedDir).isDirectory())
    throw new InputError('not a directory (give the output directory of a build)', { file: publishedDir });
  // Loaded here only: the rest of verify never pays for the build pipeline.
  const { rebuildPublished } = await import('../../pipeline/rebuild.ts');
  const report = await rebuildPublished({
    publishedDir,
    repoDir: resolve(io.cwd, (values.repo as string | undefined) ?? '.'),
    configPath: typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined,
    env: io.env,
    progress: (message) => io.stderr(`govpages: ${message}\n`),
  });
  if (values.json) {
    io.stdout(stableJson(report));
  } else {
    const lines = [
      `rebuild of ${report.commit.slice(0, 7)} at ${report.now} (state: ${report.state})`,
      `  published aggregate sha256 ${report.published_aggregate}`,
      `  rebuilt   aggregate sha256 ${report.rebuilt_aggregate}`,
      ...report.differences.map((difference) => `${difference.kind.toUpperCase()} ${difference.path}`),
      report.ok ? 'REBUILD_OK' : `REBUILD_FAILED: ${report.differences.length} file(s) differ`,
    ];
    (report.ok ? io.stdout : io.stderr)(`${lines.join('\n')}\n`);
  }
  return report.ok ? 0 : 1;
}

function describe(report: VerifyReport): string {
  const lines = [`verify ${report.source}`];
  if (report.aggregate_sha256) lines.push(`  artifacts: ${report.checked} of ${report.count} re-hashed; aggregate sha256 ${report.aggregate_sha256}`);
  const s = report.signature;
  lines.push(
    s.status === 'absent'
      ? '  signature: none'
      : `  signature: ${s.status} (Ed25519, format v${s.format_version}, key ${s.key_id?.slice(0, 16)}${s.trust ? `, ${s.trust}` : ''})`,
  );
  if (report.archive) {
    const a = report.archive;
    lines.push(
      `  archive: build is entry ${a.leaf_index} of ${a.tree_size}, inclusion proof valid${a.consistent_from !== null ? `; log only grew since the old checkpoint (size ${a.consistent_from})` : ''}`,
    );
  }
  for (const note of report.notes) lines.push(`  note: ${note}`);
  for (const problem of report.problems) lines.push(`${problem.kind.toUpperCase()} ${problem.file}: ${problem.message}`);
  lines.push(report.ok ? 'VERIFY_OK' : `VERIFY_FAILED: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

export default command;

function localSource(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError('not a directory (give the output directory of a build, or its URL)', { file: dir });
  return directorySource(dir);
}

function seconds(raw: unknown, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  // Past 2^31 ms a timer fires at once; a day is more than any verification needs.
  if (!Number.isFinite(value) || value <= 0 || value > 86_400) throw new UsageError(`${flag} takes a number of seconds above 0 and at most 86400`);
  return value;
}

function milliseconds(seconds: number): number {
  return Math.max(1, Math.round(seconds * 1000));
}

/** The old checkpoint the user kept: a file holding a checkpoint note, else bad input (its signature is checked later). */
function readCheckpointFile(path: string): { text: string; file: string } {
  if (!existsSync(path)) throw new InputError('old checkpoint file not found', { file: path });
  if (!statSync(path).isFile()) throw new InputError('is not a file (expected an archive/checkpoint you kept from an older build)', { file: path });
  const text = readFileSync(path, 'utf8');
  try {
    parseCheckpoint(parseNote(text).text);
  } catch (error) {
    throw new InputError(`not a checkpoint note: ${(error as Error).message} (expected an archive/checkpoint you kept from an older build)`, { file: path });
  }
  return { text, file: path };
}
