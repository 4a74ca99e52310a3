import { utcDay } from '../../core/time.ts';
import type { TaxonomySection } from '../../model/taxonomy.ts';
import type { TaxonomyInputs } from '../../sources/taxonomy/read.ts';
import { alertRows } from './alert-rows.ts';
import { taxonomyFigures } from './figures.ts';
import { type TaxonomySettings, taxonomyFindings } from './findings.ts';
import { dailySnapshots, dayState } from './snapshots.ts';
import { severityIndex, summarize } from './summary.ts';
import type { Timeline } from './timeline.ts';

/** The taxonomy's section of the model: the current taxonomy and rules, measured against its history. */
export function taxonomySection(inputs: TaxonomyInputs, timeline: Timeline, settings: TaxonomySettings): TaxonomySection {
  const { source, thresholds, now } = settings;
  const current = summarize(inputs.taxonomy);
  const figures = taxonomyFigures(current, timeline, { now, windowDays: thresholds.churn_window_days, spikeThreshold: thresholds.risk_churn_spike_threshold });
  // Today ends with the taxonomy being built, whatever the history's last version of today says.
  const today = utcDay(now);
  const dayStates = [...timeline.dayStates.filter((state) => state.date < today), dayState(today, current)];
  const { errors, warnings, coverage } = taxonomyFindings(inputs, settings);
  return {
    path: source.path,
    figures,
    lint: { errors, warnings },
    coverage,
    alerts: alertRows(inputs.taxonomy),
    changelog: timeline.changelog,
    // With no version up to now in history, the taxonomy being built is the baseline.
    history: dailySnapshots(dayStates, today, thresholds.churn_window_days, timeline.baseline?.severities ?? severityIndex(current)),
    baseline: timeline.baseline ? { commit: timeline.baseline.commit, date: timeline.baseline.date } : null,
    last_change: timeline.lastChange,
  };
}
