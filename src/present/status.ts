import { compareStrings } from '../core/compare.ts';
import type { CheckStatus } from '../model/status-model.ts';

/** How a status reads on the page: words and symbol, never colour alone (colour-blind readers). */
export const STATUS_PRESENTATION: Record<CheckStatus, { label: string; symbol: string; tone: 'good' | 'warn' | 'bad' }> = {
  pass: { label: 'Passing', symbol: '✓', tone: 'good' },
  warn: { label: 'Warning', symbol: '!', tone: 'warn' },
  fail: { label: 'Failing', symbol: '✗', tone: 'bad' },
};

/** Any status string from a section (`ok`, `warn`, `fail`, `pass`, ...) mapped to a tone. */
export function toneOf(status: string | null | undefined): 'good' | 'warn' | 'bad' | 'neutral' {
  switch ((status ?? '').toLowerCase()) {
    case 'pass':
    case 'ok':
    case 'passing':
    case 'valid':
    case 'verified':
    case 'allow':
      return 'good';
    case 'warn':
    case 'warning':
    case 'caution':
    case 'unsigned':
      return 'warn';
    case 'fail':
    case 'failing':
    case 'error':
    case 'invalid':
    case 'reject':
      return 'bad';
    default:
      return 'neutral';
  }
}

/** Checks with failures first, then warnings, then passes; stable by id within each. */
export function sortChecks<T extends { id: string; status: CheckStatus }>(checks: readonly T[]): T[] {
  const rank: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2 };
  return [...checks].sort((a, b) => rank[a.status] - rank[b.status] || compareStrings(a.id, b.id));
}
