import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { z } from 'zod';
import { DAY_MS, HOUR_MS } from '../core/time.ts';
import { severitySchema } from '../model/taxonomy.ts';
import { type Alert, alertSchema } from '../sources/taxonomy/schema.ts';
import type { DemoStep } from './step.ts';

/**
 * The demo's alert taxonomy history, made from `content/taxonomy/`: `alerts.json` holds every alert
 * the taxonomy ever has (final fields, plus the PromQL for the rules file) and `timeline.json` says
 * when each is added, changed, deprecated or removed. Each step writes the taxonomy and the
 * Prometheus rules file kept in step with it (active alerts only, as the seed's lifecycle has it).
 */
const catalogueSchema = z.object({
  alerts: z.array(alertSchema.extend({ expr: z.string(), runbook: z.string().nullable().optional() })),
});

const opSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), name: z.string() }),
  z.object({ op: z.literal('remove'), name: z.string() }),
  z.object({ op: z.literal('deprecate'), name: z.string() }),
  z.object({ op: z.literal('severity'), name: z.string(), to: severitySchema }),
  z.object({ op: z.literal('runbook'), name: z.string(), value: z.string().optional() }),
  z.object({ op: z.literal('description'), name: z.string(), value: z.string().optional() }),
]);

const timelineSchema = z.object({
  steps: z.array(z.object({ day: z.number().int().min(0), hour: z.number().int().min(0).max(23).optional(), message: z.string(), ops: z.array(opSchema) })),
});

const content = (path: string) => readFileSync(new URL(`../../content/taxonomy/${path}`, import.meta.url), 'utf8');

export const TAXONOMY_PATH = 'alerts_taxonomy.json';
export const RULES_PATH = 'prometheus/alerts.yml';

export function taxonomyDemoSteps(startDate: string): DemoStep[] {
  const catalogue = catalogueSchema.parse(JSON.parse(content('alerts.json')));
  const timeline = timelineSchema.parse(JSON.parse(content('timeline.json')));
  const definitions = new Map(catalogue.alerts.map((alert) => [alert.name, alert]));
  const definition = (name: string) => {
    const found = definitions.get(name);
    if (!found) throw new Error(`content/taxonomy/timeline.json names an alert not in alerts.json: ${name}`);
    return found;
  };
  const live = new Map<string, Alert>();
  return timeline.steps.map((step) => {
    const hour = step.hour ?? 12;
    const when = new Date(Date.parse(startDate) + step.day * DAY_MS + hour * HOUR_MS).toISOString().replace('.000Z', 'Z');
    for (const op of step.ops) {
      const base = definition(op.name);
      const alert = live.get(op.name);
      switch (op.op) {
        case 'add': {
          const { expr: _expr, runbook, ...fields } = base;
          live.set(op.name, { ...fields, deprecated: false, deprecated_since: undefined, ...(runbook ? { runbook } : {}) });
          break;
        }
        case 'remove':
          live.delete(op.name);
          break;
        case 'deprecate':
          live.set(op.name, { ...alert!, deprecated: true, deprecated_since: when });
          break;
        case 'severity':
          live.set(op.name, { ...alert!, severity: op.to });
          break;
        case 'runbook':
          live.set(op.name, { ...alert!, runbook: op.value ?? base.runbook ?? undefined });
          break;
        case 'description':
          live.set(op.name, { ...alert!, description: op.value ?? base.description });
          break;
      }
    }
    const alerts = [...live.values()];
    return {
      day: step.day,
      hour,
      message: step.message,
      files: {
        [TAXONOMY_PATH]: `${JSON.stringify({ version: 1, alerts: alerts.map(taxonomyEntry) }, null, 2)}\n`,
        [RULES_PATH]: rulesFile(alerts, definitions),
      },
    };
  });
}

function taxonomyEntry(alert: Alert): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    name: alert.name,
    group: alert.group,
    severity: alert.severity,
    scope: alert.scope,
    category: alert.category,
    description: alert.description,
  };
  if (alert.runbook !== undefined) entry.runbook = alert.runbook;
  if (alert.for !== undefined) entry.for = alert.for;
  if (alert.windows !== undefined) entry.windows = alert.windows;
  entry.deprecated = alert.deprecated;
  if (alert.deprecated_since !== undefined) entry.deprecated_since = alert.deprecated_since;
  return entry;
}

function rulesFile(alerts: Alert[], definitions: Map<string, { expr: string }>): string {
  const groups = new Map<string, unknown[]>();
  for (const alert of alerts) {
    if (alert.deprecated) continue;
    const rules = groups.get(alert.group) ?? [];
    rules.push({
      alert: alert.name,
      expr: definitions.get(alert.name)!.expr,
      ...(alert.for ? { for: alert.for } : {}),
      labels: { severity: alert.severity },
      annotations: { summary: alert.description },
    });
    groups.set(alert.group, rules);
  }
  const document = { groups: [...groups].map(([name, rules]) => ({ name, rules })) };
  return `# Generated alongside alerts_taxonomy.json: active alerts only.\n${stringify(document, { lineWidth: 0 })}`;
}
