import { stableJson } from '../../core/json.ts';
import { signWebhookBody } from '../../integrity/webhook-signature.ts';
import { markDelivered, markUndelivered, owedReasons, readNoticeState } from '../../metrics/api/notice.ts';
import { NOTICE_STATE_PATH } from '../../model/api.ts';
import type { OutputFile } from '../../model/output-file.ts';
import { WEBHOOK_PAYLOAD_PATH } from './payload.ts';
import { type PostResult, postWebhook, webhookHost } from './post.ts';

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
  /** Extra headers for a body; default: the Ed25519 signature headers when GOV_SIGNING_PRIVATE_KEY is set. */
  sign?: (body: string) => Record<string, string>;
}

export interface DeliveryReport {
  outcome: 'not-configured' | 'nothing-due' | 'delivered' | 'failed';
  /** Host of the webhook URL (never the path or query, which hold the secret). */
  host: string | null;
  attempts: number;
  status?: number;
  error?: string;
  /** State files to write over the kind's (delivered: last sha; failed: reasons kept pending). */
  stateUpdates: Record<string, string>;
  /** One line for the build log. */
  message: string;
}

/**
 * Called by the pipeline after the site is written and before the state branch is: POSTs the
 * payload to `GOVERNANCE_WEBHOOK` when this build has something to announce (`due`: new failures,
 * recoveries, reasons a failed POST left pending). A failed POST records them as `pending`, so the
 * next build announces them again; the build itself still succeeds. The pipeline writes
 * `stateUpdates` over the kind's state.
 */
export async function deliverNotice(options: DeliveryOptions): Promise<DeliveryReport> {
  const url = options.env.GOVERNANCE_WEBHOOK?.trim();
  const state = readNoticeState(options.state[NOTICE_STATE_PATH]);
  if (!url) {
    return { outcome: 'not-configured', host: null, attempts: 0, stateUpdates: {}, message: 'webhook: GOVERNANCE_WEBHOOK not set, nothing sent' };
  }
  const host = webhookHost(url);
  const sha = shaOf(options.payload);
  const owed = owedReasons(state, sha);
  if (owed.length === 0) {
    return { outcome: 'nothing-due', host, attempts: 0, stateUpdates: {}, message: 'webhook: nothing new to announce' };
  }
  const result = await sendNotice(url, options.payload, options);
  if (result.ok) {
    return {
      outcome: 'delivered',
      host,
      attempts: result.attempts,
      status: result.status,
      stateUpdates: { [NOTICE_STATE_PATH]: stableJson(markDelivered(state, sha)) },
      message: `webhook: delivered ${owed.join(', ')} to ${host} (${result.attempts} attempt${result.attempts === 1 ? '' : 's'})`,
    };
  }
  return {
    outcome: 'failed',
    host,
    attempts: result.attempts,
    status: result.status,
    error: result.error,
    stateUpdates: { [NOTICE_STATE_PATH]: stableJson(markUndelivered(state, owed)) },
    message: `webhook: delivery to ${host} failed after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}: ${result.error}; ${owed.join(', ')} kept for the next build`,
  };
}

/**
 * `deliverNotice` for a finished build: the payload is its `status/webhook-payload.json` and the
 * pending reasons are in its state files. Null when the build published no payload.
 */
export async function deliverBuiltNotice(
  options: Omit<DeliveryOptions, 'payload' | 'state'> & {
    files: readonly OutputFile[];
    state: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  },
): Promise<DeliveryReport | null> {
  const { files, state, ...rest } = options;
  const payload = files.find((file) => file.path === WEBHOOK_PAYLOAD_PATH);
  if (!payload) return null;
  return deliverNotice({
    ...rest,
    payload: typeof payload.content === 'string' ? payload.content : Buffer.from(payload.content).toString('utf8'),
    state: state instanceof Map ? Object.fromEntries(state) : (state as Record<string, string>),
  });
}

/**
 * POSTs a governance_notice body as every sender does: the event header, and the Ed25519
 * signature headers when a key is configured, with bounded retries.
 */
export function sendNotice(
  url: string,
  body: string,
  options: Pick<DeliveryOptions, 'env' | 'timeoutMs' | 'retries' | 'backoffMs' | 'fetchImpl' | 'sign'>,
): Promise<PostResult> {
  return postWebhook(url, body, {
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs,
    fetchImpl: options.fetchImpl,
    headers: { 'x-governance-event': 'governance_notice', ...(options.sign ?? defaultSigner(options.env))?.(body) },
  });
}

/** Signs with the checksums key when one is configured, so receivers can check who sent the POST. */
export function defaultSigner(env: NodeJS.ProcessEnv): ((body: string) => Record<string, string>) | undefined {
  const seed = env.GOV_SIGNING_PRIVATE_KEY?.trim();
  return seed ? (body) => signWebhookBody(body, seed) : undefined;
}

function shaOf(payload: string): string {
  try {
    const sha = (JSON.parse(payload) as { sha?: unknown }).sha;
    return typeof sha === 'string' ? sha : 'unknown';
  } catch {
    return 'unknown';
  }
}
