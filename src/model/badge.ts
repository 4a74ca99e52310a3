import { z } from 'zod';
import { stableJson } from '../core/json.ts';

/**
 * Shields' endpoint badge schema (badges/shields `services/endpoint-common.js`), applied strictly:
 * Shields rejects a badge file with any other key, so this schema does too. `cacheSeconds` is at
 * least 300 because Shields never caches endpoint badges for less.
 */
export const endpointBadgeSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    label: z.string(),
    message: z.string().min(1),
    color: z.string().min(1).optional(),
    labelColor: z.string().min(1).optional(),
    isError: z.boolean().optional(),
    namedLogo: z.string().min(1).optional(),
    logoSvg: z.string().min(1).optional(),
    logoColor: z.string().min(1).optional(),
    logoSize: z.literal('auto').optional(),
    logoWidth: z.number().int().positive().optional(),
    style: z.enum(['plastic', 'flat', 'flat-square', 'for-the-badge', 'social']).optional(),
    cacheSeconds: z.number().int().min(300).optional(),
  })
  .refine((badge) => !(badge.namedLogo && badge.logoSvg), { message: 'namedLogo and logoSvg are mutually exclusive' });

export type EndpointBadge = z.infer<typeof endpointBadgeSchema>;

/**
 * One badge: the file name Shields' endpoint URL points at (the seed's names), its label, and a
 * pure `render` from the figures it shows to message and colour. Thresholds live beside it as data.
 */
export interface BadgeDefinition<Figures> {
  file: string;
  label: string;
  render(figures: Figures): { message: string; color: string };
  /**
   * What the manual says about the badge. The badges table of docs/badges.md is generated from it,
   * and tests/docs/ renders the badge at every boundary it lists, so the manual cannot drift from
   * `render`. Optional only so that tests can make throwaway badges; every published badge has it.
   */
  docs?: BadgeDocs;
}

export interface BadgeDocs {
  /** The message's forms, e.g. `` `86.7%` `` or `` `no runs` ``. */
  message: string;
  /** The figure the message shows, as the model or status JSON names it (`churn`, `pass_rate.ratio`). */
  figure: string;
  /** Repository path(s) of the file(s) that compute that figure: the manual's one hop from badge to code. */
  computedIn: string | readonly string[];
  /** The colour rules in the order `render` applies them: conditions first, then the scale. */
  colors: readonly BadgeColorRule[];
  /** A sentence the rules cannot say (how two rules combine). */
  note?: string;
}

/** The unit of a scale's values; `ratio` values (0..1) are shown as percentages. */
export type BadgeScaleUnit = 'ratio' | 'percent' | 'count' | 'days' | 'minutes' | 'ms';

/** A step that is a setting (`thresholds.runbook_min_percent`), shown with its default. */
export interface BadgeSettingStep {
  setting: string;
  default: number;
}

/**
 * One colour rule. `steps`: Shields' colorScale (n steps, n+1 colours; below `steps[0]` the first
 * colour, at or above `steps[i]` colour i+1). `above`: Upptime's scale (the first threshold the
 * value is strictly above, else `otherwise`). `color`: one colour. `when` names the condition
 * under which the rule applies.
 */
export type BadgeColorRule =
  | { when?: string; unit: BadgeScaleUnit; steps: readonly (number | BadgeSettingStep)[]; colors: readonly string[] }
  | { when?: string; unit: BadgeScaleUnit; above: readonly { above: number; color: string }[]; otherwise: string }
  | { when?: string; color: string };

/**
 * The bytes of a badge file, and the one place a badge is validated: a badge Shields would reject
 * is a bug in govpages, not bad input, so it fails loudly here rather than being published.
 */
export function badgeFileContent(endpoint: EndpointBadge): string {
  return stableJson(endpointBadgeSchema.parse(endpoint));
}
