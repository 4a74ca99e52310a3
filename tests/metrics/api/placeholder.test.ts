import { describe, expect, it } from 'vitest';
import { evaluatePlaceholder } from '../../../src/metrics/api/index.ts';

describe('evaluatePlaceholder', () => {
  // alert at streak >= threshold (0 disables); fail when streak > max runs (0 disables).
  const cases = [
    { streak: 0, alertAt: 5, max: 0, alert: false, exceeded: false, status: 'pass' },
    { streak: 1, alertAt: 5, max: 0, alert: false, exceeded: false, status: 'warn' },
    { streak: 4, alertAt: 5, max: 0, alert: false, exceeded: false, status: 'warn' },
    { streak: 5, alertAt: 5, max: 0, alert: true, exceeded: false, status: 'warn' },
    { streak: 9, alertAt: 0, max: 0, alert: false, exceeded: false, status: 'warn' },
    { streak: 3, alertAt: 5, max: 3, alert: false, exceeded: false, status: 'warn' },
    { streak: 4, alertAt: 5, max: 3, alert: false, exceeded: true, status: 'fail' },
    { streak: 0, alertAt: 1, max: 1, alert: false, exceeded: false, status: 'pass' },
    { streak: 1, alertAt: 1, max: 1, alert: true, exceeded: false, status: 'warn' },
    { streak: 2, alertAt: 1, max: 1, alert: true, exceeded: true, status: 'fail' },
  ] as const;
  for (const c of cases) {
    it(`streak ${c.streak}, alert at ${c.alertAt}, max ${c.max}`, () => {
      expect(evaluatePlaceholder(c.streak, { placeholder_streak_alert_threshold: c.alertAt, placeholder_max_runs: c.max })).toEqual({
        streak: c.streak,
        alert: c.alert,
        exceeded: c.exceeded,
        status: c.status,
      });
    });
  }
});
