import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { integritySchema } from '../../src/config/integrity.ts';
import { directorySource, runIntegrity, verifyPublished } from '../../src/integrity/index.ts';
import type { OutputFile } from '../../src/model/output-file.ts';

/**
 * `govpages verify` throughput on 10,000 published artifacts (sizes 200 B to 16 KiB, spread over 100
 * directories, generated from a fixed seed) against coreutils `sha256sum` hashing the same files, in
 * the same run on the same warm page cache. Also times the build-side integrity stage.
 */
export async function runVerifyBench(options: { artifacts?: number } = {}): Promise<Record<string, number | string>> {
  const count = options.artifacts ?? 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'govpages-bench-verify-'));
  try {
    const files = generate(count);
    const bytes = files.reduce((sum, file) => sum + file.content.length, 0);

    let start = performance.now();
    const result = await runIntegrity({
      files,
      previousState: new Map(),
      env: { GOV_SIGNING_PRIVATE_KEY: Buffer.alloc(32, 1).toString('base64') },
      now: '2026-01-01T00:00:00Z',
      commit: '0'.repeat(40),
      config: integritySchema.parse({}),
    });
    const integrityMs = performance.now() - start;
    for (const file of [...files, ...result.files]) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }

    // Warm the page cache once so both tools read from memory.
    spawnSync('sh', ['-c', 'find . -type f -print0 | xargs -0 cat > /dev/null'], { cwd: dir });

    start = performance.now();
    const report = await verifyPublished(directorySource(dir), { pinnedKeys: [], archive: true });
    const verifyMs = performance.now() - start;
    if (!report.ok) throw new Error(`bench build does not verify: ${JSON.stringify(report.problems.slice(0, 3))}`);

    start = performance.now();
    const sha = spawnSync(
      'sh',
      [
        '-c',
        'find . -type f ! -path "./status/checksums*" ! -path "./archive/*" ! -name checksums-badge.json -printf "%P\\0" | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const sha256sumMs = performance.now() - start;
    if (sha.status !== 0) throw new Error(`sha256sum failed: ${sha.stderr}`);
    const sameAggregate = sha.stdout.slice(0, 64) === report.aggregate_sha256;

    const mib = bytes / 1024 / 1024;
    return {
      artifacts: count,
      total_mib: round(mib),
      integrity_stage_ms: round(integrityMs),
      verify_ms: round(verifyMs),
      verify_artifacts_per_s: Math.round((count / verifyMs) * 1000),
      verify_mib_per_s: round((mib / verifyMs) * 1000),
      sha256sum_ms: round(sha256sumMs),
      sha256sum_artifacts_per_s: Math.round((count / sha256sumMs) * 1000),
      sha256sum_mib_per_s: round((mib / sha256sumMs) * 1000),
      verify_vs_sha256sum: round(verifyMs / sha256sumMs),
      aggregate_matches_sha256sum: sameAggregate ? 'yes' : 'NO',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function generate(count: number): OutputFile[] {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: count }, (_, i) => {
    const size = 200 + (next() % (16 * 1024 - 200));
    const content = new Uint8Array(size);
    for (let j = 0; j < size; j += 4) {
      const word = next();
      content[j] = word & 0xff;
      content[j + 1] = (word >>> 8) & 0xff;
      content[j + 2] = (word >>> 16) & 0xff;
      content[j + 3] = word >>> 24;
    }
    return { path: `d${String(i % 100).padStart(2, '0')}/artifact-${String(i).padStart(5, '0')}.bin`, content };
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runVerifyBench(), null, 2));
}
