import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE_STATE, decideNotice, markDelivered, type Conditions, type NoticeState } from '../../../src/metrics/api/index.ts';

const COMMIT = 'a'.repeat(40);
const healthy: Conditions = { semverFail: false, stabilityDrop: false, placeholderAlert: false };
const state = (failing: NoticeState['failing'], pending: NoticeState['pending'] = []): NoticeState => ({
  version: 1,
  commit: 'b'.repeat(40),
  failing,
  reasons: [],
  pending,
  last_delivered_sha: null,
});

describe('decideNotice', () => {
  const cases: { title: string; previous: NoticeState; now: Conditions; reasons: string[]; due: boolean; pending: string[] }[] = [
    { title: 'healthy stays quiet', previous: EMPTY_NOTICE_STATE, now: healthy, reasons: [], due: false, pending: [] },
    { title: 'new semver failure', previous: EMPTY_NOTICE_STATE, now: { ...healthy, semverFail: true }, reasons: ['semver_fail'], due: true, pending: ['semver_fail'] },
    {
      title: 'a delivered failure still holding is reported but not due',
      previous: state(['semver_fail']),
      now: { ...healthy, semverFail: true },
      reasons: ['semver_fail'],
      due: false,
      pending: [],
    },
    { title: 'recovery emitted', previous: state(['semver_fail']), now: healthy, reasons: ['semver_recovered'], due: true, pending: ['semver_recovered'] },
    {
      title: 'undelivered recovery is kept for the next build',
      previous: state([], ['stability_recovered']),
      now: healthy,
      reasons: ['stability_recovered'],
      due: true,
      pending: ['stability_recovered'],
    },
    {
      title: 'failure and recovery that were never delivered cancel out',
      previous: state(['placeholder_streak'], ['placeholder_streak']),
      now: healthy,
      reasons: [],
      due: false,
      pending: [],
    },
    {
      title: 'the seed mixed example: placeholder recovered, semver fails',
      previous: state(['placeholder_streak']),
      now: { ...healthy, semverFail: true },
      reasons: ['placeholder_recovered', 'semver_fail'],
      due: true,
      pending: ['placeholder_recovered', 'semver_fail'],
    },
    {
      title: 'a pending recovery is dropped when the failure returns',
      previous: state([], ['semver_recovered']),
      now: { ...healthy, semverFail: true },
      reasons: ['semver_fail'],
      due: true,
      pending: ['semver_fail'],
    },
    {
      title: 'all three fail at once',
      previous: EMPTY_NOTICE_STATE,
      now: { semverFail: true, stabilityDrop: true, placeholderAlert: true },
      reasons: ['semver_fail', 'stability_drop', 'placeholder_streak'],
      due: true,
      pending: ['semver_fail', 'stability_drop', 'placeholder_streak'],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const decision = decideNotice(c.previous, c.now, COMMIT);
      expect(decision.reasons).toEqual(c.reasons);
      expect(decision.due).toBe(c.due);
      expect(decision.state.pending).toEqual(c.pending);
    });
  }

  it('emits a recovery once: delivered, then the next build is quiet', () => {
    const first = decideNotice(state(['stability_drop']), healthy, COMMIT);
    expect(first.reasons).toEqual(['stability_recovered']);
    const delivered = markDelivered(first.state, 'abc1234');
    expect(delivered).toEqual({
      version: 1,
      commit: COMMIT,
      failing: [],
      reasons: ['stability_recovered'],
      pending: [],
      last_delivered_sha: 'abc1234',
    });
    expect(decideNotice(delivered, healthy, 'c'.repeat(40)).reasons).toEqual([]);
  });

  it('a rebuild of the same commit repeats its reasons and does not re-announce', () => {
    const first = decideNotice(state(['semver_fail']), healthy, COMMIT);
    const delivered = markDelivered(first.state, 'abc1234');
    const rebuild = decideNotice(delivered, healthy, COMMIT);
    expect(rebuild.reasons).toEqual(['semver_recovered']);
    expect(rebuild.due).toBe(false);
    expect(rebuild.state).toEqual(delivered);
  });

  it('a rebuild under changed conditions is decided afresh', () => {
    const first = decideNotice(EMPTY_NOTICE_STATE, healthy, COMMIT);
    const rebuild = decideNotice(first.state, { ...healthy, stabilityDrop: true }, COMMIT);
    expect(rebuild.reasons).toEqual(['stability_drop']);
    expect(rebuild.due).toBe(true);
  });
});
