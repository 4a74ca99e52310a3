import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/govpages.mjs', import.meta.url));

/**
 * Startup cost of the installed CLI: `govpages --version` (the bin, the version check and the
 * compiled lib/cli/main.js with what it imports) against a bare `node -e 0` on the same Node
 * binary. The two alternate run by run so that the machine's load hits both alike; the medians are
 * compared. lib/ must be built (`npm run bench` runs `npm run build:js` first).
 */
export function runStartupBench(runs = 30): Record<string, unknown> {
  if (!existsSync(new URL('../../lib/cli/main.js', import.meta.url))) throw new Error('lib/ is not built: run npm run build:js');
  // The bench itself runs under tsx; the children must not inherit its loader or the tests' switch.
  const env = { ...process.env, NODE_OPTIONS: '', GOVPAGES_FROM_SOURCE: '' };
  const time = (args: string[], extraEnv: Record<string, string> = {}): number => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return ms;
  };
  time(['-e', '0']);
  time([BIN, '--version']);
  const bare: number[] = [];
  const cli: number[] = [];
  // For comparison, not the goal: the same command from src/ through Node's type stripping (how a
  // checkout without lib/, and the GitHub Action, run it).
  const source: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    cli.push(time([BIN, '--version']));
    source.push(time([BIN, '--version'], { GOVPAGES_FROM_SOURCE: '1' }));
  }
  const bareMs = median(bare);
  const cliMs = median(cli);
  const ratio = cliMs / bareMs;
  return {
    node: process.version,
    runs,
    bare_node_ms: round(bareMs),
    version_ms: round(cliMs),
    ratio: round(ratio),
    from_source_ms: round(median(source)),
    from_source_ratio: round(median(source) / bareMs),
    goal_ratio: 1.5,
    within_goal: ratio <= 1.5,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(runStartupBench(Number(process.argv[2] ?? 30)), null, 2)}\n`);
}
