import { stableJson } from '../../core/json.ts';
import { serializeHistory, serializeSpecCache } from '../../metrics/api/index.ts';
import { type ApiSection, HISTORY_STATE_PATH, NOTICE_STATE_PATH, VERSIONS_STATE_PATH } from '../../model/api.ts';
import type { OutputFile } from '../../model/output-file.ts';
import type { NoticeState } from '../../model/webhook.ts';
import { governanceWebhookJsonSchema, serializeNotice, WEBHOOK_PAYLOAD_PATH, WEBHOOK_SCHEMA_PATH } from '../webhook/index.ts';

/** The API contract's published files (seed 004 names), each a field of the section. */
export function apiFiles(section: ApiSection): OutputFile[] {
  return [
    { path: 'status/stability-metrics.json', content: stableJson(section.metrics) },
    { path: 'status/semver-validation.json', content: stableJson(section.semver) },
    { path: 'status/governance-summary.json', content: stableJson(section.summary) },
    // The seed's embed snippet fetches the summary from the site root.
    { path: 'governance-summary.json', content: stableJson(section.summary) },
    { path: 'status/operations-classification.json', content: stableJson(section.classification) },
    { path: 'status/stability-history.jsonl', content: serializeHistory(section.history) },
    { path: WEBHOOK_PAYLOAD_PATH, content: serializeNotice(section.notice) },
    { path: WEBHOOK_SCHEMA_PATH, content: stableJson(governanceWebhookJsonSchema) },
  ];
}

/** What the kind keeps on the state branch for the next build: runs, webhook state, version summaries. */
export function apiStateFiles(section: ApiSection, notice: NoticeState): Record<string, string> {
  return {
    [HISTORY_STATE_PATH]: serializeHistory(section.history),
    [NOTICE_STATE_PATH]: stableJson(notice),
    [VERSIONS_STATE_PATH]: serializeSpecCache(section.versions),
  };
}
