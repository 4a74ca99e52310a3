import { parseJson, parseWith } from '../../core/validation.ts';
import { NOTICE_STATE_PATH } from '../../model/api.ts';
import {
  EMPTY_NOTICE_STATE,
  FAILURE_REASONS,
  type FailureReason,
  type NoticeState,
  noticeStateSchema,
  REASON_ORDER,
  type Reason,
  type RecoveryReason,
} from '../../model/webhook.ts';

/**
 * When the `governance_notice` webhook speaks (seed 004, "Governance Webhook Payload"). A failure
 * reason is in every payload while its condition holds; a recovery reason is emitted once, in the
 * build where a condition that failed in the previous build is healthy again. What a build has to
 * announce (new failures, recoveries) is `due`; when its POST fails, the delivery step keeps it as
 * `pending`, and the next build announces it again, so a failed POST never loses a recovery.
 */

const recoveryOf: Record<FailureReason, RecoveryReason> = {
  semver_fail: 'semver_recovered',
  stability_drop: 'stability_recovered',
  placeholder_streak: 'placeholder_recovered',
};

export interface Conditions {
  semverFail: boolean;
  stabilityDrop: boolean;
  placeholderAlert: boolean;
}

export interface NoticeDecision {
  /** Reasons of this build's payload, in REASON_ORDER. */
  reasons: Reason[];
  /** Reasons not announced yet: when non-empty, the payload should be POSTed. */
  due: Reason[];
  /** State to keep (the delivery step records a failed POST as `pending`). */
  state: NoticeState;
}

export function failingReasons(conditions: Conditions): FailureReason[] {
  const failing: FailureReason[] = [];
  if (conditions.semverFail) failing.push('semver_fail');
  if (conditions.stabilityDrop) failing.push('stability_drop');
  if (conditions.placeholderAlert) failing.push('placeholder_streak');
  return failing;
}

/**
 * Compares this build's conditions with the previous build's state. A rebuild of the commit that
 * wrote the state, under the same conditions, keeps that state as it is (same bytes), repeats its
 * reasons, and owes only what its delivery failed to send: rebuilding never announces twice.
 */
export function decideNotice(previous: NoticeState, conditions: Conditions, commit: string): NoticeDecision {
  const failing = failingReasons(conditions);
  if (previous.commit === commit && sameMembers(previous.failing, failing)) {
    return { reasons: [...previous.reasons], due: [...previous.pending], state: previous };
  }
  const isFailing = (reason: FailureReason) => failing.includes(reason);
  const wasFailing = new Set(previous.failing);
  const recoveries = FAILURE_REASONS.filter((reason) => wasFailing.has(reason) && !isFailing(reason)).map((reason) => recoveryOf[reason]);
  const newFailures = failing.filter((reason) => !wasFailing.has(reason));
  // Carried from a failed POST: still true, so still worth saying.
  const carried = previous.pending.filter((reason) => (isFailureReason(reason) ? isFailing(reason) : !isFailing(failureOf(reason))));
  const due = ordered([...newFailures, ...recoveries, ...carried]);
  const reasons = ordered([...failing, ...recoveries, ...carried]);
  return {
    reasons,
    due,
    state: { version: 1, commit, failing, reasons, due, pending: [], last_delivered_sha: previous.last_delivered_sha },
  };
}

/**
 * What the delivery step must still send for the payload of `sha`: reasons a failed POST left
 * pending, else this build's due reasons unless they were already delivered for this very commit.
 */
export function owedReasons(state: NoticeState, sha: string): Reason[] {
  if (state.pending.length > 0) return [...state.pending];
  return state.last_delivered_sha === sha ? [] : [...state.due];
}

/** The state after the payload of `sha` was delivered. */
export function markDelivered(state: NoticeState, sha: string): NoticeState {
  return { ...state, pending: [], last_delivered_sha: sha };
}

/** The state after a failed delivery: what was owed stays pending for the next build. */
export function markUndelivered(state: NoticeState, owed: readonly Reason[]): NoticeState {
  return { ...state, pending: ordered([...owed]) };
}

function ordered(reasons: Reason[]): Reason[] {
  return REASON_ORDER.filter((reason) => reasons.includes(reason));
}

function isFailureReason(reason: Reason): reason is FailureReason {
  return (FAILURE_REASONS as readonly string[]).includes(reason);
}

function failureOf(recovery: Reason): FailureReason {
  return (Object.keys(recoveryOf) as FailureReason[]).find((reason) => recoveryOf[reason] === recovery)!;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * `api/notice-state.json` as kept on the state branch; missing is the empty state (nothing owed).
 * A damaged one is an InputError naming it: starting over would re-announce or drop notices.
 */
export function readNoticeState(text: string | undefined, file = `state branch: ${NOTICE_STATE_PATH}`): NoticeState {
  if (!text) return EMPTY_NOTICE_STATE;
  return parseWith(noticeStateSchema, parseJson(text, file), file);
}
