import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/docs/generate.ts';
import { integritySchema } from '../../src/config/integrity.ts';
import { noteVerifierKey } from '../../src/integrity/checkpoint.ts';
import { runIntegrity } from '../../src/integrity/index.ts';
import type { OutputFile } from '../../src/model/output-file.ts';
import { pythonWithNacl, tempDir, writeBuild } from '../integrity/_support.ts';

/**
 * docs/integrity.md promises that a verifier needs nothing but the page. These tests hold it to
 * that: its worked examples are what the integrity stage really writes for the documented inputs,
 * and its "verify without govpages" recipes, copied from the page as they stand, pass against that
 * output with sha256sum, OpenSSL and Python.
 */
const PAGE = readFileSync(join(ROOT, 'docs/integrity.md'), 'utf8');
const python = pythonWithNacl();

/** The fenced blocks of the page, with their language. */
const BLOCKS = [...PAGE.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, text: match[2]! }));

function block(lang: string, contains: string): string {
  const found = BLOCKS.filter((candidate) => candidate.lang === lang && candidate.text.includes(contains));
  if (found.length !== 1) throw new Error(`docs/integrity.md: expected one \`\`\`${lang} block containing ${contains}, found ${found.length}`);
  return found[0]!.text;
}

/** The worked example: two files, signed with the seed of 32 bytes 0x01, as the page says. */
const INPUT: OutputFile[] = [
  { path: 'index.html', content: 'hello\n' },
  { path: 'status/summary.json', content: '{}\n' },
];
let dist: string;
let scratch: string;
let output: Map<string, string>;

beforeAll(async () => {
  const result = await runIntegrity({
    files: INPUT,
    previousState: new Map(),
    env: { GOV_SIGNING_PRIVATE_KEY: Buffer.alloc(32, 1).toString('base64') },
    now: '2026-03-01T12:00:00Z',
    commit: 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
    config: integritySchema.parse({ origin: 'example.org/gov/audit' }),
  });
  dist = writeBuild(tempDir('govpages-docs-dist-'), { files: result.files, input: INPUT });
  scratch = tempDir('govpages-docs-scratch-');
  output = new Map(result.files.map((file) => [file.path, String(file.content)]));
});

/** Runs a recipe from the page in `dist`, its scratch files in a private folder instead of /tmp. */
function run(command: string, args: string[], script: string) {
  const text = script.replace(/^cd dist.*$/m, '').replaceAll('/tmp/', `${scratch}/`);
  return spawnSync(command, [...args, text], { cwd: dist, encoding: 'utf8' });
}

describe('docs/integrity.md worked examples', () => {
  it('shows the real checksums.json, signature file and checkpoint', () => {
    expect(block('json', '"checksums_format_version": 1')).toBe(output.get('status/checksums.json'));
    expect(block('json', '"signature_format_version": 2')).toBe(output.get('status/checksums-signature.json'));
    expect(`${block('', 'example.org/gov/audit\n1\n')}`).toBe(output.get('archive/checkpoint'));
  });

  it('shows the real aggregate input and signed payload', () => {
    const checksums = JSON.parse(output.get('status/checksums.json')!) as { artifacts: Record<string, string>; aggregate_sha256: string; count: number };
    const lines = Object.entries(checksums.artifacts)
      .map(([path, hash]) => `${hash}  ${path}\n`)
      .join('');
    expect(block('', '  index.html\n')).toBe(lines);
    const payload = {
      aggregate_sha256: checksums.aggregate_sha256,
      artifacts: Object.entries(checksums.artifacts).map(([path, sha256]) => ({ path, sha256 })),
      count: checksums.count,
    };
    expect(block('', '"artifacts":[{"path"')).toBe(`${JSON.stringify(payload)}\n`);
  });

  it('shows the real signed-note verifier key', () => {
    const key = (output.get('status/checksums-pubkey.txt') ?? '').trim();
    expect(PAGE).toContain(`\`${noteVerifierKey('example.org/gov/audit', Buffer.from(key, 'base64'))}\``);
  });
});

describe('docs/integrity.md recipes, run as written', () => {
  it('sha256sum recomputes the aggregate', () => {
    const recipe = block('sh', 'LC_ALL=C sort');
    const result = run('bash', ['-euo', 'pipefail', '-c'], recipe);
    expect(result.stderr).toBe('');
    const printed = /^# (.+)$/m.exec(recipe)![1]!;
    expect(result.stdout.trim()).toBe(printed);
    expect(printed).toBe(`${JSON.parse(output.get('status/checksums.json')!).aggregate_sha256}  -`);
  });

  it('the key id is the sha256 of the raw public key', () => {
    expect(PAGE).toContain('`base64 -d status/checksums-pubkey.txt | sha256sum`');
    const result = spawnSync('bash', ['-c', 'base64 -d status/checksums-pubkey.txt | sha256sum'], { cwd: dist, encoding: 'utf8' });
    expect(result.stdout).toBe(`${JSON.parse(output.get('status/checksums-signature.json')!).key_id}  -\n`);
  });

  it('OpenSSL verifies the signature, then PyNaCl does', () => {
    mkdirSync(scratch, { recursive: true });
    const openssl = block('sh', 'openssl pkeyutl -verify');
    const verified = run('bash', ['-euo', 'pipefail', '-c'], openssl);
    expect(verified.stdout).toContain('Signature Verified Successfully');
    expect(verified.status).toBe(0);
    if (!python) return;
    const nacl = run(python, ['-c'], block('python', 'from nacl.signing import VerifyKey'));
    expect(nacl.stderr).toBe('');
    expect(nacl.status).toBe(0);
  });

  it('Python recomputes the Merkle root of the checkpoint', () => {
    const recipe = block('python', 'def mth(h)');
    const result = run('python3', ['-c'], recipe);
    expect(result.stderr).toBe('');
    const [, size, root] = /^[^\n]+\n(\d+)\n(\S+)\n/.exec(output.get('archive/checkpoint')!)!;
    expect(result.stdout.trim()).toBe(`${size} ${root}`);
  });
});
