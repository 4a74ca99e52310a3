export { verdictOf, summariseRuns } from './verdict.ts';
export { passRate, latestPerGate, inWindow } from './latest.ts';
export { layerCoverage } from './layer-coverage.ts';
export { falsePositives, type IncidentStart } from './false-positives.ts';
export { probeFigures } from './probe-uptime.ts';
export { computeGatesSection, ENVIRONMENT_PROBE, type GatesInput } from './gates-section.ts';
export { gatesChecks } from './checks.ts';
export { gatesEvents } from './events.ts';
