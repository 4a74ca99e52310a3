import { z } from 'zod';
import { jsonLines } from '../../core/json.ts';
import { parseJsonLines } from '../../core/validation.ts';

/** Path of the probe history on the state branch. */
export const PROBE_HISTORY_FILE = 'gates/probe-history.jsonl';

/**
 * One line of `gates/probe-history.jsonl`: one probe's result in one `govpages probe` run.
 * Environment checks record variable names and set/empty only, never a value.
 */
export const probeResultSchema = z.strictObject({
  time: z.iso.datetime({ offset: true }),
  probe: z.string().min(1),
  type: z.enum(['http', 'integration', 'environment']),
  status: z.enum(['pass', 'warn', 'fail']),
  /** Wall time of the request(s) in whole ms; null for the environment check or when none was sent. */
  response_ms: z.number().int().min(0).nullable(),
  /** HTTP status of the (last) response; null when there was none. */
  http_status: z.number().int().nullable(),
  message: z.string(),
  /** HEAD commit when the probe ran. */
  commit: z.string().nullable(),
});

export type ProbeResult = z.infer<typeof probeResultSchema>;

/** Parses the history file (pure); a damaged line is an InputError naming the state file and line. */
export function parseProbeHistory(text: string, file = `state branch: ${PROBE_HISTORY_FILE}`): ProbeResult[] {
  return parseJsonLines(probeResultSchema, text, file, 'probe result');
}

/** One JSON object a line, keys sorted, newline-terminated. */
export function serializeProbeHistory(results: readonly ProbeResult[]): string {
  return jsonLines(results);
}

/** The history with `added` appended, keeping only the newest `maxLines` lines. */
export function appendProbeHistory(previous: string, added: readonly ProbeResult[], maxLines: number): string {
  const all = [...parseProbeHistory(previous), ...added];
  return serializeProbeHistory(all.slice(Math.max(0, all.length - maxLines)));
}
