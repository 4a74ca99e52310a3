import { severityVocabulary as configuredVocabulary, SEVERITY_PRESETS } from '../../config/sources/taxonomy.ts';

/**
 * The severity vocabularies init sorts alerts into: the presets and weights of the
 * `sources.taxonomy.severities` setting (config/sources/taxonomy.ts), which lint enforces.
 */
export type SeverityPreset = keyof typeof SEVERITY_PRESETS;
/** The setting as an existing config file writes it: not validated yet (lint does that). */
export type SeveritySetting = string | Record<string, number>;

/** A vocabulary's names, heaviest first, and the lightest: where an alert with no usable severity goes. */
export interface SeverityVocabulary {
  names: string[];
  lowest: string;
}

/** The vocabulary of a setting, or null for a preset name that does not exist (or an empty map). */
export function severityVocabulary(setting: SeveritySetting | undefined): SeverityVocabulary | null {
  if (typeof setting === 'string' && !Object.hasOwn(SEVERITY_PRESETS, setting)) return null;
  const levels = configuredVocabulary((setting ?? 'seed') as SeverityPreset | Record<string, number>);
  if (levels.length === 0) return null;
  const names = levels.map((level) => level.name);
  return { names, lowest: names[names.length - 1]! };
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
