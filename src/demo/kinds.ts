import { apiDemoConfig, apiDemoSteps } from './api.ts';
import { catalogDemoConfig, catalogDemoSteps } from './catalog.ts';
import { gatesDemoConfig, gatesDemoSteps } from './gates.ts';
import { incidentsDemoConfig, incidentsDemoSteps } from './incidents.ts';
import { portsDemoConfig, portsDemoSteps } from './ports.ts';
import type { DemoStep } from './step.ts';
import { RULES_PATH, TAXONOMY_PATH, taxonomyDemoSteps } from './taxonomy.ts';

/** What each evidence kind adds to the demo: its steps and its `sources` config fragment. */
export interface DemoKind {
  steps(start: string): DemoStep[];
  sources: Record<string, unknown>;
}

export const demoKinds: readonly DemoKind[] = [
  { steps: taxonomyDemoSteps, sources: { taxonomy: { path: TAXONOMY_PATH, rules: [RULES_PATH] } } },
  { steps: () => apiDemoSteps, sources: apiDemoConfig },
  { steps: () => catalogDemoSteps, sources: catalogDemoConfig },
  { steps: () => portsDemoSteps, sources: portsDemoConfig },
  { steps: gatesDemoSteps, sources: gatesDemoConfig },
  { steps: incidentsDemoSteps, sources: incidentsDemoConfig },
];
