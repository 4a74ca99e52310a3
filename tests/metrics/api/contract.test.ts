import { describe, expect, it } from 'vitest';
import {
  type ApiThresholds,
  backfillRuns,
  basesToRead,
  type ContractInput,
  contractBases,
  DiffCache,
  evaluateContract,
  type SpecVersionReader,
  summarizeSpecVersions,
} from '../../../src/metrics/api/index.ts';
import type { SpecVersionSummary, StabilityRecord } from '../../../src/model/api.ts';
import { EMPTY_NOTICE_STATE } from '../../../src/model/webhook.ts';
import { type HeadSpec, parseSpec } from '../../../src/sources/openapi/index.ts';

const spec = (version: string, paths: string[]) =>
  `openapi: 3.1.0\ninfo: {title: Pets, version: "${version}"}\npaths:\n${paths.map((path) => `  ${path}:\n    get:\n      responses: {'200': {description: ok}}\n`).join('')}`;
const TEXTS = [spec('1.0.0', ['/a']), spec('1.1.0', ['/a', '/b']), spec('1.2.0', ['/b'])];
const PARSED = TEXTS.map((text) => parseSpec(text, 'openapi.yaml'));
const VERSIONS = TEXTS.map((_, i) => ({ commit: `${i + 1}`.repeat(40), blob: `b${i}`, date: `2026-01-0${i + 1}T00:00:00.000Z` }));
const read: SpecVersionReader = async function* (indices) {
  for (const index of indices) yield [index, PARSED[index]!] as const;
};
const SUMMARIES: SpecVersionSummary[] = (await summarizeSpecVersions(VERSIONS, [], read, new DiffCache())).summaries;
const HEAD_COMMIT = 'f'.repeat(40);
const NOW = '2026-02-01T00:00:00.000Z';
const THRESHOLDS: ApiThresholds = { stability_window_size: 20, stability_alert_threshold: 0.8, placeholder_streak_alert_threshold: 2, placeholder_max_runs: 0 };

const run = (commit: string, spec_blob: string | null): StabilityRecord => ({
  commit,
  time: NOW,
  spec_blob,
  version: null,
  breaking: 0,
  operations_added: 0,
  operations_removed: 0,
  placeholder: spec_blob === null,
  score: spec_blob === null ? 0 : 1,
});

describe('contractBases', () => {
  it.each([
    { name: 'HEAD is the last version, no runs yet', head: 'b2', history: [], bases: { current: 2, previous: 1, baseline: 1, run: -1 } },
    { name: 'HEAD differs from every version', head: 'zz', history: [], bases: { current: null, previous: 2, baseline: 1, run: -1 } },
    { name: 'no spec at HEAD', head: null, history: [], bases: { current: null, previous: 2, baseline: 1, run: -1 } },
    {
      name: 'the last real run read version 0',
      head: 'b2',
      history: [run('a'.repeat(40), 'b0'), run('c'.repeat(40), null)],
      bases: { current: 2, previous: 1, baseline: 1, run: 0 },
    },
    {
      name: 'the last real run read a blob no version has',
      head: 'b2',
      history: [run('a'.repeat(40), 'gone')],
      bases: { current: 2, previous: 1, baseline: 1, run: 1 },
    },
    {
      name: 'a rebuild looks before its own run',
      head: 'b2',
      history: [run('a'.repeat(40), 'b0'), run(HEAD_COMMIT, 'b2')],
      bases: { current: 2, previous: 1, baseline: 1, run: 0 },
    },
  ] as { name: string; head: string | null; history: StabilityRecord[]; bases: object }[])('$name', ({ head, history, bases }) => {
    expect(contractBases(SUMMARIES, head, history, HEAD_COMMIT)).toEqual(bases);
  });

  it('basesToRead lists each index once, ascending, none for -1', () => {
    expect(basesToRead({ current: 2, previous: 1, baseline: 1, run: 0 })).toEqual([0, 1]);
    expect(basesToRead({ current: null, previous: -1, baseline: -1, run: -1 })).toEqual([]);
  });
});

