import { compareStrings } from '../core/compare.ts';
import type { FeedEvent } from '../model/status-model.ts';

/** Newest first (ties broken by id so the order is stable), at most `limit`. */
export function recentEvents(events: readonly FeedEvent[], limit = Infinity): FeedEvent[] {
  return [...events].sort((a, b) => compareStrings(b.date, a.date) || compareStrings(a.id, b.id)).slice(0, limit);
}
