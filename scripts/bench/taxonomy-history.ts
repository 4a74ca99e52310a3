import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../src/config/schema.ts';
import { fileHistory, listFileVersions, openRepository, openSnapshot, readBlobs } from '../../src/git/index.ts';
import { taxonomyKind } from '../../src/pipeline/kinds/taxonomy.ts';

/**
 * Benchmark of the alert-taxonomy history path: a synthetic repository with `commits` versions of
 * a taxonomy of about `alerts` alerts, read through `src/git/` and, as the floor, by a bare
 * `git cat-file --batch` over the same blobs; then the whole taxonomy kind (read + parse + metrics).
 */
export interface TaxonomyBenchOptions {
  commits: number;
  alerts: number;
  dir: string;
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const START = Date.parse('2025-01-01T00:00:00Z') / 1000;

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same history. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function alert(id: number, severity: string) {
  return {
    name: `SyntheticAlert${String(id).padStart(5, '0')}`,
    group: `group-${id % 40}`,
    severity,
    scope: ['service', 'platform', 'infrastructure', 'internal'][id % 4],
    category: ['availability', 'latency', 'errors', 'saturation'][id % 4],
    description: `Synthetic alert ${id}: fires when the synthetic signal ${id} stays above its threshold for ten minutes.`,
    runbook: `https://runbooks.example.com/synthetic/${id}`,
    for: '10m',
    deprecated: false,
  };
}

/** Writes the history with one `git fast-import` process, streaming so memory stays small. */
export async function generateTaxonomyHistory(options: TaxonomyBenchOptions): Promise<void> {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const run = (args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn('git', args, { cwd: options.dir, stdio: 'ignore' });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited ${code}`))));
    });
  await run(['init', '--quiet', '--initial-branch=main']);
  const importer = spawn('git', ['fast-import', '--quiet'], { cwd: options.dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    importer.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))),
  );
  const write = async (chunk: string | Buffer) => {
    if (!importer.stdin.write(chunk)) await new Promise((resolve) => importer.stdin.once('drain', resolve));
  };
  const next = random(42);
  const alerts = new Map<number, { severity: string }>();
  let nextId = 0;
  for (; nextId < options.alerts; nextId++) alerts.set(nextId, { severity: SEVERITIES[nextId % 4]! });
  writeFileSync(join(options.dir, '.keep'), '');
  for (let commit = 0; commit < options.commits; commit++) {
    if (commit > 0) {
      // 1-3 changes a commit: an alert added, one removed, or a severity changed.
      const changes = 1 + Math.floor(next() * 3);
      for (let i = 0; i < changes; i++) {
        const roll = next();
        const ids = [...alerts.keys()];
        const victim = ids[Math.floor(next() * ids.length)]!;
        if (roll < 0.35) alerts.set(nextId++, { severity: SEVERITIES[Math.floor(next() * 4)]! });
        else if (roll < 0.7 && alerts.size > options.alerts * 0.9) alerts.delete(victim);
        else {
          // A different severity, so every commit really changes the file.
          const current = SEVERITIES.indexOf(alerts.get(victim)!.severity as (typeof SEVERITIES)[number]);
          alerts.set(victim, { severity: SEVERITIES[(current + 1 + Math.floor(next() * 3)) % 4]! });
        }
      }
    }
    const body = Buffer.from(`{"version":1,"alerts":[\n${[...alerts].map(([id, a]) => JSON.stringify(alert(id, a.severity))).join(',\n')}\n]}\n`);
    const seconds = START + commit * 3600;
    const message = `change ${commit}`;
    await write(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${seconds} +0000\ndata ${message.length}\n${message}\n`);
    await write(`M 100644 inline alerts_taxonomy.json\ndata ${body.length}\n`);
    await write(body);
    await write('\n');
  }
  importer.stdin.end();
  await done;
  await run(['checkout', '--quiet', '--force', 'main']);
  writeFileSync(join(options.dir, '.bench-complete'), `${options.commits} ${options.alerts}\n`);
}

async function catFileFloor(root: string, ids: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    child.on('close', (code) => (code === 0 ? resolve(bytes) : reject(new Error(`cat-file exited ${code}`))));
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

export async function runTaxonomyBench(options: TaxonomyBenchOptions): Promise<Record<string, number | string>> {
  const marker = join(options.dir, '.bench-complete');
  let generateMs = 0;
  if (!existsSync(marker)) {
    const start = performance.now();
    await generateTaxonomyHistory(options);
    generateMs = performance.now() - start;
  }
  const repo = await openRepository(options.dir);

  // A 3 GB stream is at the mercy of the page cache and of whatever else runs: each of the three
  // reads runs twice, interleaved, and the best run counts.
  const ids = (await listFileVersions(repo, 'alerts_taxonomy.json')).map((version) => version.blob!).filter(Boolean);
  let versions = 0;
  let bytes = 0;
  let floorBytes = 0;
  const best = { read: Infinity, floor: Infinity, blobs: Infinity };
  for (let round = 0; round < 2; round++) {
    let start = performance.now();
    versions = 0;
    bytes = 0;
    for await (const version of fileHistory(repo, 'alerts_taxonomy.json')) {
      versions++;
      bytes += version.content.length;
    }
    best.read = Math.min(best.read, performance.now() - start);

    start = performance.now();
    floorBytes = await catFileFloor(repo.root, ids);
    best.floor = Math.min(best.floor, performance.now() - start);

    // Blob-only read through readBlobs, to separate the `git log` listing cost from the blob stream.
    start = performance.now();
    for await (const blob of readBlobs(repo.root, ids)) void blob;
    best.blobs = Math.min(best.blobs, performance.now() - start);
  }
  const readMs = best.read;
  const floorMs = best.floor;
  const blobsMs = best.blobs;

  const config = configSchema.parse({ sources: { taxonomy: {} } });
  const now = new Date((START + options.commits * 3600) * 1000).toISOString();
  const start = performance.now();
  const result = await taxonomyKind.collect({ config, repo, snapshot: await openSnapshot(repo), now, previousState: new Map(), env: {}, progress: () => {} });
  const collectMs = performance.now() - start;

  return {
    commits: versions,
    alerts_at_head: result.section.figures.total,
    history_bytes: bytes,
    generate_ms: Math.round(generateMs),
    history_read_ms: Math.round(readMs),
    blob_stream_ms: Math.round(blobsMs),
    cat_file_floor_ms: Math.round(floorMs),
    cat_file_floor_bytes: floorBytes,
    read_vs_floor_ratio: Math.round((readMs / floorMs) * 100) / 100,
    taxonomy_kind_ms: Math.round(collectMs),
    metrics_ms: Math.round(collectMs - readMs),
    changelog_entries: result.section.changelog.length,
    daily_snapshots: result.section.history.length,
  };
}
