import { configSchema } from '../../../src/config/index.ts';
import { gatesDemoConfig, gatesDemoState, gatesDemoSteps } from '../../../src/demo/gates.ts';
import { incidentsDemoConfig, incidentsDemoSteps } from '../../../src/demo/incidents.ts';
import { computeGatesSection, gatesChecks, gatesEvents } from '../../../src/metrics/gates/index.ts';
import { computeIncidentsSection, incidentEvents, incidentsCheck } from '../../../src/metrics/incidents/index.ts';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { gatesBadges } from '../../../src/publish/badges/gates/index.ts';
import { incidentsBadges } from '../../../src/publish/badges/incidents/index.ts';
import { parseGateFile, parseProbeHistory } from '../../../src/sources/gates/index.ts';
import { parseIncident } from '../../../src/sources/incidents/index.ts';

export const DEMO_START = '2026-05-24T00:00:00Z';
export const NOW = '2026-11-20T12:00:00.000Z';

/** An incident report full of markup, quotes and a script, to prove the pages render text. */
export const HOSTILE_INCIDENT =
  '---\ntitle: "<script>alert(1)</script> & \\"quotes\\""\nstart: 2026-11-01T10:00:00Z\nseverity: medium\nservices: ["<b>api</b>"]\nroot_causes: ["<img src=x onerror=alert(2)>"]\n---\nBody <script>alert(3)</script> and [link](javascript:alert(4)).\n';

/** A report in the seeds' style (date, type, kept keys, narrative body) whose values carry markup. */
export const SEED_STYLE_INCIDENT =
  '---\ndate: 2026-11-05\ntype: "<i>postmortem</i>"\nowner: "<script>alert(5)</script>"\ntags: [db, "<b>x</b>"]\n---\n\n# Seed <b>style</b> outage\n\nThe database was down.\n';

/** The fixture model with the demo's gates and incidents sections, badges, checks and events added. */
export function withGatesAndIncidents(model: StatusModel): StatusModel {
  const config = configSchema.parse({ sources: { ...gatesDemoConfig, ...incidentsDemoConfig } });
  const records = gatesDemoSteps(DEMO_START).flatMap((step) => Object.entries(step.files).flatMap(([file, text]) => parseGateFile(text!, file)));
  const texts = new Map<string, string>();
  for (const step of incidentsDemoSteps(DEMO_START)) for (const [file, text] of Object.entries(step.files)) texts.set(file, text!);
  texts.set('governance/incidents/hostile.md', HOSTILE_INCIDENT);
  texts.set('governance/incidents/2026-11-05-seed-style.md', SEED_STYLE_INCIDENT);
  const incidents = [...texts].map(([file, text]) => parseIncident(text, file, 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ffe'));
  const history = parseProbeHistory(gatesDemoState(DEMO_START)['gates/probe-history.jsonl']!);
  const gates = computeGatesSection({
    config: config.sources.gates!,
    records,
    history,
    incidents: incidents.map((i) => ({ id: i.id, start: i.start, assumptions: i.assumptions })),
    now: NOW,
  });
  const incidentsSection = computeIncidentsSection(incidents, NOW, 'governance/incidents');
  return {
    ...model,
    sections: { ...model.sections, gates, incidents: incidentsSection },
    badges: [...model.badges, ...gatesBadges(gates, 300), ...incidentsBadges(incidentsSection, 300)],
    verdict: { ...model.verdict, checks: [...model.verdict.checks, ...gatesChecks(gates), incidentsCheck(incidentsSection)] },
    events: [...model.events, ...gatesEvents(gates), ...incidentEvents(incidentsSection, 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ffe')].sort((a, b) =>
      a.date < b.date ? 1 : -1,
    ),
  };
}
