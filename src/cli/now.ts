import { UsageError } from '../errors.ts';
import { openRepository } from '../git/index.ts';

/**
 * The build's `now`, resolved here in the CLI because nothing below it may read the clock:
 * `--now` if given, else `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else the HEAD
 * commit's date with `--reproducible`, else the clock.
 */
export async function resolveNow(options: { now?: string; reproducible?: boolean; repoDir: string; env: NodeJS.ProcessEnv }): Promise<string> {
  if (options.now !== undefined) {
    const time = Date.parse(options.now);
    if (Number.isNaN(time)) throw new UsageError(`--now "${options.now}" is not a date (expected ISO 8601, e.g. 2026-01-31T12:00:00Z)`);
    return new Date(time).toISOString();
  }
  const epoch = options.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds`);
    return new Date(Number(epoch) * 1000).toISOString();
  }
  if (options.reproducible) {
    const repo = await openRepository(options.repoDir);
    return new Date(repo.head.timestamp * 1000).toISOString();
  }
  return new Date().toISOString();
}
