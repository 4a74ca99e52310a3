import { severityVocabulary } from '../../config/sources/taxonomy.ts';
import { utcDay } from '../../core/time.ts';
import { SEED_SEVERITIES, type SeverityVocabulary, type TaxonomySection } from '../../model/taxonomy.ts';
import type { TaxonomyInputs } from '../../sources/taxonomy/read.ts';
import { alertRows } from './alert-rows.ts';
import { severityWeights } from './churn.ts';
import { taxonomyFigures } from './figures.ts';
import { type TaxonomySettings, taxonomyFindings } from './findings.ts';
import { dailySnapshots, dayState } from './snapshots.ts';
import { severityIndex, summarize } from './summary.ts';
import type { Timeline } from './timeline.ts';

/** The taxonomy's section of the model: the current taxonomy and rules, measured against its history. */
export function taxonomySection(inputs: TaxonomyInputs, timeline: Timeline, settings: TaxonomySettings): TaxonomySection {
  const { source, thresholds, now } = settings;
  const severities = severityVocabulary(source.severities);
  const current = summarize(inputs.taxonomy);
  const figures = taxonomyFigures(current, timeline, {
    now,
    windowDays: thresholds.churn_window_days,
    spikeThreshold: thresholds.risk_churn_spike_threshold,
    severities,
  });
  // Today ends with the taxonomy being built, whatever the history's last version of today says.
  const today = utcDay(now);
  const dayStates = [...timeline.dayStates.filter((state) => state.date < today), dayState(today, current, severities)];
  const { errors, warnings, coverage } = taxonomyFindings(inputs, settings);
  return {
    path: source.path,
    // Written only when it is not the seed's, so default builds publish what they always did.
    ...(sameVocabulary(severities, SEED_SEVERITIES) ? {} : { severities: [...severities] }),
    figures,
    lint: { errors, warnings },
    coverage,
    alerts: alertRows(inputs.taxonomy),
    changelog: timeline.changelog,
    // With no version up to now in history, the taxonomy being built is the baseline.
    history: dailySnapshots(
      dayStates,
      today,
      thresholds.churn_window_days,
      timeline.baseline?.severities ?? severityIndex(current),
      severityWeights(severities),
    ),
    baseline: timeline.baseline ? { commit: timeline.baseline.commit, date: timeline.baseline.date } : null,
    last_change: timeline.lastChange,
  };
}

function sameVocabulary(a: SeverityVocabulary, b: SeverityVocabulary): boolean {
  return a.length === b.length && a.every((level, index) => level.name === b[index]!.name && level.weight === b[index]!.weight);
}
