import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.ts';
import type { StateFiles } from '../../../src/git/index.ts';
import {
  apiSectionSchema,
  governanceSummarySchema,
  operationsClassificationSchema,
  semverValidationSchema,
  specVersionsCacheSchema,
  stabilityMetricsSchema,
  stabilityRecordSchema,
} from '../../../src/model/api.ts';
import { endpointBadgeSchema } from '../../../src/model/badge.ts';
import { governanceNoticeSchema, noticeStateSchema } from '../../../src/model/webhook.ts';
import type { BuildContext, KindResult } from '../../../src/pipeline/kind.ts';
import { apiKind, deliverApiNotice } from '../../../src/pipeline/kinds/api.ts';
import { governanceWebhookJsonSchema } from '../../../src/publish/webhook/index.ts';
import { atHead } from '../../helpers/context.ts';

const validatePayload = new Ajv2020({ strict: true }).compile(governanceWebhookJsonSchema);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A small OpenAPI 3.1 spec with the given version and operations (`GET /pets`, ...). */
function spec(version: string, operations: string[]): string {
  const paths = new Map<string, string[]>();
  for (const operation of operations) {
    const [method, path] = operation.split(' ') as [string, string];
    paths.set(path, [...(paths.get(path) ?? []), method.toLowerCase()]);
  }
  const lines = ['openapi: 3.1.0', 'info:', '  title: Pets', `  version: "${version}"`, 'paths:'];
  for (const [path, methods] of paths) {
    lines.push(`  ${path}:`);
    for (const method of methods) {
      lines.push(
        `    ${method}:`,
        `      operationId: ${method}${path.replace(/\W/g, '_')}`,
        '      responses:',
        "        '200':",
        '          description: ok',
      );
      if (path.includes('{id}')) {
        lines.push('      parameters:', '        - name: id', '          in: path', '          required: true', '          schema: {type: string}');
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

class TempRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'govpages-api-'));
  private day = 0;
  constructor() {
    dirs.push(this.dir);
    this.git('init', '-q', '-b', 'main');
  }
  git(...args: string[]): string {
    const date = `2026-01-${String(this.day + 1).padStart(2, '0')}T12:00:00Z`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@localhost',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@localhost',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  }
  commit(files: Record<string, string | null>, message: string): string {
    for (const [path, content] of Object.entries(files)) {
      if (content === null) unlinkSync(join(this.dir, path));
      else writeFileSync(join(this.dir, path), content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    this.day++;
    return this.git('rev-parse', 'HEAD').trim();
  }
}

async function collect(repo: TempRepo, previousState: StateFiles, now: string, thresholds: Record<string, number> = {}): Promise<KindResult<'api'>> {
  const config = configSchema.parse({ sources: { openapi: { path: 'openapi.yaml' } }, thresholds });
  const context: BuildContext = {
    config,
    ...(await atHead(repo.dir)),
    now,
    previousState,
    env: {},
    progress: () => {},
  };
  return apiKind.collect(context);
}

const file = (result: KindResult<'api'>, path: string) => {
  const found = result.files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return String(found.content);
};
const json = (result: KindResult<'api'>, path: string) => JSON.parse(file(result, path));
const stateOf = (result: KindResult<'api'>): StateFiles => new Map(Object.entries(result.state));

/** The section as `status/status.json` holds it, each published and state file, parsed with the model's schemas. */
function expectModel(result: KindResult<'api'>): void {
  const section = JSON.parse(JSON.stringify(result.section));
  expect(apiSectionSchema.parse(section)).toEqual(section);
  const lines = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  const schemas = [
    ['status/stability-metrics.json', stabilityMetricsSchema, section.metrics],
    ['status/semver-validation.json', semverValidationSchema, section.semver],
    ['status/governance-summary.json', governanceSummarySchema, section.summary],
    ['status/operations-classification.json', operationsClassificationSchema, section.classification],
    ['status/webhook-payload.json', governanceNoticeSchema, section.notice],
  ] as const;
  for (const [path, schema, inSection] of schemas) expect(schema.parse(json(result, path))).toEqual(inSection);
  expect(lines(file(result, 'status/stability-history.jsonl')).map((line) => stabilityRecordSchema.parse(line))).toEqual(section.history);
  expect(specVersionsCacheSchema.parse(JSON.parse(result.state['api/spec-versions.json']!)).versions).toEqual(section.versions);
  noticeStateSchema.parse(JSON.parse(result.state['api/notice-state.json']!));
}

const V1 = ['GET /pets', 'GET /pets/{id}'];
const V2 = [...V1, 'POST /pets'];
const V3 = ['GET /pets', 'POST /pets'];

describe('apiKind.collect on a git repository', () => {
  const repo = new TempRepo();
  const c1 = repo.commit({ 'openapi.yaml': spec('1.0.0', V1) }, 'v1.0.0');
  const c2 = repo.commit({ 'openapi.yaml': spec('1.1.0', V2) }, 'v1.1.0: add POST /pets');
  const c3 = repo.commit({ 'openapi.yaml': spec('1.2.0', V3) }, 'v1.2.0: remove GET /pets/{id} without a major bump');
  const c4 = repo.commit({ 'README.md': 'hello\n' }, 'docs');
  const NOW = '2026-02-01T00:00:00.000Z';
  let first: KindResult<'api'>;

  it('backfills one run per spec version and adds the HEAD run', async () => {
    first = await collect(repo, new Map(), NOW);
    const history = file(first, 'status/stability-history.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(history.map((run) => [run.commit, run.breaking, run.operations_added, run.operations_removed, run.score, run.placeholder])).toEqual([
      // The first version is the baseline: its two operations were not added by a change.
      [c1, 0, 0, 0, 1, false],
      [c2, 0, 1, 0, 1, false],
      [c3, 1, 0, 1, 0, false],
      [c4, 0, 0, 0, 1, false],
    ]);
    expect(history[0].time).toBe('2026-01-01T12:00:00.000Z');
    expect(history[3].time).toBe(NOW);
    expect(first.state['api/stability-history.jsonl']).toBe(file(first, 'status/stability-history.jsonl'));
    expectModel(first);
  });

  it('computes the seed metrics by hand: 3 stable of 4 runs', () => {
    expect(json(first, 'status/stability-metrics.json')).toMatchObject({
      window_stability_ratio: 0.75,
      window_size: 20,
      window_stable_count: 3,
      window_total_count: 4,
      current_stable_streak: 1,
      longest_stable_streak: 2,
      overall_stability_ratio: 0.75,
      window_mean_score: 0.75,
      placeholder: false,
      extensions: { placeholder_streak: 0 },
    });
  });

  it('fails SemVer for the removal under a minor bump and classifies the operations', () => {
    expect(json(first, 'status/semver-validation.json')).toMatchObject({
      status: 'fail',
      current_version: '1.2.0',
      previous_version: '1.1.0',
      breaking: true,
      rule: 'rule-1',
    });
    const classification = json(first, 'status/operations-classification.json');
    expect(classification.operations).toEqual({ added: [], removed: [{ method: 'GET', path: '/pets/{id}' }], total: 2 });
    expect(classification.base).toEqual({ commit: c2, version: '1.1.0' });
    expect(classification.revision).toEqual({ commit: c3, version: '1.2.0' });
    expect(classification.breaking).toBeGreaterThanOrEqual(1);
    const summary = json(first, 'status/governance-summary.json');
    expect(summary).toMatchObject({
      stability_ratio: 0.75,
      semver_policy_status: 'fail',
      placeholder: false,
      placeholder_streak: 0,
      operations: { added: 0, removed: 1, total: 2 },
    });
    expect(file(first, 'governance-summary.json')).toBe(file(first, 'status/governance-summary.json'));
  });

  it('writes a valid webhook payload with semver_fail and stability_drop', () => {
    const payload = json(first, 'status/webhook-payload.json');
    expect(payload).toEqual({
      event: 'governance_notice',
      version: 1,
      sha: c4.slice(0, 7),
      semver_status: 'fail',
      stability_ratio: 0.75,
      reasons: ['semver_fail', 'stability_drop'],
      operations: { added: 0, removed: 1 },
    });
    expect(validatePayload(payload)).toBe(true);
    expect(first.section.due_reasons).toEqual(['semver_fail', 'stability_drop']);
  });

  it('publishes valid badges, checks and feed events', () => {
    for (const badge of first.badges) expect(endpointBadgeSchema.safeParse(badge.endpoint).success).toBe(true);
    const combined = first.badges.find((badge) => badge.file === 'governance-combined-badge.json')!;
    expect(combined.endpoint).toMatchObject({ label: 'Gov+Semver', message: '75% | semver fail', color: 'red' });
    expect(Object.fromEntries(first.checks.map((check) => [check.id, check.status]))).toEqual({
      'api.spec': 'pass',
      'api.semver': 'fail',
      'api.stability': 'warn',
    });
    expect(first.events.map((event) => event.id)).toEqual([`api:${c3}:semver-fail`, `api:${c3}:breaking-change`, `api:${c3}:stability-drop`]);
    expect(first.events.every((event) => event.date === '2026-01-03T12:00:00.000Z')).toBe(true);
  });

  it('a rebuild of the same commit with the same now is byte-identical', async () => {
    const again = await collect(repo, stateOf(first), NOW);
    expect(again.files).toEqual(first.files);
    expect(again.state).toEqual(first.state);
    expect(again.badges).toEqual(first.badges);
  });

  it('reads the spec of the commit, not the work tree: an uncommitted edit changes nothing', async () => {
    writeFileSync(join(repo.dir, 'openapi.yaml'), 'openapi: [broken\n');
    try {
      const again = await collect(repo, stateOf(first), NOW);
      expect(again.files).toEqual(first.files);
      expect(again.section.placeholder.error).toBeNull();
    } finally {
      repo.git('checkout', '--', 'openapi.yaml');
    }
  });

  it('deliverApiNotice POSTs the payload once; a rebuild after delivery owes nothing', async () => {
    const bodies: string[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bodies.push(body);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const env = { GOVERNANCE_WEBHOOK: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
      const config = configSchema.parse({ sources: { openapi: { path: 'openapi.yaml' } } });
      const report = await deliverApiNotice({ config, env, files: first.files, state: first.state });
      expect(report).toMatchObject({ outcome: 'delivered', attempts: 1 });
      expect(bodies).toEqual([file(first, 'status/webhook-payload.json')]);
      const afterDelivery = new Map([...stateOf(first), ...Object.entries(report!.stateUpdates)]);
      const rebuild = await collect(repo, afterDelivery, NOW);
      expect(rebuild.files).toEqual(first.files);
      const again = await deliverApiNotice({ config, env, files: rebuild.files, state: rebuild.state });
      expect(again!.outcome).toBe('nothing-due');
      expect(bodies).toHaveLength(1);
      expect(await deliverApiNotice({ config: configSchema.parse({}), env, files: first.files, state: first.state })).toBeNull();
    } finally {
      server.close();
    }
  });

  let fixed: KindResult<'api'>;
  it('a major bump fixes SemVer (compared with the last version that passed) and recovers', async () => {
    repo.commit({ 'openapi.yaml': spec('2.0.0', V3) }, 'v2.0.0');
    const c5 = repo.git('rev-parse', 'HEAD').trim();
    fixed = await collect(repo, stateOf(first), '2026-02-02T00:00:00.000Z');
    expect(json(fixed, 'status/semver-validation.json')).toMatchObject({ status: 'ok', previous_version: '1.1.0', current_version: '2.0.0', rule: 'rule-1' });
    // Runs: S S B S S -> 4 of 5 = 0.8, not below the 0.8 threshold.
    expect(json(fixed, 'status/stability-metrics.json')).toMatchObject({ window_stability_ratio: 0.8, current_stable_streak: 2, total_runs: 5 });
    const payload = json(fixed, 'status/webhook-payload.json');
    expect(payload.reasons).toEqual(['semver_recovered', 'stability_recovered']);
    expect(payload.sha).toBe(c5.slice(0, 7));
    expect(fixed.events.map((event) => event.id).slice(3)).toEqual([`api:${c5}:semver-recovered`, `api:${c5}:stability-recovered`]);
    expectModel(fixed);
  });

  it('the incremental path (version summaries from state) gives what a full re-read gives', async () => {
    const withoutCache = stateOf(first);
    withoutCache.delete('api/spec-versions.json');
    const full = await collect(repo, withoutCache, '2026-02-02T00:00:00.000Z');
    expect(full.files).toEqual(fixed.files);
    expect(full.state).toEqual(fixed.state);
    const cache = JSON.parse(fixed.state['api/spec-versions.json']!);
    expect(cache.versions.map((v: { version: string; semver_status: string }) => `${v.version} ${v.semver_status}`)).toEqual([
      '1.0.0 ok',
      '1.1.0 warn',
      '1.2.0 fail',
      '2.0.0 ok',
    ]);
    // A cache written by other diff rules is ignored, not trusted.
    const stale = stateOf(first);
    stale.set('api/spec-versions.json', JSON.stringify({ ...cache, engine: 'other', versions: cache.versions.map((v: object) => ({ ...v, breaking: 9 })) }));
    expect((await collect(repo, stale, '2026-02-02T00:00:00.000Z')).files).toEqual(fixed.files);
  });

  it('invalid YAML makes a placeholder run that names the file and line; recovery resets the streak', async () => {
    repo.commit({ 'openapi.yaml': 'openapi: 3.1.0\ninfo:\n  title: [unclosed\n' }, 'broken');
    const broken = await collect(repo, stateOf(fixed), '2026-02-03T00:00:00.000Z', { placeholder_streak_alert_threshold: 2, placeholder_max_runs: 2 });
    const metrics = json(broken, 'status/stability-metrics.json');
    expect(metrics).toMatchObject({ placeholder: true, extensions: { placeholder_streak: 1 } });
    expect(broken.section.placeholder.error).toMatchObject({ file: 'openapi.yaml' });
    expect(broken.section.placeholder.error!.where).toMatch(/line \d+/);
    const check = broken.checks.find((c) => c.id === 'api.spec')!;
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/^openapi\.yaml: line \d+/);
    expect(broken.badges.find((b) => b.file === 'placeholder-streak-badge.json')!.endpoint).toMatchObject({ message: '1', color: 'green' });
    expect(json(broken, 'status/webhook-payload.json').semver_status).toBe('unknown');
    expectModel(broken);

    // A $ref to nowhere: second placeholder run, alert threshold 2 reached.
    repo.commit({ 'openapi.yaml': spec('2.0.1', V3).replace('description: ok', "$ref: '#/components/responses/Missing'") }, 'dangling ref');
    const dangling = await collect(repo, stateOf(broken), '2026-02-04T00:00:00.000Z', { placeholder_streak_alert_threshold: 2, placeholder_max_runs: 2 });
    expect(dangling.section.placeholder).toMatchObject({ streak: 2, alert: true, exceeded: false });
    expect(dangling.section.placeholder.error!.message).toMatch(/points to nowhere/);
    expect(json(dangling, 'status/webhook-payload.json').reasons).toContain('placeholder_streak');

    // Not OpenAPI at all: third run exceeds placeholder_max_runs 2 and fails the build.
    repo.commit({ 'openapi.yaml': 'hello: world\n' }, 'not openapi');
    const notOpenApi = await collect(repo, stateOf(dangling), '2026-02-05T00:00:00.000Z', { placeholder_streak_alert_threshold: 2, placeholder_max_runs: 2 });
    const failing = notOpenApi.checks.find((c) => c.id === 'api.spec')!;
    expect(failing).toMatchObject({ status: 'fail', fails_build: true });
    expect(failing.message).toContain('placeholder_max_runs 2');
    expectModel(notOpenApi);
    expect(notOpenApi.badges.find((b) => b.file === 'placeholder-streak-badge.json')!.endpoint).toMatchObject({ message: '3', color: 'yellow' });

    // Recovery: the spec is readable again; streak 0, placeholder_recovered emitted.
    repo.commit({ 'openapi.yaml': spec('2.0.1', V3) }, 'fixed');
    const recovered = await collect(repo, stateOf(notOpenApi), '2026-02-06T00:00:00.000Z', { placeholder_streak_alert_threshold: 2, placeholder_max_runs: 2 });
    expect(json(recovered, 'status/stability-metrics.json')).toMatchObject({ placeholder: false, extensions: { placeholder_streak: 0 } });
    expect(json(recovered, 'status/webhook-payload.json').reasons).toContain('placeholder_recovered');
    expect(json(recovered, 'status/semver-validation.json')).toMatchObject({ status: 'ok', previous_version: '2.0.0', current_version: '2.0.1' });
  });

  it('a spec missing at HEAD is a placeholder run naming the file', async () => {
    const other = new TempRepo();
    other.commit({ 'README.md': 'x\n' }, 'no spec');
    const result = await collect(other, new Map(), NOW);
    expect(result.section.placeholder.error).toMatchObject({ file: 'openapi.yaml', where: null });
    expect(result.section.placeholder.error!.message).toMatch(/not found at HEAD/);
    expect(json(result, 'status/stability-metrics.json')).toMatchObject({
      placeholder: true,
      total_runs: 1,
      window_stability_ratio: 0,
      extensions: { placeholder_streak: 1 },
    });
    expect(validatePayload(json(result, 'status/webhook-payload.json'))).toBe(true);
    expectModel(result);
  });

  it('rejects a corrupt history on the state branch naming the file and line', async () => {
    await expect(collect(repo, new Map([['api/stability-history.jsonl', '{"commit":1}\n']]), NOW)).rejects.toMatchObject({
      exitCode: 2,
      location: { where: 'line 1: $.commit' },
    });
  });
});
