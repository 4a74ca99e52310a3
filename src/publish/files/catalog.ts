import { jsonLines, stableJson } from '../../core/json.ts';
import type { CatalogDocument, CatalogSummary, CheckpointState, Drift, DriftIssue, EnforcementReport } from '../../model/catalog.ts';
import type { OutputFile } from '../../model/output-file.ts';
import type { PublishedBadge } from '../../model/status-model.ts';
import { repoSchemaJson, STATE_FILES } from '../../sources/catalog/index.ts';
import { publishBadge } from '../badges/badge.ts';
import { catalogComplianceBadge, catalogDegradedBadge } from '../badges/catalog/index.ts';

/** The catalog's files under `status/`; `drift-issue.md` only when there is an issue to open. */
export function catalogFiles(published: {
  catalog: CatalogDocument;
  report: EnforcementReport;
  state: CheckpointState;
  drift: Drift;
  driftReport: string;
  issue: DriftIssue;
}): OutputFile[] {
  const { catalog, report, state, drift, issue } = published;
  const files: OutputFile[] = [
    { path: 'status/catalog.json', content: stableJson(catalog) },
    { path: 'status/enforcement.json', content: stableJson(report) },
    { path: 'status/repo-schema.json', content: stableJson(repoSchemaJson()) },
    { path: 'status/checkpoint-latest.json', content: stableJson(state.latest) },
    { path: 'status/drift.json', content: stableJson(drift) },
    { path: 'status/latest-drift.md', content: published.driftReport },
    { path: 'status/drift-issue.json', content: stableJson(issue) },
  ];
  if (issue.open) files.push({ path: 'status/drift-issue.md', content: `# ${issue.title}\n\n${issue.body}` });
  return files;
}

/** The catalog's two Shields endpoint badges. */
export function catalogBadges(summary: CatalogSummary, drift: Drift['summary'], cacheSeconds: number): PublishedBadge[] {
  return [publishBadge('catalog', catalogComplianceBadge, summary, cacheSeconds), publishBadge('catalog', catalogDegradedBadge, drift, cacheSeconds)];
}

/** The state files to keep on the state branch (path -> content); `previous` is left out when there is none. */
export function catalogStateFiles(state: CheckpointState): Record<string, string> {
  const files: Record<string, string> = {};
  if (state.latest) files[STATE_FILES.latest] = stableJson(state.latest);
  if (state.previous) files[STATE_FILES.previous] = stableJson(state.previous);
  if (state.history.length) files[STATE_FILES.history] = jsonLines(state.history);
  return files;
}
