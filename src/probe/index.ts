export { type ComparedResponse, compareResponses } from './compare-responses.ts';
export { checkEnvironment } from './environment-check.ts';
export { formatProbeReport, probeReportJson } from './format-report.ts';
export { runHttpCheck } from './http-check.ts';
export { runIntegrationCheck } from './integration-check.ts';
export { type ProbeCheck, toProbeResult, type VariableClass, type VariableState } from './probe-check.ts';
export { recordProbeHistory } from './record-history.ts';
export { type ProbeReport, runProbes, summarise } from './run-probes.ts';
export { type FetchOutcome, PROBE_BODY_LIMIT_BYTES, timedFetch } from './timed-fetch.ts';
