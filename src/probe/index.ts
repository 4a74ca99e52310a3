export { runProbes, summarise, type ProbeReport } from './run-probes.ts';
export { runHttpCheck } from './http-check.ts';
export { runIntegrationCheck } from './integration-check.ts';
export { checkEnvironment } from './environment-check.ts';
export { compareResponses, type ComparedResponse } from './compare-responses.ts';
export { timedFetch, type FetchOutcome } from './timed-fetch.ts';
export { formatProbeReport, probeReportJson } from './format-report.ts';
export { recordProbeHistory } from './record-history.ts';
export { toProbeResult, type ProbeCheck, type VariableState, type VariableClass } from './probe-check.ts';
