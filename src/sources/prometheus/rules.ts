import { z } from 'zod';
import { parseWith, parseYaml } from '../../core/validation.ts';

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
  const parsed = parseWith(ruleFileSchema, parseYaml(text, file) ?? { groups: [] }, file);
  const lines = text.split('\n');
  const alerts: AlertRule[] = [];
  // The same alert name may appear in several rules (e.g. fast and slow burn): each takes the next line.
  const lastIndex = new Map<string, number>();
  for (const group of parsed.groups) {
    for (const rule of group.rules ?? []) {
      if (!rule.alert) continue;
      const pattern = new RegExp(`^\\s*-?\\s*alert:\\s*["']?${escapeRegExp(rule.alert)}["']?\\s*(#.*)?$`);
      const start = (lastIndex.get(rule.alert) ?? -1) + 1;
      const index = lines.findIndex((line, i) => i >= start && pattern.test(line));
      if (index >= 0) lastIndex.set(rule.alert, index);
      alerts.push({ alert: rule.alert, group: group.name, expr: String(rule.expr), for: rule.for ?? null, file, line: index + 1 });
    }
  }
  return alerts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
