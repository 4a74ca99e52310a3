import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.ts';
import { formatByteLimit } from '../../core/http-body.ts';
import { stableJson } from '../../core/json.ts';
import { parseJson, parseWith } from '../../core/validation.ts';
import { receivedNoticeSchema } from '../../model/webhook.ts';
import { sendNotice, WEBHOOK_PAYLOAD_PATH, WEBHOOK_RESPONSE_LIMIT_BYTES, webhookHost } from '../../publish/webhook/index.ts';
import type { Command } from '../command.ts';

const command: Command = {
  name: 'notify',
  usage: `usage: govpages notify [--dir DIR] [--url URL] [--timeout-ms N] [--retries N] [--json]

POSTs ${WEBHOOK_PAYLOAD_PATH} of a built site (default --dir dist) to the webhook URL (default:
the GOVERNANCE_WEBHOOK environment variable), whatever its reasons. The body is signed
(X-Govpages-Signature) when GOV_SIGNING_PRIVATE_KEY is set. Retries network errors, timeouts, 5xx
and 429 with exponential backoff; other 4xx are final. A redirect (3xx) is a failed delivery: not
followed, not retried. At most ${formatByteLimit(WEBHOOK_RESPONSE_LIMIT_BYTES)} of the answer is read. Only the URL's host is ever printed.
Exit 0 when delivered, 1 when delivery failed, 2 on bad usage or input.`,
  options: {
    dir: { type: 'string' },
    url: { type: 'string' },
    'timeout-ms': { type: 'string' },
    retries: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values }, io) {
    const url = ((values.url as string | undefined) ?? io.env.GOVERNANCE_WEBHOOK ?? '').trim();
    if (!url) throw new UsageError('no webhook URL: pass --url URL or set GOVERNANCE_WEBHOOK');
    if (!/^https?:\/\//i.test(url)) throw new UsageError(`the webhook URL must start with http:// or https:// (host: ${webhookHost(url)})`);
    const timeoutMs = integer(values['timeout-ms'], '--timeout-ms', 10_000, 100);
    const retries = integer(values.retries, '--retries', 3, 0);
    const path = join(resolve(io.cwd, (values.dir as string | undefined) ?? 'dist'), WEBHOOK_PAYLOAD_PATH);
    let body: string;
    try {
      body = await readFile(path, 'utf8');
    } catch {
      throw new InputError('no webhook payload here (run govpages build with sources.openapi configured first)', { file: path });
    }
    // Refuse to send something receivers would reject: same rules as docs/governance_webhook.schema.json.
    parseWith(receivedNoticeSchema, parseJson(body, path), path);
    const host = webhookHost(url);
    const result = await sendNotice(url, body, { env: io.env, timeoutMs, retries });
    if (values.json) {
      io.stdout(stableJson({ delivered: result.ok, host, attempts: result.attempts, status: result.status ?? null, error: result.error ?? null }));
    } else if (result.ok) {
      io.stdout(`delivered governance_notice to ${host} (HTTP ${result.status}, ${plural(result.attempts)})\n`);
    } else {
      io.stderr(`govpages notify: delivery to ${host} failed after ${plural(result.attempts)}: ${result.error}\n`);
    }
    return result.ok ? 0 : 1;
  },
};

function integer(raw: unknown, flag: string, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${flag} must be an integer >= ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

function plural(attempts: number): string {
  return `${attempts} attempt${attempts === 1 ? '' : 's'}`;
}

export default command;
