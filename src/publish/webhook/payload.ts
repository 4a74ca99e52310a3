import { z } from 'zod';
import { stableJson } from '../../core/json.ts';
import { REASON_ORDER, type Reason } from '../../metrics/api/notice.ts';
import type { SemverStatus } from '../../metrics/api/semver.ts';

export const PAYLOAD_VERSION = 1;
export const WEBHOOK_PAYLOAD_PATH = 'status/webhook-payload.json';

/** The seed's `governance_notice` v1 payload, field for field. */
export interface GovernanceNotice {
  event: 'governance_notice';
  version: number;
  /** Short commit (7 characters). */
  sha: string;
  semver_status: SemverStatus | 'unknown';
  stability_ratio: number;
  reasons: Reason[];
  operations: { added: number; removed: number };
}

/**
 * What `govpages notify` accepts from a built site: the JSON Schema's rules, in zod (ajv is only a
 * development dependency). Unknown top-level keys pass, as the seed tells consumers.
 */
export const governanceNoticeSchema = z.looseObject({
  event: z.literal('governance_notice'),
  version: z.number().int().min(1),
  sha: z.string().min(7).max(40),
  semver_status: z.enum(['ok', 'warn', 'fail', 'unknown']),
  stability_ratio: z.number().min(0).max(1),
  reasons: z.array(z.string()).refine((reasons) => new Set(reasons).size === reasons.length, 'reasons must be unique'),
  operations: z.strictObject({ added: z.number().int().min(0), removed: z.number().int().min(0) }),
});

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
