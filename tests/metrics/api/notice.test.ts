import { describe, expect, it } from 'vitest';
import { type Conditions, decideNotice, markDelivered, markUndelivered, owedReasons, readNoticeState } from '../../../src/metrics/api/index.ts';
import { EMPTY_NOTICE_STATE, type NoticeState } from '../../../src/model/webhook.ts';

const COMMIT = 'a'.repeat(40);
const healthy: Conditions = { semverFail: false, stabilityDrop: false, placeholderAlert: false };
const state = (failing: NoticeState['failing'], pending: NoticeState['pending'] = []): NoticeState => ({
  ...EMPTY_NOTICE_STATE,
  commit: 'b'.repeat(40),
  failing,
  pending,
});

describe('decideNotice', () => {
  const cases: { title: string; previous: NoticeState; now: Conditions; reasons: string[]; due: string[] }[] = [
    { title: 'healthy stays quiet', previous: EMPTY_NOTICE_STATE, now: healthy, reasons: [], due: [] },
    { title: 'new semver failure', previous: EMPTY_NOTICE_STATE, now: { ...healthy, semverFail: true }, reasons: ['semver_fail'], due: ['semver_fail'] },
    {
      title: 'a failure still holding is in the payload but not due again',
      previous: state(['semver_fail']),
      now: { ...healthy, semverFail: true },
      reasons: ['semver_fail'],
      due: [],
    },
    { title: 'recovery emitted', previous: state(['semver_fail']), now: healthy, reasons: ['semver_recovered'], due: ['semver_recovered'] },
    {
      title: 'a recovery whose POST failed is announced again',
      previous: state([], ['stability_recovered']),
      now: healthy,
      reasons: ['stability_recovered'],
      due: ['stability_recovered'],
    },
    {
      title: 'a failure whose POST failed and that has since recovered: only the recovery is said',
      previous: state(['placeholder_streak'], ['placeholder_streak']),
      now: healthy,
      reasons: ['placeholder_recovered'],
      due: ['placeholder_recovered'],
    },
    {
      title: 'a failure whose POST failed, still failing, is due again',
      previous: state(['stability_drop'], ['stability_drop']),
      now: { ...healthy, stabilityDrop: true },
      reasons: ['stability_drop'],
      due: ['stability_drop'],
    },
    {
      title: 'the seed mixed example: placeholder recovered, semver fails',
      previous: state(['placeholder_streak']),
      now: { ...healthy, semverFail: true },
      reasons: ['placeholder_recovered', 'semver_fail'],
      due: ['placeholder_recovered', 'semver_fail'],
    },
    {
      title: 'a pending recovery is dropped when the failure returns',
      previous: state([], ['semver_recovered']),
      now: { ...healthy, semverFail: true },
      reasons: ['semver_fail'],
      due: ['semver_fail'],
    },
    {
      title: 'all three fail at once',
      previous: EMPTY_NOTICE_STATE,
      now: { semverFail: true, stabilityDrop: true, placeholderAlert: true },
      reasons: ['semver_fail', 'stability_drop', 'placeholder_streak'],
      due: ['semver_fail', 'stability_drop', 'placeholder_streak'],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const decision = decideNotice(c.previous, c.now, COMMIT);
      expect(decision.reasons).toEqual(c.reasons);
      expect(decision.due).toEqual(c.due);
      expect(decision.state).toMatchObject({ commit: COMMIT, reasons: c.reasons, due: c.due, pending: [] });
    });
  }

  it('emits a recovery once: the next build is quiet', () => {
    const first = decideNotice(state(['stability_drop']), healthy, COMMIT);
    expect(first.reasons).toEqual(['stability_recovered']);
    const delivered = markDelivered(first.state, 'abc1234');
    expect(delivered).toEqual({
      version: 1,
      commit: COMMIT,
      failing: [],
      reasons: ['stability_recovered'],
      due: ['stability_recovered'],
      pending: [],
      last_delivered_sha: 'abc1234',
    });
    expect(decideNotice(delivered, healthy, 'c'.repeat(40)).reasons).toEqual([]);
  });

  it('a failed delivery carries the recovery to the next build, then it is quiet', () => {
    const first = decideNotice(state(['semver_fail']), healthy, COMMIT);
    const failed = markUndelivered(first.state, first.due);
    expect(failed.pending).toEqual(['semver_recovered']);
    const next = decideNotice(failed, healthy, 'c'.repeat(40));
    expect(next.due).toEqual(['semver_recovered']);
    expect(decideNotice(markDelivered(next.state, 'ccccccc'), healthy, 'd'.repeat(40)).due).toEqual([]);
  });

  it('a rebuild of the same commit repeats its reasons and does not re-announce', () => {
    const first = decideNotice(state(['semver_fail']), healthy, COMMIT);
    const delivered = markDelivered(first.state, 'abc1234');
    const rebuild = decideNotice(delivered, healthy, COMMIT);
    expect(rebuild.reasons).toEqual(['semver_recovered']);
    expect(rebuild.due).toEqual([]);
    expect(rebuild.state).toEqual(delivered);
    expect(owedReasons(rebuild.state, 'abc1234')).toEqual([]);
    // ... unless its delivery failed.
    const failed = markUndelivered(first.state, first.due);
    expect(decideNotice(failed, healthy, COMMIT).due).toEqual(['semver_recovered']);
    expect(owedReasons(failed, 'abc1234')).toEqual(['semver_recovered']);
  });

  it('a rebuild under changed conditions is decided afresh', () => {
    const first = decideNotice(EMPTY_NOTICE_STATE, healthy, COMMIT);
    const rebuild = decideNotice(first.state, { ...healthy, stabilityDrop: true }, COMMIT);
    expect(rebuild.reasons).toEqual(['stability_drop']);
    expect(rebuild.due).toEqual(['stability_drop']);
  });
});

describe('readNoticeState', () => {
  it('reads nothing owed when there is no state yet', () => {
    expect(readNoticeState(undefined)).toEqual(EMPTY_NOTICE_STATE);
  });

  it.each([
    ['not JSON', '{ "last', /malformed JSON/],
    ['a wrong shape', '{"owed": 3}', /\$/],
    ['a key written twice', '{"last_delivered_sha":null,"last_delivered_sha":null}', /appears twice/],
  ])('refuses %s, naming the state file, instead of starting over', (_, text, message) => {
    expect(() => readNoticeState(text)).toThrow(
      expect.objectContaining({ exitCode: 2, location: expect.objectContaining({ file: 'state branch: api/notice-state.json' }) }),
    );
    expect(() => readNoticeState(text)).toThrow(message);
  });
});
