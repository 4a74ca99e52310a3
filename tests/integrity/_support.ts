import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { afterAll } from 'vitest';
import { type IntegrityConfig, integritySchema } from '../../src/config/integrity.ts';
import type { StateFiles } from '../../src/git/index.ts';
import { type IntegrityResult, runIntegrity } from '../../src/integrity/index.ts';
import type { OutputFile } from '../../src/model/output-file.ts';

/** Two fixed signing seeds (base64 of 32 bytes); fixed so failures reproduce. */
export const SEED_A = Buffer.from(Array.from({ length: 32 }, (_, i) => i + 1)).toString('base64');
export const SEED_B = Buffer.from(Array.from({ length: 32 }, (_, i) => 200 - i)).toString('base64');

export function sampleFiles(): OutputFile[] {
  return [
    { path: 'index.html', content: '<!doctype html><title>Governance status</title>\n' },
    { path: 'badge-alerts-total.json', content: '{"schemaVersion":1,"label":"alerts","message":"12","color":"blue"}\n' },
    { path: 'status/governance-summary.json', content: '{\n  "semver_policy_status": "pass"\n}\n' },
    { path: 'taxonomy/index.html', content: '<p>taxonomy</p>\n' },
    { path: 'social.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]) },
  ];
}

const created: string[] = [];
// Each test file gets its own copy of this module (vitest isolates files), so this runs per file.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the test file. */
export function tempDir(prefix = 'govpages-integrity-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export interface BuildOptions {
  files?: OutputFile[];
  seed?: string | null;
  config?: Partial<IntegrityConfig>;
  previousState?: StateFiles;
  now?: string;
  commit?: string;
}

export async function build(options: BuildOptions = {}): Promise<IntegrityResult & { input: OutputFile[] }> {
  const files = options.files ?? sampleFiles();
  const env: NodeJS.ProcessEnv = options.seed === null ? {} : { GOV_SIGNING_PRIVATE_KEY: options.seed ?? SEED_A };
  const result = await runIntegrity({
    files,
    previousState: options.previousState ?? new Map(),
    env,
    now: options.now ?? '2026-03-01T12:00:00Z',
    commit: options.commit ?? '1111111111111111111111111111111111111111',
    config: integritySchema.parse({ origin: 'example.org/gov/audit', ...options.config }),
  });
  return { ...result, input: files };
}

/** Writes a build's files (inputs plus integrity outputs) into `dir`. */
export function writeBuild(dir: string, result: { files: OutputFile[]; input: OutputFile[] }): string {
  for (const file of [...result.input, ...result.files]) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return dir;
}

export async function buildDir(options: BuildOptions = {}): Promise<{ dir: string; result: IntegrityResult & { input: OutputFile[] } }> {
  const result = await build(options);
  return { dir: writeBuild(tempDir(), result), result };
}

/** A static file server on 127.0.0.1 serving `root`, for URL verification tests. */
export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Python 3 with PyNaCl (Debian's python3-nacl lives in /usr/bin's site-packages). */
export function pythonWithNacl(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(candidate, ['-c', 'import nacl.signing'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  // CI installs python3-nacl (.ci/run): there, a missing verifier is a failure, not a skip.
  if (process.env.CI) throw new Error('PyNaCl is not installed (apt-get install python3-nacl): the interoperability tests need it');
  return null;
}
