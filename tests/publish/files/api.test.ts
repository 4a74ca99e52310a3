import { describe, expect, it } from 'vitest';
import { stableJson } from '../../../src/core/json.ts';
import type { ApiSection } from '../../../src/model/api.ts';
import { EMPTY_NOTICE_STATE } from '../../../src/model/webhook.ts';
import { apiFiles, apiStateFiles } from '../../../src/publish/files/api.ts';

const section = {
  metrics: { window_stability_ratio: 1 },
  semver: { status: 'ok' },
  summary: { stability_ratio: 1 },
  classification: { breaking: 0 },
  notice: { event: 'governance_notice', sha: 'abc1234' },
  history: [{ commit: 'a' }, { commit: 'b' }],
  versions: [],
} as unknown as ApiSection;

describe('apiFiles', () => {
  it('publishes the seed files, each a field of the section in the one JSON layout', () => {
    const files = new Map(apiFiles(section).map((file) => [file.path, file.content]));
    expect([...files.keys()]).toEqual([
      'status/stability-metrics.json',
      'status/semver-validation.json',
      'status/governance-summary.json',
      'governance-summary.json',
      'status/operations-classification.json',
      'status/stability-history.jsonl',
      'status/webhook-payload.json',
      'status/governance_webhook.schema.json',
    ]);
    expect(files.get('status/stability-metrics.json')).toBe(stableJson(section.metrics));
    expect(files.get('governance-summary.json')).toBe(files.get('status/governance-summary.json'));
    expect(files.get('status/stability-history.jsonl')).toBe('{"commit":"a"}\n{"commit":"b"}\n');
  });
});

describe('apiStateFiles', () => {
  it('keeps the runs, the webhook state and the version summaries under api/', () => {
    const state = apiStateFiles(section, EMPTY_NOTICE_STATE);
    expect(Object.keys(state)).toEqual(['api/stability-history.jsonl', 'api/notice-state.json', 'api/spec-versions.json']);
    expect(state['api/stability-history.jsonl']).toBe('{"commit":"a"}\n{"commit":"b"}\n');
    expect(JSON.parse(state['api/notice-state.json']!)).toEqual(EMPTY_NOTICE_STATE);
  });
});
