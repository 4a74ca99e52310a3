import { z } from 'zod';
import { parseJson, parseJsonLines, parseWith } from '../../core/validation.ts';
import type { GateRecord } from '../../model/gates.ts';
import { type GateRunRecordInput, gateRunRecordSchema } from './gate-run-schema.ts';

const recordListSchema = z.array(gateRunRecordSchema);

/**
 * Parses one gate records file (pure): `*.jsonl` holds one record a line (blank lines allowed);
 * `*.json` holds one record or an array of them. Errors name the file and the line or JSON path.
 */
export function parseGateFile(text: string, file: string): GateRecord[] {
  if (file.toLowerCase().endsWith('.jsonl')) return parseJsonLines(gateRunRecordSchema, text, file, 'gate record').map((record) => toRecord(record, file));
  // Chosen by shape rather than a union, so errors point at the field, not at the whole document.
  const data = parseJson(text, file);
  const parsed = Array.isArray(data) ? parseWith(recordListSchema, data, file) : [parseWith(gateRunRecordSchema, data, file)];
  return parsed.map((record) => toRecord(record, file));
}

function toRecord(input: GateRunRecordInput, file: string): GateRecord {
  const time = new Date(input.time).toISOString();
  return {
    gate: input.gate,
    status: input.status,
    mode: input.mode,
    message: input.message,
    commit: input.commit ?? null,
    time,
    layer: input.layer ?? null,
    run: input.run ?? `${input.mode}@${input.commit ?? 'unknown'}@${time}`,
    file,
  };
}
