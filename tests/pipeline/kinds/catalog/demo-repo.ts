import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DemoStep } from '../../../../src/demo/step.ts';

const START = Date.parse('2026-01-01T00:00:00Z');

/** A git repository under os.tmpdir() with `steps` committed in order at their backdated times. */
export function repositoryFromSteps(steps: DemoStep[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'govpages-catalog-'));
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'demo',
        GIT_AUTHOR_EMAIL: 'demo@example.com',
        GIT_COMMITTER_NAME: 'demo',
        GIT_COMMITTER_EMAIL: 'demo@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  git(['init', '-q', '-b', 'main']);
  const ordered = [...steps].sort((a, b) => a.day - b.day || (a.hour ?? 12) - (b.hour ?? 12));
  ordered.forEach((step, index) => {
    const files = index === 0 ? { ...extra, ...step.files } : step.files;
    for (const [path, content] of Object.entries(files)) {
      const file = join(dir, path);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    const date = new Date(START + (step.day * 24 + (step.hour ?? 12)) * 3600_000).toISOString();
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', step.message], date);
  });
  return dir;
}

export function gitOutput(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir }).toString().trim();
}
