import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FoundBadge, findBadges } from '../../scripts/docs/badges.ts';
import { ROOT } from '../../scripts/docs/generate.ts';
import type { BadgeColorRule, BadgeScaleUnit } from '../../src/model/badge.ts';

/**
 * The manual's badge table is generated from each badge's `docs`; these tests hold `docs` to what
 * `render` does: every colour rule is rendered from figures that meet it, and every step of a scale
 * at the boundary (just below, at). A new badge needs a row here: one sample per colour rule, in
 * the rule's order (`value` is in the rule's unit; rules without a scale ignore it).
 */
type Sample = (value: number) => unknown;
const SAMPLES: Record<string, Sample[]> = {
  'badge-taxonomy.json': [() => ({ last_change_date: null }), () => ({ last_change_date: '2026-01-01T00:00:00.000Z' })],
  'badge-alerts-total.json': [() => ({ total: 17 })],
  'badge-alerts-deprecated.json': [(v) => ({ deprecated_ratio: v })],
  'badge-alerts-churn.json': [(v) => ({ churn: v })],
  'badge-alerts-risk-churn.json': [(v) => ({ risk_churn: v })],
  'badge-alerts-stability.json': [(v) => ({ stability: v })],
  'badge-alerts-risk-stability.json': [(v) => ({ risk_stability: v })],
  'badge-runbook-completeness.json': [(v) => ({ runbook_completeness_percent: v, runbook_min_percent: 90 })],
  'badge-taxonomy-age.json': [() => ({ days_since_change: null }), (v) => ({ days_since_change: v })],
  'badge-api-stability.json': [() => ({ window_total_count: 0, window_stability_ratio: 0 }), (v) => ({ window_total_count: 5, window_stability_ratio: v })],
  'placeholder-streak-badge.json': [(v) => ({ placeholder_streak: v })],
  'governance-summary-badge.json': [
    (v) => ({ placeholder: true, placeholder_streak: v, stability_ratio: 1 }),
    (v) => ({ placeholder: false, placeholder_streak: 0, stability_ratio: v }),
  ],
  // The worse of two colours: each rule is rendered with the other part at its best.
  'governance-combined-badge.json': [
    (v) => ({ stability_ratio: v, semver_policy_status: 'ok' }),
    () => ({ stability_ratio: 1, semver_policy_status: 'ok' }),
    () => ({ stability_ratio: 1, semver_policy_status: 'warn' }),
    () => ({ stability_ratio: 1, semver_policy_status: 'fail' }),
  ],
  'payload-version-badge.json': [() => ({ version: 1 })],
  'badge-catalog-compliance.json': [() => ({ total: 0, compliant: 0, compliant_ratio: 1 }), (v) => ({ total: 10, compliant: 5, compliant_ratio: v })],
  'badge-catalog-degraded.json': [(v) => ({ compliance_degraded: v })],
  'badge-gates-verdict.json': [() => null, () => ({ suite_verdict: 'APPROVED' }), () => ({ suite_verdict: 'CAUTION' }), () => ({ suite_verdict: 'BLOCKED' })],
  'badge-gates-pass-rate.json': [() => ({ ratio: null, passed: 0, total: 0 }), (v) => ({ ratio: v / 100, passed: 1, total: 1 })],
  'badge-gates-layer-coverage.json': [(v) => ({ ratio: v / 100, covered_count: 1, total: 14 })],
  'badge-gates-false-positives.json': [() => ({ rate: null, count: 0, allow_runs: 0 }), (v) => ({ rate: v / 100, count: 1, allow_runs: 10 })],
  'badge-probe-<name>-uptime.json': [() => null, (v) => v],
  'badge-probe-<name>-response-time.json': [() => null, () => 0, (v) => v],
  'badge-incidents-mttr.json': [() => null, (v) => v],
  'badge-incidents-days-since.json': [() => ({ days: 3, open: 1 }), () => ({ days: null, open: 0 }), (v) => ({ days: v, open: 0 })],
  'badge-ports-conflicts.json': [(v) => ({ conflicts: v })],
  'badge-ports-registry.json': [
    () => ({ host_ports: 6, errors: 1, warnings: 1 }),
    () => ({ host_ports: 6, errors: 0, warnings: 1 }),
    () => ({ host_ports: 6, errors: 0, warnings: 0 }),
  ],
  'checksums-badge.json': [() => ({ aggregate_sha256: 'ab'.repeat(32), signed: true }), () => ({ aggregate_sha256: 'ab'.repeat(32), signed: false })],
};

/** The smallest change of the shown value in each unit: a step's "just below". */
const EPSILON: Record<BadgeScaleUnit, number> = { ratio: 0.001, percent: 0.1, count: 1, days: 1, minutes: 1, ms: 1 };

/** Each value a rule claims a colour for: [value, expected colour, what the manual says]. */
function boundaries(rule: BadgeColorRule): [number, string, string][] {
  if ('steps' in rule) {
    const steps = rule.steps.map((step) => (typeof step === 'number' ? step : step.default));
    return steps.flatMap((step, i): [number, string, string][] => {
      // Number.MIN_VALUE as a step means "above zero".
      const [below, at] = step === Number.MIN_VALUE ? [0, 1e-6] : [step - EPSILON[rule.unit], step];
      return [
        [below, rule.colors[i]!, `below step ${i} (${step})`],
        [at, rule.colors[i + 1]!, `at step ${i} (${step})`],
      ];
    });
  }
  if ('above' in rule) {
    return rule.above.flatMap(({ above, color }, i): [number, string, string][] => [
      [above, rule.above[i + 1]?.color ?? rule.otherwise, `at ${above} (not above it)`],
      [above + EPSILON[rule.unit], color, `above ${above}`],
    ]);
  }
  return [[0, rule.color, rule.when ?? 'always']];
}

let badges: FoundBadge[];
beforeAll(async () => {
  badges = await findBadges(ROOT);
});

describe('badge documentation', () => {
  it('finds every badge, each documented and with samples here', () => {
    expect(badges.length).toBeGreaterThanOrEqual(27);
    for (const { definition } of badges) {
      expect(definition.docs, `${definition.file} has no docs`).toBeDefined();
      expect(SAMPLES[definition.file], `${definition.file} has no row in SAMPLES`).toHaveLength(definition.docs!.colors.length);
    }
    expect(Object.keys(SAMPLES).sort()).toEqual(badges.map((badge) => badge.definition.file).sort());
  });

  it('names files that exist as where each figure is computed', () => {
    for (const { definition } of badges) {
      const paths = [definition.docs!.computedIn].flat();
      for (const path of paths) expect(existsSync(join(ROOT, path)), `${definition.file}: ${path}`).toBe(true);
    }
  });

  it('links the churn badge to the taxonomy metrics in one hop', () => {
    const churn = badges.find((badge) => badge.definition.file === 'badge-alerts-churn.json')!;
    expect(churn.kind).toBe('taxonomy');
    expect(churn.definition.docs!.computedIn).toMatch(/^src\/metrics\/taxonomy\/.+\.ts$/);
  });

  it('documents the colours render() gives, at every boundary', () => {
    const wrong: string[] = [];
    for (const { definition } of badges) {
      definition.docs!.colors.forEach((rule, index) => {
        const sample = SAMPLES[definition.file]![index]!;
        for (const [value, expected, where] of boundaries(rule)) {
          const { color } = definition.render(sample(value) as never);
          if (color !== expected) wrong.push(`${definition.file} rule ${index} ${where}: value ${value} renders ${color}, the manual says ${expected}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});
