import { UsageError } from '../core/errors.ts';
import { quote } from '../core/printable.ts';
import { parseNow } from '../core/time.ts';
import { openRepository } from '../git/index.ts';

/**
 * A command's `now`, resolved here in the CLI because nothing below it may read the clock:
 * `--now` if given, else `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else the HEAD
 * commit's date with `--reproducible`, else the clock. ISO 8601 UTC with milliseconds.
 */
export async function resolveNow(options: { now?: unknown; reproducible?: boolean; repoDir: string; env: NodeJS.ProcessEnv }): Promise<string> {
  if (typeof options.now === 'string') return parseNow(options.now);
  const epoch = options.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    // 253402300799 is 9999-12-31T23:59:59Z, the last instant ISO 8601 dates can say with four digits.
    if (!/^\d+$/.test(epoch) || Number(epoch) > 253_402_300_799) {
      throw new UsageError(`SOURCE_DATE_EPOCH=${quote(epoch)} is not a number of seconds up to 253402300799 (the year 9999)`);
    }
    return parseNow(new Date(Number(epoch) * 1000).toISOString(), 'SOURCE_DATE_EPOCH');
  }
  if (options.reproducible) {
    const repo = await openRepository(options.repoDir);
    return new Date(repo.head.timestamp * 1000).toISOString();
  }
  return new Date().toISOString();
}
