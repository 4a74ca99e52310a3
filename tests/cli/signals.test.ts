import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchRepo, tempDir } from '../helpers/git.ts';

const BIN = fileURLToPath(new URL('../../bin/govpages.mjs', import.meta.url));
const TAXONOMY = JSON.stringify({
  alerts: [{ name: 'DiskFull', group: 'node', severity: 'high', scope: 'infrastructure', category: 'capacity', description: 'Disk almost full.' }],
});

describe('an interrupted build', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'on %s exits %i and leaves no staging folder behind',
    async (signal, code) => {
      const repo = scratchRepo();
      repo.write('alerts_taxonomy.json', TAXONOMY);
      repo.commit('taxonomy', '2026-02-01T00:00:00Z');
      const parent = tempDir();
      const child = spawn(process.execPath, [BIN, 'build', '--repo', repo.dir, '--out', join(parent, 'dist'), '--now', '2026-03-01T00:00:00Z', '--no-state'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      // Wait until the build is writing into its staging folder, then interrupt it.
      const deadline = Date.now() + 60_000;
      while (!readdirSync(parent).some((name) => name.startsWith('.dist.staging-')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(readdirSync(parent).some((name) => name.startsWith('.dist.staging-'))).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(parent)).toEqual([]);
    },
    90_000,
  );
});
