import type { EvidenceKindId } from '../model/kinds.ts';
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

/** Every kind of the registry (`model/kinds.ts`) has its part of the demo. */
export const DEMO_KINDS: Record<EvidenceKindId, DemoKind> = {
  taxonomy: { steps: taxonomyDemoSteps, sources: { taxonomy: { path: TAXONOMY_PATH, rules: [RULES_PATH] } } },
  api: { steps: () => apiDemoSteps, sources: apiDemoConfig },
  catalog: { steps: () => catalogDemoSteps, sources: catalogDemoConfig },
  gates: { steps: gatesDemoSteps, sources: gatesDemoConfig },
  incidents: { steps: incidentsDemoSteps, sources: incidentsDemoConfig },
  ports: { steps: () => portsDemoSteps, sources: portsDemoConfig },
};
