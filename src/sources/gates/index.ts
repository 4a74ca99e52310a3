export { gateRunRecordSchema, type GateRunRecordInput } from './gate-run-schema.ts';
export { parseGateFile } from './parse-gate-file.ts';
export { GATE_FILE_EXTENSIONS, readGateRecords, sortRecords } from './read-gate-records.ts';
export { PROBE_HISTORY_FILE, readProbeHistory, parseProbeHistory, serializeProbeHistory, appendProbeHistory } from './probe-history.ts';
