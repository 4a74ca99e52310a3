import { describe, expect, it } from 'vitest';
import { endpointBadgeSchema } from '../../../../src/model/badge.ts';
import { taxonomyEndpoints } from '../../../../src/publish/badges/taxonomy/endpoints.ts';
import { taxonomyBadges } from '../../../../src/publish/badges/taxonomy/index.ts';
import { sectionOf } from '../../../metrics/taxonomy/helpers.ts';

describe('taxonomyEndpoints', () => {
  it('publishes the nine badges in order, rendered from the section, with the cache time', () => {
    const section = sectionOf({ last_change: { commit: 'a'.repeat(40), date: '2026-11-12T12:00:00.000Z' } });
    const badges = taxonomyEndpoints(section, { runbookMinPercent: 90, cacheSeconds: 600 });
    expect(badges.map((badge) => badge.file)).toEqual(taxonomyBadges.map((badge) => badge.file));
    for (const badge of badges) {
      expect(badge.kind).toBe('taxonomy');
      expect(endpointBadgeSchema.parse(badge.endpoint)).toMatchObject({ schemaVersion: 1, cacheSeconds: 600 });
    }
    const byFile = Object.fromEntries(badges.map((badge) => [badge.file, badge.endpoint]));
    expect(byFile['badge-taxonomy.json']).toMatchObject({ message: 'updated 2026-11-12' });
    expect(byFile['badge-alerts-total.json']).toMatchObject({ message: '17' });
  });

  it('colours runbook completeness against the configured minimum', () => {
    const colour = (runbookMinPercent: number) =>
      taxonomyEndpoints(sectionOf(), { runbookMinPercent, cacheSeconds: 300 }).find((badge) => badge.file === 'badge-runbook-completeness.json')!.endpoint
        .color;
    expect(colour(90)).not.toBe(colour(95));
  });
});
