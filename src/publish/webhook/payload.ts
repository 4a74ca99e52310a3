import { stableJson } from '../../core/json.ts';
import type { SemverStatus } from '../../model/api.ts';
import { type GovernanceNotice, PAYLOAD_VERSION, REASON_ORDER, type Reason } from '../../model/webhook.ts';

export const WEBHOOK_PAYLOAD_PATH = 'status/webhook-payload.json';

/** The seed's `governance_notice` v1 payload, field for field (`governanceNoticeSchema`, model/webhook.ts). */
export function buildNotice(input: {
  commit: string;
  semverStatus: SemverStatus | 'unknown';
  stabilityRatio: number | null;
  reasons: readonly Reason[];
  operations: { added: number; removed: number };
}): GovernanceNotice {
  return {
    event: 'governance_notice',
    version: PAYLOAD_VERSION,
    sha: input.commit.slice(0, 7),
    semver_status: input.semverStatus,
    stability_ratio: input.stabilityRatio ?? 0,
    reasons: REASON_ORDER.filter((reason) => input.reasons.includes(reason)),
    operations: { added: input.operations.added, removed: input.operations.removed },
  };
}

/** The payload bytes: the one JSON file layout (RFC 8785 key order, two-space indent, final newline). */
export function serializeNotice(notice: GovernanceNotice): string {
  return stableJson(notice);
}
