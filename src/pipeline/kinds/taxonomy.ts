import { severityVocabulary } from '../../config/sources/taxonomy.ts';
import { globPathspec } from '../../git/index.ts';
import { createTimeline, summarize, taxonomyChecks, taxonomyEvents, taxonomySection } from '../../metrics/taxonomy/index.ts';
import { taxonomyEndpoints } from '../../publish/badges/taxonomy/endpoints.ts';
import { taxonomyFiles } from '../../publish/files/taxonomy.ts';
import { readTaxonomyHistory, readTaxonomyInputs } from '../../sources/taxonomy/index.ts';
import type { BuildContext, EvidenceKind, KindResult } from '../kind.ts';

/**
 * Alert taxonomy (seed 004): the taxonomy and its Prometheus rule files from the commit being
 * built, its history from git, folded into figures, lint, coverage, changelog and daily snapshots.
 */
export async function collectTaxonomy(context: BuildContext): Promise<KindResult<'taxonomy'>> {
  const source = context.config.sources.taxonomy!;
  const { thresholds } = context.config;
  const inputs = await readTaxonomyInputs(context.snapshot, source);

  context.progress(`reading the history of ${source.path}`);
  const timeline = createTimeline(context.now, thresholds.churn_window_days, severityVocabulary(source.severities));
  const skipped = await readTaxonomyHistory(context.repo, source.path, ({ taxonomy, ...version }) =>
    timeline.add({ ...version, summary: summarize(taxonomy) }),
  );
  const history = timeline.finish();
  context.progress(`${history.versions} versions of ${source.path} read`);

  const section = taxonomySection(inputs, history, { source, thresholds, now: context.now });
  return {
    section,
    files: taxonomyFiles(section, skipped),
    badges: taxonomyEndpoints(section, { runbookMinPercent: thresholds.runbook_min_percent, cacheSeconds: context.config.badges.cache_seconds }),
    checks: taxonomyChecks(section, thresholds),
    events: taxonomyEvents(section),
    state: {},
  };
}

export const taxonomyKind: EvidenceKind<'taxonomy'> = {
  id: 'taxonomy',
  collect: collectTaxonomy,
  inputs: ({ sources }) => [sources.taxonomy!.path, ...sources.taxonomy!.rules.map(globPathspec)],
};
