import { describe, expect, it } from 'vitest';
import {
  EMPTY_NOTICE_STATE,
  FAILURE_REASONS,
  governanceNoticeSchema,
  noticeStateSchema,
  REASON_ORDER,
  RECOVERY_REASONS,
  reasonSchema,
} from '../../src/model/webhook.ts';

const NOTICE = {
  event: 'governance_notice',
  version: 1,
  sha: 'abcdef0',
  semver_status: 'ok',
  stability_ratio: 0.5,
  reasons: ['semver_fail'],
  operations: { added: 0, removed: 0 },
};

describe('webhook model', () => {
  it('orders every reason once: recoveries, then failures', () => {
    expect([...REASON_ORDER].sort()).toEqual([...FAILURE_REASONS, ...RECOVERY_REASONS].sort());
    expect(REASON_ORDER.slice(0, 3)).toEqual(expect.arrayContaining([...RECOVERY_REASONS]));
    expect(reasonSchema.options.sort()).toEqual([...REASON_ORDER].sort());
  });

  it.each([
    ['an unknown reason', { reasons: ['new_reason'] }],
    ['an unknown top-level key', { extra: true }],
    ['another payload version', { version: 2 }],
  ])('the payload a build writes has no %s', (_name, change) => {
    expect(governanceNoticeSchema.safeParse(NOTICE).success).toBe(true);
    expect(governanceNoticeSchema.safeParse({ ...NOTICE, ...change }).success).toBe(false);
  });

  it('the empty notice state is a valid state', () => {
    expect(noticeStateSchema.parse(EMPTY_NOTICE_STATE)).toEqual(EMPTY_NOTICE_STATE);
    expect(noticeStateSchema.safeParse({ ...EMPTY_NOTICE_STATE, failing: ['semver_recovered'] }).success).toBe(false);
  });
});
