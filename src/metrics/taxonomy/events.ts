import type { FeedEvent } from '../../model/status-model.ts';
import type { TaxonomySection } from '../../model/taxonomy.ts';

/** Feed events: one per commit of the changelog that changed an alert, the newest 50. */
export function taxonomyEvents(section: TaxonomySection): FeedEvent[] {
  return section.changelog.slice(0, 50).map((entry) => {
    const parts = [
      entry.added.length ? `${entry.added.length} added` : '',
      entry.removed.length ? `${entry.removed.length} removed` : '',
      entry.modified.length ? `${new Set(entry.modified.map((change) => change.name)).size} modified` : '',
    ].filter(Boolean);
    const names = [...entry.added, ...entry.removed].map((alert) => alert.name).slice(0, 5);
    return {
      id: `taxonomy:${entry.commit}:change`,
      kind: 'taxonomy',
      type: 'taxonomy-change',
      title: `Alert taxonomy changed: ${parts.join(', ')}`,
      summary: names.length ? `Alerts: ${names.join(', ')}${entry.added.length + entry.removed.length > 5 ? ', ...' : ''}` : 'Core fields modified',
      date: entry.date,
      commit: entry.commit,
    };
  });
}
