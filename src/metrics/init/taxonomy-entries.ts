import type { AlertDefinition } from '../../sources/init/classify.ts';
import { guessCategory, guessScope } from './guess.ts';
import { normalizeSeverity, type SeverityVocabulary } from './severities.ts';

/** The fields of a new entry that a person should confirm; the entry's `review` key lists them. */
export type ReviewField = 'severity' | 'scope' | 'category' | 'description';

/** One alert entry init writes (keys as the taxonomy names them; `review` is init's marker). */
export interface PlannedAlert {
  name: string;
  group: string;
  severity: string;
  scope: string;
  category: string;
  description: string;
  runbook?: string;
  for?: string;
  review?: ReviewField[];
}

export interface EntryVocabulary {
  severities: SeverityVocabulary;
  scopes: readonly string[];
  categories: readonly string[];
}

/**
 * New taxonomy entries for the alerts of the rules that the taxonomy does not name yet, one per
 * alert name in rule order. An alert defined by several rules (multi-window burn-rate alerts) is one
 * entry, described by its first rule: group, labels, annotations and `for` come from it (no `for`
 * when the first rule has none). What init cannot know is guessed and listed in `review`.
 */
export function plannedAlerts(rules: readonly AlertDefinition[], existingNames: Iterable<string>, vocabulary: EntryVocabulary): PlannedAlert[] {
  const seen = new Set(existingNames);
  const planned: PlannedAlert[] = [];
  for (const rule of rules) {
    if (seen.has(rule.alert)) continue;
    seen.add(rule.alert);
    planned.push(entryOf(rule, vocabulary));
  }
  return planned;
}

function entryOf(rule: AlertDefinition, vocabulary: EntryVocabulary): PlannedAlert {
  const review: ReviewField[] = [];
  // Matched without case; written as the vocabulary spells it (`P1` for a rule's `p1`).
  const label = normalizeSeverity(rule.labels.severity);
  const severity = label === null ? undefined : vocabulary.severities.names.find((name) => name.toLowerCase() === label);
  if (severity === undefined) review.push('severity');
  const scope = fromLabel(rule.labels.scope, vocabulary.scopes);
  if (scope === null) review.push('scope');
  const category = fromLabel(rule.labels.category, vocabulary.categories);
  if (category === null) review.push('category');
  const description = (rule.annotations.description ?? rule.annotations.summary ?? '').trim();
  if (description === '') review.push('description');
  const runbook = rule.annotations.runbook_url?.trim();
  return {
    name: rule.alert,
    group: rule.group,
    severity: severity ?? vocabulary.severities.lowest,
    scope: scope ?? guessScope(rule.alert, vocabulary.scopes),
    category: category ?? guessCategory(rule.alert, vocabulary.categories),
    description,
    ...(runbook ? { runbook } : {}),
    ...(rule.for !== null ? { for: rule.for } : {}),
    ...(review.length > 0 ? { review } : {}),
  };
}

/** A label's value when the vocabulary has it, else null (a guess is made and marked). */
function fromLabel(label: string | undefined, vocabulary: readonly string[]): string | null {
  const value = label?.trim();
  return value && vocabulary.includes(value) ? value : null;
}
