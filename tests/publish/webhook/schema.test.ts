import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { governanceNoticeSchema, REASON_ORDER, receivedNoticeSchema } from '../../../src/model/webhook.ts';
import { buildNotice, governanceWebhookJsonSchema, serializeNotice } from '../../../src/publish/webhook/index.ts';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(new URL('../../../docs/governance_webhook.schema.json', import.meta.url), 'utf8')),
);

describe('docs/governance_webhook.schema.json', () => {
  it('is the schema the code publishes', () => {
    const file = readFileSync(new URL('../../../docs/governance_webhook.schema.json', import.meta.url), 'utf8');
    expect(file).toBe(`${JSON.stringify(governanceWebhookJsonSchema, null, 2)}\n`);
  });

  it.each([
    [
      'seed recovery example',
      {
        event: 'governance_notice',
        version: 1,
        sha: 'd3adb33',
        semver_status: 'ok',
        stability_ratio: 0.91,
        reasons: ['stability_recovered'],
        operations: { added: 0, removed: 0 },
      },
    ],
    [
      'seed mixed example',
      {
        event: 'governance_notice',
        version: 1,
        sha: '51gn3d1',
        semver_status: 'fail',
        stability_ratio: 0.89,
        reasons: ['placeholder_recovered', 'semver_fail'],
        operations: { added: 1, removed: 0 },
      },
    ],
    [
      'unknown top-level keys are allowed',
      {
        event: 'governance_notice',
        version: 1,
        sha: 'abcdef0',
        semver_status: 'unknown',
        stability_ratio: 0,
        reasons: [],
        operations: { added: 0, removed: 0 },
        extra: true,
      },
    ],
  ])('accepts the %s', (_, payload) => {
    expect(validate(payload)).toBe(true);
    expect(receivedNoticeSchema.safeParse(payload).success).toBe(true);
  });

  it.each([
    ['wrong event', { event: 'other' }],
    ['short sha', { sha: 'abc' }],
    ['ratio above 1', { stability_ratio: 1.5 }],
    ['duplicate reasons', { reasons: ['semver_fail', 'semver_fail'] }],
    ['extra operations key', { operations: { added: 0, removed: 0, changed: 1 } }],
    ['negative count', { operations: { added: -1, removed: 0 } }],
  ])('rejects %s', (_, change) => {
    const payload = {
      event: 'governance_notice',
      version: 1,
      sha: 'abcdef0',
      semver_status: 'ok',
      stability_ratio: 0.5,
      reasons: [],
      operations: { added: 0, removed: 0 },
      ...change,
    };
    expect(validate(payload)).toBe(false);
    expect(receivedNoticeSchema.safeParse(payload).success).toBe(false);
    expect(governanceNoticeSchema.safeParse(payload).success).toBe(false);
  });

  it('every payload buildNotice makes is valid (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{40}$/),
        fc.constantFrom('ok', 'warn', 'fail', 'unknown' as const),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.subarray([...REASON_ORDER]),
        fc.nat(500),
        fc.nat(500),
        (commit, semverStatus, stabilityRatio, reasons, added, removed) => {
          const notice = buildNotice({ commit, semverStatus, stabilityRatio, reasons, operations: { added, removed } });
          expect(validate(JSON.parse(serializeNotice(notice)))).toBe(true);
          expect(governanceNoticeSchema.parse(JSON.parse(serializeNotice(notice)))).toEqual(notice);
          expect(notice.sha).toHaveLength(7);
        },
      ),
    );
  });

  it('writes the seed fields in the one JSON file layout (RFC 8785 key order)', () => {
    const text = serializeNotice(
      buildNotice({ commit: 'abc1234def', semverStatus: 'ok', stabilityRatio: 0.93, reasons: ['semver_fail'], operations: { added: 2, removed: 0 } }),
    );
    expect(Object.keys(JSON.parse(text))).toEqual(['event', 'operations', 'reasons', 'semver_status', 'sha', 'stability_ratio', 'version']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
