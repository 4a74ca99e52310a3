/**
 * Severity vocabularies init writes alerts in. The names and weights are the agreed
 * `sources.taxonomy.severities` setting (a preset name, or a map of name to risk weight); init only
 * picks one and sorts alerts into it, lint enforces it.
 */
export const SEVERITY_PRESETS = {
  seed: { critical: 5, high: 3, medium: 2, low: 1 },
  prometheus: { critical: 5, warning: 3, info: 1 },
} as const satisfies Record<string, Record<string, number>>;

export type SeverityPreset = keyof typeof SEVERITY_PRESETS;
export type SeveritySetting = string | Record<string, number>;

/** A vocabulary's names, heaviest first (ties by name), and the lightest: where an alert with no usable severity goes. */
export interface SeverityVocabulary {
  names: string[];
  lowest: string;
}

/** The vocabulary of a setting, or null for a preset name that does not exist (or an empty map). */
export function severityVocabulary(setting: SeveritySetting | undefined): SeverityVocabulary | null {
  const weights: Record<string, number> | null = setting === undefined ? SEVERITY_PRESETS.seed : typeof setting === 'string' ? presetWeights(setting) : setting;
  if (!weights) return null;
  const names = Object.keys(weights).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) return null;
  return { names, lowest: names[names.length - 1]! };
}

function presetWeights(name: string): Record<string, number> | null {
  return Object.hasOwn(SEVERITY_PRESETS, name) ? SEVERITY_PRESETS[name as SeverityPreset] : null;
}

const PROMETHEUS_ONLY = new Set(['warning', 'info']);
const SEED_ONLY = new Set(['high', 'medium', 'low']);

/**
 * The preset a new config names: Prometheus' `critical/warning/info` when the rules use `warning`
 * or `info` and neither the rules nor an existing taxonomy use the seed's `high/medium/low` (which
 * that preset would make invalid); the seed's otherwise.
 */
export function chooseSeverityPreset(ruleSeverities: readonly string[], taxonomySeverities: readonly string[]): SeverityPreset {
  const seedUsed = [...ruleSeverities, ...taxonomySeverities].some((severity) => SEED_ONLY.has(severity));
  return !seedUsed && ruleSeverities.some((severity) => PROMETHEUS_ONLY.has(severity)) ? 'prometheus' : 'seed';
}

/** A rule's `severity` label as a vocabulary name: matched without case or surrounding spaces. */
export function normalizeSeverity(label: string | undefined): string | null {
  const severity = label?.trim().toLowerCase();
  return severity ? severity : null;
}
