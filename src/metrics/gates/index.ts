export { gatesChecks } from './checks.ts';
export { gatesEvents } from './events.ts';
export { falsePositives, type IncidentStart } from './false-positives.ts';
export { computeGatesSection, ENVIRONMENT_PROBE, type GatesInput } from './gates-section.ts';
export { inWindow, latestPerGate, passRate } from './latest.ts';
export { layerCoverage } from './layer-coverage.ts';
export { probeFigures } from './probe-uptime.ts';
export { summariseRuns, verdictOf } from './verdict.ts';
