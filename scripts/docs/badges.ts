import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareStrings } from '../../src/core/compare.ts';
import type { BadgeColorRule, BadgeDefinition, BadgeScaleUnit, BadgeSettingStep } from '../../src/model/badge.ts';
import { EVIDENCE_KINDS } from '../../src/model/kinds.ts';
import { cell, code, repoLink, table } from './markdown.ts';

/** Where badge definitions live: one folder per evidence kind, plus the checksum bundle's badge. */
const BADGE_ROOT = 'src/publish/badges';
const EXTRA_BADGE_FILES: Record<string, string> = { 'src/integrity/checksums-badge.ts': 'integrity' };

/** Probe badges are made per probe; the manual shows them with this placeholder name. */
export const PROBE_NAME_PLACEHOLDER = '<name>';

export interface FoundBadge {
  /** `taxonomy`, `api`, ... or `integrity`. */
  kind: string;
  /** The source file that defines it. */
  source: string;
  definition: BadgeDefinition<never>;
}

/**
 * Every badge definition exported under src/publish/badges/ (and the checksums badge), found by
 * importing the files, so a new badge file shows up in the manual without a list to update. A
 * factory (`probeUptimeBadge(name)`) is called with a placeholder name.
 */
export async function findBadges(root: string): Promise<FoundBadge[]> {
  const sources = [...listTs(join(root, BADGE_ROOT)).map((file) => `${BADGE_ROOT}/${file}`), ...Object.keys(EXTRA_BADGE_FILES)];
  const found = new Map<string, FoundBadge>();
  for (const source of sources) {
    const module = (await import(pathToFileURL(join(root, source)).href)) as Record<string, unknown>;
    const kind = EXTRA_BADGE_FILES[source] ?? source.slice(BADGE_ROOT.length + 1).split('/')[0]!;
    for (const [name, value] of Object.entries(module)) {
      const definition = isBadge(value) ? value : typeof value === 'function' && /Badge$/.test(name) ? callFactory(value as (name: string) => unknown) : null;
      if (!definition) continue;
      const previous = found.get(definition.file);
      // Index files re-export: keep the file that defines the badge (the deepest, not index.ts).
      if (!previous || previous.source.endsWith('/index.ts')) found.set(definition.file, { kind, source, definition });
    }
  }
  const order = [...EVIDENCE_KINDS.map((entry) => entry.id as string), 'integrity'];
  return [...found.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || compareStrings(a.definition.file, b.definition.file));
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort(compareStrings);
}

function isBadge(value: unknown): value is BadgeDefinition<never> {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<BadgeDefinition<never>>;
  return typeof candidate.file === 'string' && typeof candidate.label === 'string' && typeof candidate.render === 'function';
}

function callFactory(factory: (name: string) => unknown): BadgeDefinition<never> | null {
  if (factory.length !== 1) return null;
  try {
    const made: unknown = factory(PROBE_NAME_PLACEHOLDER);
    return isBadge(made) ? made : null;
  } catch {
    return null;
  }
}

/** The manual's words for one colour rule list, e.g. `red below 70%, orange from 70%, ...`. */
export function describeColors(rules: readonly BadgeColorRule[], note?: string): string {
  const parts = rules.map((rule, index) => {
    if ('steps' in rule) return `${rule.when ? `${rule.when}: ` : ''}${describeSteps(rule.steps, rule.colors, rule.unit)}`;
    if ('above' in rule) {
      const steps = rule.above.map((threshold) => `${threshold.color} above ${formatStep(threshold.above, rule.unit)}`);
      return `${rule.when ? `${rule.when}: ` : ''}${[...steps, `else ${rule.otherwise}`].join(', ')}`;
    }
    if (rule.when) return `${rule.color} when ${rule.when}`;
    return rules.length === 1 || index === 0 ? rule.color : `else ${rule.color}`;
  });
  return `${parts.join('; ')}${note ? `. ${note}` : ''}`;
}

function describeSteps(steps: readonly (number | BadgeSettingStep)[], colors: readonly string[], unit: BadgeScaleUnit): string {
  // Number.MIN_VALUE as the first step means "anything above zero".
  if (steps[0] === Number.MIN_VALUE) {
    return [`${colors[0]} at 0`, `${colors[1]} above 0`, ...steps.slice(1).map((step, i) => `${colors[i + 2]} from ${formatStep(step, unit)}`)].join(', ');
  }
  return [`${colors[0]} below ${formatStep(steps[0]!, unit)}`, ...steps.map((step, i) => `${colors[i + 1]} from ${formatStep(step, unit)}`)].join(', ');
}

export function formatStep(step: number | BadgeSettingStep, unit: BadgeScaleUnit): string {
  if (typeof step !== 'number') return `${code(step.setting)} (default ${formatStep(step.default, unit)})`;
  switch (unit) {
    case 'ratio':
      return `${Number((step * 100).toFixed(4))}%`;
    case 'percent':
      return `${step}%`;
    case 'days':
      return step === 1 ? '1 day' : `${step} days`;
    case 'minutes':
      return `${step} min`;
    case 'ms':
      return `${step} ms`;
    case 'count':
      return String(step);
  }
}

/** The badges table: every badge, or those of one kind (a kind's own page). */
export function badgesTable(badges: readonly FoundBadge[], page: string, kind?: string): string {
  const shown = kind === undefined ? badges : badges.filter((badge) => badge.kind === kind);
  if (shown.length === 0) throw new Error(`no badges of kind "${kind}"`);
  const header = ['File', ...(kind === undefined ? ['Kind'] : []), 'Label', 'Message', 'Colour', 'Figure, computed in'];
  const rows = shown.map(({ kind: badgeKind, definition }) => {
    const docs = definition.docs;
    if (!docs) throw new Error(`${definition.file} has no docs (see docs/contributing/adding-a-badge.md)`);
    const computedIn = (typeof docs.computedIn === 'string' ? [docs.computedIn] : docs.computedIn).map((path) => repoLink(path, page));
    return [
      code(definition.file),
      ...(kind === undefined ? [badgeKind] : []),
      code(definition.label),
      docs.message,
      describeColors(docs.colors, docs.note),
      `${code(docs.figure)} in ${computedIn.join(' and ')}`,
    ];
  });
  return table(header, rows);
}

/** README's short list: the file names per kind, which the badge URLs point at. */
export function badgeFilesTable(badges: readonly FoundBadge[]): string {
  const kinds = [...new Set(badges.map((badge) => badge.kind))];
  return table(
    ['Kind', 'Badge files (at the site root)'],
    kinds.map((kind) => [
      kind,
      badges
        .filter((badge) => badge.kind === kind)
        .map((badge) => cell(code(badge.definition.file)))
        .join(', '),
    ]),
  );
}
