import { z } from 'zod';
import { compareStrings } from '../core/compare.ts';

/**
 * A severity as the taxonomy writes it. The vocabulary is configurable
 * (`sources.taxonomy.severities`), so the model takes any name: an alert whose severity is outside
 * the vocabulary is kept and shown as written (weight 0), and lint reports it as `invalid-severity`.
 */
export const severitySchema = z.string().min(1);
export type Severity = z.infer<typeof severitySchema>;

/** One severity of the vocabulary and its risk weight. */
export const severityLevelSchema = z.strictObject({ name: z.string().min(1), weight: z.number().positive() });
export type SeverityLevel = z.infer<typeof severityLevelSchema>;
/** The configured severities, highest weight first (ties keep the configured order). */
export type SeverityVocabulary = readonly SeverityLevel[];

/** The seed's vocabulary and weights (critical=5, high=3, medium=2, low=1): the default. */
export const SEED_SEVERITIES: SeverityVocabulary = [
  { name: 'critical', weight: 5 },
  { name: 'high', weight: 3 },
  { name: 'medium', weight: 2 },
  { name: 'low', weight: 1 },
];

/** Prometheus' common `severity` labels, for taxonomies written from real rule files. */
export const PROMETHEUS_SEVERITIES: SeverityVocabulary = [
  { name: 'critical', weight: 5 },
  { name: 'warning', weight: 3 },
  { name: 'info', weight: 1 },
];

/** The vocabulary a section was built with: `severities` when written, else the seed's. */
export function sectionSeverities(section: { severities?: SeverityVocabulary | undefined }): SeverityVocabulary {
  return section.severities ?? SEED_SEVERITIES;
}

/**
 * Severity counts in the order pages and exports show them: the vocabulary's (highest weight
 * first), then severities outside it as written, by name. JSON files hold `by_severity` with sorted
 * keys, so the order comes from the vocabulary, not from the object.
 */
export function severityCounts(section: { severities?: SeverityVocabulary | undefined; figures: { by_severity: Record<string, number> } }): [string, number][] {
  const names = sectionSeverities(section).map((level) => level.name);
  const known = new Set(names);
  const others = Object.keys(section.figures.by_severity)
    .filter((name) => !known.has(name))
    .sort(compareStrings);
  return [...names, ...others].map((name) => [name, section.figures.by_severity[name] ?? 0]);
}

/** Rank of a severity for sorting, most severe first; one outside the vocabulary sorts after it. */
export function severityRank(vocabulary: SeverityVocabulary, severity: string): number {
  const index = vocabulary.findIndex((level) => level.name === severity);
  return index < 0 ? vocabulary.length : index;
}
