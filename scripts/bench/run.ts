import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSiteBench } from './site.ts';
import { runTaxonomyBench } from './taxonomy-history.ts';

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

await section('taxonomy_history', () =>
  runTaxonomyBench({
    commits: quick ? 200 : 5000,
    alerts: quick ? 200 : 2000,
    dir: join(out, quick ? 'taxonomy-repo-quick' : 'taxonomy-repo'),
  }),
);

// The demo's dist/ when it has been built (npm run demo), else the fixture model.
await section('site', () => runSiteBench(process.env.BENCH_SITE_DIST));

results.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
