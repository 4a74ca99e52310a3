import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.ts';
import { DAY_MS, HOUR_MS } from '../core/time.ts';
import { createRepositoryFromCommits, type ImportedCommit, STATE_AUTHOR, STATE_MARKER_CONTENT, STATE_MARKER_FILE } from '../git/index.ts';
import { EVIDENCE_KINDS } from '../model/kinds.ts';
import { gatesDemoState } from './gates.ts';
import { DEMO_KINDS } from './kinds.ts';
import type { DemoStep } from './step.ts';

/** Day 0 of the demo history; the last steps fall about 180 days later (2026-11-20). */
export const DEMO_START = '2026-05-24T00:00:00Z';

const IDENTITY = 'Demo Platform Team <platform@example.com>';

const DEMO_TITLE = 'Demo platform governance';

/** The demo's `govpages.config.json`: every kind's source fragment merged. */
export function demoConfig(): Record<string, unknown> {
  const sources: Record<string, unknown> = {};
  for (const kind of EVIDENCE_KINDS) Object.assign(sources, DEMO_KINDS[kind.id].sources);
  return {
    site: { title: DEMO_TITLE, base: '/' },
    sources,
    thresholds: { deprecation_max_days: 30 },
  };
}

/** Every step of every kind plus the repository's own first commit, in commit order. */
export function demoSteps(): DemoStep[] {
  const first: DemoStep = {
    day: 0,
    hour: 9,
    message: 'Start the governance repository',
    files: {
      'README.md': readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8'),
      'govpages.config.json': `${JSON.stringify(demoConfig(), null, 2)}\n`,
    },
  };
  const steps = EVIDENCE_KINDS.flatMap((kind) => DEMO_KINDS[kind.id].steps(DEMO_START));
  // A stable sort keeps each kind's own order for steps at the same hour.
  return [first, ...steps].sort((a, b) => a.day - b.day || (a.hour ?? 12) - (b.hour ?? 12));
}

/**
 * Creates the demo governance repository in `dir` (which must not exist or be empty): one
 * `git fast-import` stream with every backdated commit, then a checkout of the work tree.
 * `replace`: a previous demo repository there is removed first; anything else is refused.
 */
export function createDemoRepository(dir: string, options: { replace?: boolean } = {}): { dir: string; commits: number; head: string } {
  const target = resolve(dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    if (!options.replace) {
      throw new InputError('the demo directory exists and is not empty (expected a new or empty directory; --force replaces a previous demo)', {
        file: target,
      });
    }
    if (!isDemoRepository(target)) {
      throw new InputError(
        'is not a demo repository made by govpages demo, and --force replaces only those (expected a new, empty or demo folder); nothing was changed',
        {
          file: target,
        },
      );
    }
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  const steps = demoSteps();
  const seconds = (step: DemoStep) => Math.floor((Date.parse(DEMO_START) + step.day * DAY_MS + (step.hour ?? 12) * HOUR_MS) / 1000);
  const last = steps[steps.length - 1]!;
  const commits: ImportedCommit[] = steps.map((step) => ({
    branch: 'main',
    author: IDENTITY,
    committer: IDENTITY,
    seconds: seconds(step),
    message: step.message,
    files: step.files,
  }));
  // The state branch starts with a month of probe results, as `govpages probe` would have recorded
  // them (the demo never sends a request).
  commits.push({
    branch: 'govpages-state',
    committer: `${STATE_AUTHOR.name} <${STATE_AUTHOR.email}>`,
    seconds: seconds(last),
    message: 'govpages probe: demo history',
    files: { ...gatesDemoState(DEMO_START, last.day), [STATE_MARKER_FILE]: STATE_MARKER_CONTENT },
  });
  const head = createRepositoryFromCommits(target, commits, 'main');
  return { dir: target, commits: steps.length, head };
}

/** A git repository whose committed config is the demo's (what --force may replace). */
function isDemoRepository(dir: string): boolean {
  if (!existsSync(join(dir, '.git'))) return false;
  try {
    const config = JSON.parse(readFileSync(join(dir, 'govpages.config.json'), 'utf8')) as { site?: { title?: unknown } };
    return config.site?.title === DEMO_TITLE;
  } catch {
    return false;
  }
}
