import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../errors.ts';
import { directorySource, parsePublicKey, urlSource, verifyPublished, type VerifyReport } from '../../integrity/index.ts';
import type { Command } from '../command.ts';

const usage = `usage: govpages verify DIR|URL [--pubkey B64|PEMFILE]... [--archive] [--checkpoint OLDFILE] [--json] [--timeout SECONDS]

Re-hashes every artifact listed in status/checksums.json, checks the Ed25519 signature and, with
--archive, the audit archive. Prints VERIFY_OK and exits 0, or names every file that is missing,
extra or changed and exits 1. Exit 2: bad arguments or the source cannot be read.

  --pubkey KEY        pin the key you trust (base64, or a PEM file); repeat for several keys.
                      Without it the key shipped beside the files is used, which proves nothing
                      against someone who replaced both.
  --archive           check the audit log, its signed checkpoint and this build's inclusion proof
  --checkpoint FILE   an older archive/checkpoint you kept: check the log only grew since (implies --archive)
  --json              print the report as JSON
  --timeout SECONDS   per-request timeout for URLs (default 30)`;

const command: Command = {
  name: 'verify',
  summary: 'verify a published build (checksums, signature, audit archive)',
  usage,
  allowPositionals: true,
  options: {
    pubkey: { type: 'string', multiple: true },
    archive: { type: 'boolean' },
    checkpoint: { type: 'string' },
    json: { type: 'boolean' },
    timeout: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError(`verify takes one DIR or URL\n\n${usage}`);
    const target = args.positionals[0]!;
    const timeoutSeconds = args.values.timeout === undefined ? 30 : Number(args.values.timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError('--timeout takes a positive number of seconds');

    let source;
    if (/^https?:\/\//i.test(target)) {
      source = urlSource(target, timeoutSeconds * 1000);
    } else {
      const dir = resolve(io.cwd, target);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError('not a directory (give the output directory of a build, or its URL)', { file: dir });
      source = directorySource(dir);
    }
    const pinnedKeys = ((args.values.pubkey as string[] | undefined) ?? []).map((value) => {
      const path = resolve(io.cwd, value);
      const isFile = !/^[A-Za-z0-9+/]{43}=$/.test(value) && existsSync(path);
      return parsePublicKey(isFile ? readFileSync(path, 'utf8') : value, isFile ? path : '--pubkey');
    });
    let oldCheckpoint;
    if (typeof args.values.checkpoint === 'string') {
      const path = resolve(io.cwd, args.values.checkpoint);
      if (!existsSync(path)) throw new InputError('old checkpoint file not found', { file: path });
      oldCheckpoint = { text: readFileSync(path, 'utf8'), file: path };
    }

    const report = await verifyPublished(source, { pinnedKeys, archive: Boolean(args.values.archive), oldCheckpoint });
    if (args.values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (report.ok) io.stdout(describe(report));
    else io.stderr(describe(report));
    return report.ok ? 0 : 1;
  },
};

function describe(report: VerifyReport): string {
  const lines = [`verify ${report.source}`];
  if (report.aggregate_sha256) lines.push(`  artifacts: ${report.checked} of ${report.count} re-hashed; aggregate sha256 ${report.aggregate_sha256}`);
  const s = report.signature;
  lines.push(s.status === 'absent' ? '  signature: none' : `  signature: ${s.status} (Ed25519, format v${s.format_version}, key ${s.key_id?.slice(0, 16)}${s.trust ? `, ${s.trust}` : ''})`);
  if (report.archive) {
    const a = report.archive;
    lines.push(`  archive: build is entry ${a.leaf_index} of ${a.tree_size}, inclusion proof valid${a.consistent_from !== null ? `; log only grew since the old checkpoint (size ${a.consistent_from})` : ''}`);
  }
  for (const note of report.notes) lines.push(`  note: ${note}`);
  for (const problem of report.problems) lines.push(`${problem.kind.toUpperCase()} ${problem.file}: ${problem.message}`);
  lines.push(report.ok ? 'VERIFY_OK' : `VERIFY_FAILED: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

export default command;
