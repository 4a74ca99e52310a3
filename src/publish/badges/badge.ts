import { roundTo } from '../../core/numbers.ts';
import type { BadgeDefinition, EndpointBadge } from '../../model/badge.ts';
import type { EvidenceKindId } from '../../model/kinds.ts';
import type { PublishedBadge } from '../../model/status-model.ts';

export function toEndpoint<F>(badge: BadgeDefinition<F>, figures: F, cacheSeconds: number): EndpointBadge {
  const { message, color } = badge.render(figures);
  return { schemaVersion: 1, label: badge.label, message, color, cacheSeconds };
}

/** A ratio rounded to the one decimal of a percent badge: colour and message must agree. */
export function shownRatio(ratio: number): number {
  return roundTo(ratio, 3);
}

/** A kind's badge rendered from its figures, ready for the build's badge door (which validates it). */
export function publishBadge<F>(kind: EvidenceKindId, badge: BadgeDefinition<F>, figures: F, cacheSeconds: number): PublishedBadge {
  return { file: badge.file, kind, endpoint: toEndpoint(badge, figures, cacheSeconds) };
}
