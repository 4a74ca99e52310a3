import { z } from 'zod';
import { parseWith, parseYamlDocument } from '../../core/validation.ts';

/**
 * A Prometheus rule file (`groups[].rules[]`), plain or wrapped in a Prometheus Operator
 * `PrometheusRule` custom resource (`spec.groups`). Loose objects: Prometheus and the operator own
 * these formats and add keys over time; only what coverage relies on is checked.
 */
const ruleSchema = z.looseObject({
  alert: z.string().min(1).optional(),
  record: z.string().min(1).optional(),
  expr: z.union([z.string(), z.number()]),
  for: z.string().optional(),
  // Values are read as text; a label or annotation that is not a scalar is left out.
  labels: z.record(z.string(), z.unknown()).nullish(),
  annotations: z.record(z.string(), z.unknown()).nullish(),
});

/** `rules: null` (a key with nothing under it) and a group without `rules` are empty groups. */
const groupsSchema = z.array(
  z.looseObject({
    name: z.string().min(1),
    rules: z.array(ruleSchema).nullish(),
  }),
);

const ruleFileSchema = z.looseObject({ groups: groupsSchema });

/** `apiVersion: monitoring.coreos.com/v1`, `kind: PrometheusRule`: the rule groups sit under `spec`. */
const customResourceSchema = z.looseObject({
  kind: z.literal('PrometheusRule'),
  spec: z.looseObject({ groups: groupsSchema.nullish() }),
});

export interface AlertRule {
  alert: string;
  group: string;
  expr: string;
  for: string | null;
  /** The rule's labels as text (`severity: critical`); empty when it has none. */
  labels: Record<string, string>;
  /** The rule's annotations as text (`runbook_url`, `summary`, `description`); empty when it has none. */
  annotations: Record<string, string>;
  file: string;
  line: number;
}

/**
 * Every alerting rule of a rule file, with the line of its `alert:` key for error messages.
 * Recording rules (`record:`) are not alerts. One alert name may appear in several rules
 * (multi-window burn-rate alerts); each is returned, and the checks treat them as one alert.
 */
export function parseRuleFile(text: string, file: string): AlertRule[] {
  const { data, lineAt } = parseYamlDocument(text, file);
  const { groups, at } = isCustomResource(data)
    ? { groups: parseWith(customResourceSchema, data, file).spec.groups ?? [], at: ['spec', 'groups'] }
    : { groups: parseWith(ruleFileSchema, data ?? { groups: [] }, file).groups, at: ['groups'] };
  const alerts: AlertRule[] = [];
  groups.forEach((group, groupIndex) => {
    (group.rules ?? []).forEach((rule, ruleIndex) => {
      if (!rule.alert) return;
      const line = lineAt([...at, groupIndex, 'rules', ruleIndex, 'alert']);
      alerts.push({
        alert: rule.alert,
        group: group.name,
        expr: String(rule.expr),
        for: rule.for ?? null,
        labels: scalars(rule.labels),
        annotations: scalars(rule.annotations),
        file,
        line,
      });
    });
  });
  return alerts;
}

function isCustomResource(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { kind?: unknown }).kind === 'PrometheusRule';
}

/** A label or annotation map with its scalar values as strings (YAML reads `priority: 1` as a number); anything else is `{}`. */
export function scalars(record: unknown): Record<string, string> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return {};
  // fromEntries defines own properties, so a key such as `__proto__` stays a key.
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      .map(([key, value]) => [key, String(value)]),
  );
}
