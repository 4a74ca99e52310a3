import { z } from 'zod';
import { parseWith, parseYamlDocument } from '../../core/validation.ts';

/**
 * A Prometheus rule file (`groups[].rules[]`). Loose objects: Prometheus owns this format and adds
 * keys over time; only what coverage relies on is checked.
 */
const ruleSchema = z.looseObject({
  alert: z.string().min(1).optional(),
  record: z.string().min(1).optional(),
  expr: z.union([z.string(), z.number()]),
  for: z.string().optional(),
});

const ruleFileSchema = z.looseObject({
  groups: z.array(
    z.looseObject({
      name: z.string().min(1),
      rules: z.array(ruleSchema).nullish(),
    }),
  ),
});

export interface AlertRule {
  alert: string;
  group: string;
  expr: string;
  for: string | null;
  file: string;
  line: number;
}

/** Every alerting rule of a rule file, with the line of its `alert:` key for error messages. */
export function parseRuleFile(text: string, file: string): AlertRule[] {
  const { data, lineAt } = parseYamlDocument(text, file);
  const parsed = parseWith(ruleFileSchema, data ?? { groups: [] }, file);
  const alerts: AlertRule[] = [];
  parsed.groups.forEach((group, groupIndex) => {
    (group.rules ?? []).forEach((rule, ruleIndex) => {
      if (!rule.alert) return;
      const line = lineAt(['groups', groupIndex, 'rules', ruleIndex, 'alert']);
      alerts.push({ alert: rule.alert, group: group.name, expr: String(rule.expr), for: rule.for ?? null, file, line });
    });
  });
  return alerts;
}
