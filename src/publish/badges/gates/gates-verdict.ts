import type { BadgeDefinition } from '../../../model/badge.ts';
import type { Verdict } from '../../../model/gates.ts';

/** The seeds' words: ALLOW / REJECT (seed 001), with seed 000's CAUTION for warnings-only. */
const MESSAGES = {
  APPROVED: { message: 'ALLOW', color: 'brightgreen' },
  CAUTION: { message: 'CAUTION', color: 'yellow' },
  BLOCKED: { message: 'REJECT', color: 'red' },
} as const;

export const gatesVerdictBadge: BadgeDefinition<Verdict | null> = {
  file: 'badge-gates-verdict.json',
  label: 'deploy gates',
  render(verdict) {
    if (!verdict) return { message: 'no runs', color: 'lightgrey' };
    return { ...MESSAGES[verdict.suite_verdict] };
  },
  docs: {
    message: '`ALLOW`, `CAUTION`, `REJECT`; `no runs`',
    figure: 'current.suite_verdict',
    computedIn: 'src/metrics/gates/verdict.ts',
    colors: [
      { when: 'no runs', color: 'lightgrey' },
      ...Object.entries(MESSAGES).map(([verdict, { message, color }]) => ({ when: message === verdict ? message : `${message} (${verdict})`, color })),
    ],
  },
};
