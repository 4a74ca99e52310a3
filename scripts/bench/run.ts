import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runOpenApiDiffBench } from './openapi-diff.ts';
import { runPortsBench } from './ports.ts';
import { runSiteBench } from './site.ts';
import { runStartupBench } from './startup.ts';
import { runTaxonomyBench } from './taxonomy-history.ts';
import { runVerifyBench } from './verify.ts';

/**
 * `npm run bench`: every benchmark in one run, printed as it goes and written as one JSON document
 * to bench-out/bench.json. Sizes are arguments (defaults are the issues' sizes); set
 * BENCH_QUICK=1 for a small smoke run.
 */
const quick = process.env.BENCH_QUICK === '1';
const out = resolve(process.env.BENCH_OUT ?? 'bench-out');
mkdirSync(out, { recursive: true });

const results: Record<string, unknown> = {
  machine: { node: process.version, platform: process.platform, arch: process.arch, cpus: (await import('node:os')).cpus().length },
  quick,
};

async function section(name: string, run: () => Promise<Record<string, unknown>>) {
  process.stderr.write(`bench: ${name} ...\n`);
  const start = performance.now();
  try {
    results[name] = { ...(await run()), wall_ms: Math.round(performance.now() - start) };
  } catch (error) {
    results[name] = { error: (error as Error).message };
  }
  process.stderr.write(`bench: ${name}: ${JSON.stringify(results[name])}\n`);
}

// First, while nothing else has warmed or loaded the machine: the CLI's start against a bare node.
await section('startup', async () => runStartupBench(quick ? 10 : 30));

await section('taxonomy_history', () =>
  runTaxonomyBench({
    commits: quick ? 200 : 5000,
    alerts: quick ? 200 : 2000,
    dir: join(out, quick ? 'taxonomy-repo-quick' : 'taxonomy-repo'),
  }),
);

await section('openapi_diff', () => (quick ? runOpenApiDiffBench(50, 10) : runOpenApiDiffBench()));
await section('verify', () => runVerifyBench({ artifacts: quick ? 500 : 10_000 }));
await section('ports', async () => runPortsBench(quick ? [200, 800, 3200] : [2000, 8000, 32000]));
await section('site', async () => {
  // The demo build's model and pages: built here so the figures describe the real demo site.
  const { createDemoRepository } = await import('../../src/demo/index.ts');
  const { build } = await import('../../src/pipeline/build.ts');
  const { rmSync } = await import('node:fs');
  const demo = join(out, 'demo-repo');
  rmSync(demo, { recursive: true, force: true });
  createDemoRepository(demo);
  const dist = join(out, 'demo-dist');
  const start = performance.now();
  await build({ repoDir: demo, outDir: dist, now: '2026-11-21T00:00:00Z', env: {}, writeState: false });
  const buildMs = Math.round(performance.now() - start);
  return { demo_full_build_ms: buildMs, ...(await runSiteBench(dist)) };
});

results.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
