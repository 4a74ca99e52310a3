import { jsonLines } from '../../core/json.ts';
import { parseJsonLines } from '../../core/validation.ts';
import { type ProbeResult, probeResultSchema } from '../../model/gates.ts';

/** Path of the probe history on the state branch. */
export const PROBE_HISTORY_FILE = 'gates/probe-history.jsonl';

/** The probe history kept on the state branch (written by `govpages probe`); empty before the first run. */
export function readProbeHistory(state: ReadonlyMap<string, string>): ProbeResult[] {
  return parseProbeHistory(state.get(PROBE_HISTORY_FILE) ?? '');
}

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
