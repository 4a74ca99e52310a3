import { describe, expect, it } from 'vitest';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import {
  apiBadges,
  apiStabilityBadge,
  governanceCombinedBadge,
  governanceSummaryBadge,
  payloadVersionBadge,
  placeholderStreakBadge,
} from '../../../../src/publish/badges/api/index.ts';

describe('placeholder-streak-badge.json (seed scale)', () => {
  it.each([
    [0, 'brightgreen'],
    [1, 'green'],
    [2, 'green'],
    [3, 'yellow'],
    [4, 'yellow'],
    [5, 'red'],
    [12, 'red'],
  ])('streak %d -> %s', (streak, color) => {
    expect(placeholderStreakBadge.render({ placeholder_streak: streak })).toEqual({ message: String(streak), color });
  });
});

describe('badge-api-stability.json', () => {
  it.each([
    [0, '0%', 'red'],
    [0.4999, '50%', 'red'],
    [0.5, '50%', 'orange'],
    [0.6999, '70%', 'orange'],
    [0.7, '70%', 'yellow'],
    [0.7999, '80%', 'yellow'],
    [0.8, '80%', 'yellowgreen'],
    [0.8999, '90%', 'yellowgreen'],
    [0.9, '90%', 'green'],
    [0.9499, '95%', 'green'],
    [0.95, '95%', 'brightgreen'],
    [1, '100%', 'brightgreen'],
  ])('ratio %d -> %s %s', (ratio, message, color) => {
    expect(apiStabilityBadge.render({ window_stability_ratio: ratio, window_total_count: 3 })).toEqual({ message, color });
  });
  it('says so when there are no runs', () => {
    expect(apiStabilityBadge.render({ window_stability_ratio: 0, window_total_count: 0 })).toEqual({ message: 'no runs', color: 'lightgrey' });
  });
});

describe('governance-summary-badge.json', () => {
  it.each([
    [{ stability_ratio: 0.93, placeholder: false, placeholder_streak: 0 }, '93% stable', 'green'],
    [{ stability_ratio: 0.6, placeholder: false, placeholder_streak: 0 }, '60% stable', 'orange'],
    [{ stability_ratio: 0.93, placeholder: true, placeholder_streak: 2 }, 'placeholder x2', 'green'],
    [{ stability_ratio: 0.93, placeholder: true, placeholder_streak: 5 }, 'placeholder x5', 'red'],
  ])('%o -> %s %s', (figures, message, color) => {
    expect(governanceSummaryBadge.render(figures)).toEqual({ message, color });
  });
});

describe('governance-combined-badge.json (Gov+Semver)', () => {
  it.each([
    [1, 'ok', '100% | semver ok', 'brightgreen'],
    [1, 'warn', '100% | semver warn', 'yellow'],
    [0.91, 'ok', '91% | semver ok', 'green'],
    [0.6, 'warn', '60% | semver warn', 'orange'],
    [0.99, 'fail', '99% | semver fail', 'red'],
  ] as const)('ratio %d, semver %s -> %s %s', (ratio, status, message, color) => {
    expect(governanceCombinedBadge.render({ stability_ratio: ratio, semver_policy_status: status })).toEqual({ message, color });
    expect(governanceCombinedBadge.label).toBe('Gov+Semver');
  });
});

describe('payload-version-badge.json', () => {
  it('shows v1', () => expect(payloadVersionBadge.render({ version: 1 })).toEqual({ message: 'v1', color: 'blue' }));
});

describe('apiBadges', () => {
  it('publishes every badge under the seed file names, each a valid strict Shields endpoint', () => {
    const badges = apiBadges(
      {
        window_stability_ratio: 0.85,
        window_total_count: 20,
        stability_ratio: 0.85,
        placeholder: false,
        placeholder_streak: 0,
        semver_policy_status: 'ok',
        payload_version: 1,
      },
      300,
    );
    expect(badges.map((badge) => badge.file)).toEqual([
      'badge-api-stability.json',
      'placeholder-streak-badge.json',
      'governance-summary-badge.json',
      'governance-combined-badge.json',
      'payload-version-badge.json',
    ]);
    for (const badge of badges) {
      expect(badge.kind).toBe('api');
      expect(endpointBadgeSchema.parse(badge.endpoint)).toEqual(badge.endpoint);
      expect(badge.endpoint.cacheSeconds).toBe(300);
    }
  });
});