function evaluate(head: HeadSpec, history: StabilityRecord[]) {
  const bases = contractBases(SUMMARIES, head.blob, history, HEAD_COMMIT);
  const docs = new Map(basesToRead(bases).map((index) => [index, PARSED[index]!]));
  const input: ContractInput = {
    commit: HEAD_COMMIT,
    now: NOW,
    thresholds: THRESHOLDS,
    versions: SUMMARIES,
    head,
    bases,
    docs,
    history,
    previousNotice: EMPTY_NOTICE_STATE,
    diffs: new DiffCache(),
  };
  return evaluateContract(input);
}

describe('evaluateContract', () => {
  it('a build of the last version: its run, SemVer against the baseline, the classification against the previous version', () => {
    const figures = evaluate({ blob: 'b2', ...PARSED[2]! }, backfillRuns(SUMMARIES));
    // The backfilled run of version 3 read the same blob: this run changes nothing.
    expect(figures.runs.map((r) => [r.commit.slice(0, 1), r.breaking, r.score])).toEqual([
      ['1', 0, 1],
      ['2', 0, 1],
      ['3', 1, 0],
      ['f', 0, 1],
    ]);
    expect(figures.runs[3]).toMatchObject({ time: NOW, spec_blob: 'b2', version: '1.2.0', operations_removed: 0, placeholder: false });
    expect(figures.semver).toMatchObject({ status: 'fail', rule: 'rule-1', previous_version: '1.1.0', current_version: '1.2.0' });
    expect(figures.classification).toMatchObject({
      base: { commit: VERSIONS[1]!.commit, version: '1.1.0' },
      revision: { commit: VERSIONS[2]!.commit, version: '1.2.0' },
      operations: { added: [], removed: [{ method: 'GET', path: '/a' }], total: 1 },
    });
    expect(figures.metrics).toMatchObject({ window_stability_ratio: 0.75, total_runs: 4, placeholder: false });
    expect(figures.summary).toMatchObject({ semver_policy_status: 'fail', placeholder_reason: null, commit: HEAD_COMMIT, generated_at: NOW });
    expect(figures.notice.reasons).toEqual(['semver_fail', 'stability_drop']);
  });

  it('a placeholder run: no diff, SemVer cannot be checked, the reason in the summary', () => {
    const error = { message: 'malformed YAML: x', file: 'openapi.yaml', where: 'line 2' };
    const figures = evaluate({ blob: 'bad', doc: null, error }, [run('a'.repeat(40), 'b2')]);
    expect(figures.runs[1]).toMatchObject({ commit: HEAD_COMMIT, spec_blob: null, version: null, breaking: 0, placeholder: true, score: 0 });
    expect(figures.semver).toMatchObject({ status: 'warn', rule: 'placeholder', previous_version: '1.2.0', current_version: null });
    expect(figures.semver.messages[0]).toContain('openapi.yaml: line 2: malformed YAML: x');
    expect(figures.classification).toMatchObject({ base: null, revision: null, breaking: 0, operations: { added: [], removed: [], total: 0 } });
    expect(figures.placeholder).toEqual({ streak: 1, alert: false, exceeded: false, status: 'warn' });
    expect(figures.summary.placeholder_reason).toBe('openapi.yaml: line 2: malformed YAML: x');
  });

  it('a first run with nothing to compare with is the baseline: no operation counts as added', () => {
    const figures = evaluate({ blob: 'b2', ...PARSED[2]! }, []);
    expect(figures.runs).toEqual([expect.objectContaining({ operations_added: 0, operations_removed: 0, breaking: 0, score: 1 })]);
  });

  it('a run on the blob the last run read changes nothing', () => {
    const figures = evaluate({ blob: 'b2', ...PARSED[2]! }, [run('a'.repeat(40), 'b2')]);
    expect(figures.runs[1]).toMatchObject({ operations_added: 0, operations_removed: 0, breaking: 0, score: 1 });
  });
});
