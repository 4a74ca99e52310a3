import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildDir, SEED_A, SEED_B, serveDirectory, tempDir } from '../integrity/_support.ts';

async function run(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd });
  return { code, stdout, stderr };
}

describe('govpages verify', () => {
  it('prints VERIFY_OK and exits 0 for an untouched build, with the key pinned as base64 or PEM file', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    const pub = readFileSync(join(dir, 'status/checksums-pubkey.txt'), 'utf8').trim();
    const pem = join(tempDir(), 'pinned.pem');
    writeFileSync(pem, readFileSync(join(dir, 'status/checksums-pubkey.pem')));
    for (const pin of [pub, pem]) {
      const result = await run(['verify', dir, '--pubkey', pin, '--archive']);
      expect(result.code).toBe(0);
      expect(result.stdout.trim().split('\n').at(-1)).toBe('VERIFY_OK');
      expect(result.stdout).toContain('pinned');
    }
  });

  it('exits 1 naming every changed, missing and extra file, and the failed signature', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    writeFileSync(join(dir, 'index.html'), 'changed');
    writeFileSync(join(dir, 'status/governance-summary.json'), '{}');
    writeFileSync(join(dir, 'extra.txt'), 'x');
    const checksums = join(dir, 'status/checksums.json');
    writeFileSync(checksums, readFileSync(checksums, 'utf8').replace('"social.png"', '"sociaL.png"'));
    const result = await run(['verify', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    for (const line of [
      'CHANGED index.html',
      'CHANGED status/governance-summary.json',
      'EXTRA extra.txt',
      'EXTRA social.png',
      'MISSING sociaL.png',
      'SIGNATURE status/checksums-signature.json',
      'INVALID status/checksums.json',
    ]) {
      expect(result.stderr).toContain(line);
    }
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^VERIFY_FAILED: \d+ problems$/);
  });

  it('--json reports the same findings for machines', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    writeFileSync(join(dir, 'index.html'), 'changed');
    const result = await run(['verify', dir, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; kind: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ file: 'index.html', kind: 'changed' })]);
  });

  it('a wrong pinned key exits 1', async () => {
    const { dir } = await buildDir({ seed: SEED_A });
    const other = await buildDir({ seed: SEED_B });
    const result = await run(['verify', dir, '--pubkey', join(other.dir, 'status/checksums-pubkey.pem')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a pinned key/);
  });

  it('--checkpoint detects a rewritten archive', async () => {
    const first = await buildDir({ commit: '1'.repeat(40), now: '2026-03-01T00:00:00Z' });
    const old = join(tempDir(), 'checkpoint');
    writeFileSync(old, readFileSync(join(first.dir, 'archive/checkpoint')));
    const second = await buildDir({ commit: '2'.repeat(40), previousState: new Map(Object.entries(first.result.state)) });
    expect((await run(['verify', second.dir, '--checkpoint', old])).code).toBe(0);
    // Rewrite history: a log starting from a different first entry, properly re-signed.
    const forgedFirst = await buildDir({ commit: '1'.repeat(40), now: '2025-12-31T00:00:00Z' });
    const forged = await buildDir({ commit: '2'.repeat(40), previousState: new Map(Object.entries(forgedFirst.result.state)) });
    const result = await run(['verify', forged.dir, '--checkpoint', old]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ARCHIVE archive\/log\.jsonl: .*rewritten/);
  });

  it('verifies a URL on 127.0.0.1', async () => {
    const { dir } = await buildDir();
    const server = await serveDirectory(dir);
    try {
      const result = await run(['verify', server.url, '--archive', '--timeout', '5']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('VERIFY_OK');
    } finally {
      await server.close();
    }
  });

  it.each([
    [['verify'], /one DIR or URL/],
    [['verify', '/nonexistent/govpages-dist'], /not a directory/],
    [['verify', '.', '--pubkey', 'not-a-key'], /Ed25519 public key/],
    [['verify', '.', '--timeout', '0'], /--timeout takes a number of seconds above 0 and at most 86400/],
    [['verify', '.', '--total-timeout', 'soon'], /--total-timeout takes a number of seconds/],
    [['verify', '.', '--total-timeout', '1e9'], /at most 86400/],
    [['verify', '.', '--checkpoint', '/nonexistent/cp'], /not found/],
  ])('bad usage or input exits 2: %j', async (args, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
