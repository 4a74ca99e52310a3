import { scalars } from '../prometheus/rules.ts';

/**
 * What a YAML or JSON document of a repository is, for `govpages init`, which looks for governance
 * files wherever a team keeps them. Lenient on purpose: init reads files it was never pointed at, so
 * a document that is not one of ours is `null`, never an error; `lint` and `build` check the files
 * init names with their own strict parsers.
 */

/** One alerting rule as init needs it: its name, group, `for`, labels and annotations. */
export interface AlertDefinition {
  alert: string;
  group: string;
  file: string;
  for: string | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export type ClassifiedDocument = { kind: 'rules'; alerts: AlertDefinition[] } | { kind: 'openapi' } | { kind: 'swagger' } | { kind: 'port-registry' } | null;

export function classifyDocument(data: unknown, file: string): ClassifiedDocument {
  if (!isRecord(data)) return null;
  const groups = ruleGroups(data);
  if (groups) return { kind: 'rules', alerts: alertDefinitions(groups, file) };
  if (typeof data.openapi === 'string') return { kind: 'openapi' };
  if (typeof data.swagger === 'string' || typeof data.swagger === 'number') return { kind: 'swagger' };
  if (Array.isArray(data.services) && data.services.length > 0 && data.services.every((service) => isRecord(service) && Array.isArray(service.ports))) {
    return { kind: 'port-registry' };
  }
  return null;
}

/**
 * The rule groups of a plain rule file (`groups:`) or of a PrometheusRule custom resource
 * (`kind: PrometheusRule`, `spec.groups`), else null. A plain `groups:` list counts only when a
 * group has a `rules` key (even `rules: null`), since other tools' files have `groups:` too.
 */
function ruleGroups(data: Record<string, unknown>): unknown[] | null {
  if (data.kind === 'PrometheusRule') {
    const spec = data.spec;
    return isRecord(spec) && Array.isArray(spec.groups) ? spec.groups : [];
  }
  const groups = data.groups;
  if (!Array.isArray(groups) || groups.length === 0) return null;
  if (!groups.every((group) => isRecord(group) && typeof group.name === 'string')) return null;
  return groups.some((group) => 'rules' in (group as Record<string, unknown>)) ? groups : null;
}

function alertDefinitions(groups: readonly unknown[], file: string): AlertDefinition[] {
  const alerts: AlertDefinition[] = [];
  for (const group of groups) {
    if (!isRecord(group) || typeof group.name !== 'string' || !Array.isArray(group.rules)) continue;
    for (const rule of group.rules) {
      if (!isRecord(rule) || typeof rule.alert !== 'string' || rule.alert === '') continue;
      alerts.push({
        alert: rule.alert,
        group: group.name,
        file,
        for: typeof rule.for === 'string' && rule.for !== '' ? rule.for : null,
        labels: scalars(rule.labels),
        annotations: scalars(rule.annotations),
      });
    }
  }
  return alerts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
