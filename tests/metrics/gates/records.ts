import type { GateMode, GateRecord, GateStatus } from '../../../src/model/gates.ts';

/** A gate record for tests; the run id defaults to the time. */
export function gate(name: string, status: GateStatus, time: string, extra: Partial<GateRecord> = {}): GateRecord {
  const mode: GateMode = extra.mode ?? 'ci';
  return { gate: name, status, mode, message: '', commit: null, time, layer: null, run: extra.run ?? time, file: 'g.jsonl', ...extra };
}
