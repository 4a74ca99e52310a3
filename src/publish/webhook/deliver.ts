import { EMPTY_NOTICE_STATE, markDelivered, noticeStateSchema, type NoticeState } from '../../metrics/api/notice.ts';
import { stableJson } from '../../metrics/api/stable-json.ts';
import { postWebhook, webhookHost, type PostResult } from './post.ts';

export const NOTICE_STATE_PATH = 'api/notice-state.json';

export interface DeliveryOptions {
  /** The payload bytes exactly as published in `status/webhook-payload.json`. */
  payload: string;
  /** The API kind's new state files (`KindResult.state`): pending reasons live there. */
  state: Record<string, string>;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  /** Extra headers for a body, e.g. an Ed25519 signature (`signWebhookBody`). */
  sign?: (body: string) => Record<string, string>;
}

export interface DeliveryReport {
  outcome: 'not-configured' | 'nothing-due' | 'delivered' | 'failed';
  /** Host of the webhook URL (never the path or query, which hold the secret). */
  host: string | null;
  attempts: number;
  status?: number;
  error?: string;
  /** State files to write instead of the kind's (pending cleared after a delivery); empty otherwise. */
  stateUpdates: Record<string, string>;
  /** One line for the build log. */
  message: string;
}

/**
 * Called by the pipeline after the site is written and before the state branch is: POSTs the
 * payload to `GOVERNANCE_WEBHOOK` when this build has something not yet announced (pending reasons).
 * A failed POST changes nothing in state, so the next build announces the same reasons again;
 * a delivered one clears them. Without a webhook URL the pending reasons are kept, so configuring
 * one later announces the current conditions once.
 */
export async function deliverNotice(options: DeliveryOptions): Promise<DeliveryReport> {
  const url = options.env.GOVERNANCE_WEBHOOK?.trim();
  const state = readNoticeState(options.state[NOTICE_STATE_PATH]);
  if (!url) {
    return { outcome: 'not-configured', host: null, attempts: 0, stateUpdates: {}, message: 'webhook: GOVERNANCE_WEBHOOK not set, nothing sent' };
  }
  const host = webhookHost(url);
  if (state.pending.length === 0) {
    return { outcome: 'nothing-due', host, attempts: 0, stateUpdates: {}, message: 'webhook: nothing new to announce' };
  }
  const result: PostResult = await postWebhook(url, options.payload, {
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs,
    fetchImpl: options.fetchImpl,
    headers: { 'x-governance-event': 'governance_notice', ...options.sign?.(options.payload) },
  });
  const sha = shaOf(options.payload);
  if (result.ok) {
    return {
      outcome: 'delivered',
      host,
      attempts: result.attempts,
      status: result.status,
      stateUpdates: { [NOTICE_STATE_PATH]: stableJson(markDelivered(state, sha)) },
      message: `webhook: delivered ${state.pending.join(', ')} to ${host} (${result.attempts} attempt${result.attempts === 1 ? '' : 's'})`,
    };
  }
  return {
    outcome: 'failed',
    host,
    attempts: result.attempts,
    status: result.status,
    error: result.error,
    stateUpdates: {},
    message: `webhook: delivery to ${host} failed after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}: ${result.error}; ${state.pending.join(', ')} kept for the next build`,
  };
}

export function readNoticeState(text: string | undefined): NoticeState {
  if (!text) return EMPTY_NOTICE_STATE;
  try {
    const parsed = noticeStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_NOTICE_STATE;
  } catch {
    return EMPTY_NOTICE_STATE;
  }
}

function shaOf(payload: string): string {
  try {
    const sha = (JSON.parse(payload) as { sha?: unknown }).sha;
    return typeof sha === 'string' ? sha : 'unknown';
  } catch {
    return 'unknown';
  }
}
