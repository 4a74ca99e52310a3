import type { BadgeDefinition, EndpointBadge } from '../model/badge.ts';

/**
 * `checksums-badge.json` (seed 004, "Checksum Bundle"): the first 12 hex digits of the aggregate
 * sha256, so a change of any published artifact shows as a change of the badge. Blue when unsigned,
 * green when the bundle carries an Ed25519 signature.
 */
export interface ChecksumsBadgeFigures {
  aggregate_sha256: string;
  signed: boolean;
}

export const SHORT_AGGREGATE_LENGTH = 12;

export const checksumsBadge: BadgeDefinition<ChecksumsBadgeFigures> = {
  file: 'checksums-badge.json',
  label: 'checksums',
  render({ aggregate_sha256, signed }) {
    const short = `sha256:${aggregate_sha256.slice(0, SHORT_AGGREGATE_LENGTH)}`;
    return signed ? { message: `${short} signed`, color: 'brightgreen' } : { message: short, color: 'blue' };
  },
  docs: {
    message: '`sha256:` and 12 hex digits of the aggregate, then ` signed` when signed',
    figure: 'aggregate_sha256 (first 12 hex digits)',
    computedIn: 'src/integrity/checksums.ts',
    colors: [{ when: 'signed', color: 'brightgreen' }, { color: 'blue' }],
  },
};

/**
 * The badge file's content. No `cacheSeconds` (Shields then applies its own 300 s floor): the badge
 * is then a pure function of the aggregate and whether the bundle is signed, so `govpages verify`
 * can check it byte for byte although checksums.json cannot list it (it is derived from it).
 */
export function checksumsBadgeEndpoint(figures: ChecksumsBadgeFigures): EndpointBadge {
  return { schemaVersion: 1, label: checksumsBadge.label, ...checksumsBadge.render(figures) };
}
