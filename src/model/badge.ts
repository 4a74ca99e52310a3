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
}

/**
 * The bytes of a badge file, and the one place a badge is validated: a badge Shields would reject
 * is a bug in govpages, not bad input, so it fails loudly here rather than being published.
 */
export function badgeFileContent(endpoint: EndpointBadge): string {
  return stableJson(endpointBadgeSchema.parse(endpoint));
}
