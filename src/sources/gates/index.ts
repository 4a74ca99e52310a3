export { type GateRunRecordInput, gateRunRecordSchema } from './gate-run-schema.ts';
export { parseGateFile } from './parse-gate-file.ts';
export { appendProbeHistory, PROBE_HISTORY_FILE, parseProbeHistory, readProbeHistory, serializeProbeHistory } from './probe-history.ts';
export { GATE_FILE_EXTENSIONS, readGateRecords, sortRecords } from './read-gate-records.ts';
