import type { FeedEvent } from '../../model/status-model.ts';

/** Newest first (ties broken by id so the order is stable), at most `limit`. */
export function recentEvents(events: readonly FeedEvent[], limit = Infinity): FeedEvent[] {
  return [...events]
    .sort((a, b) => compare(b.date, a.date) || compare(a.id, b.id))
    .slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
