import { makeBadge } from 'badge-maker';
import type { EndpointBadge } from '../badges/endpoint-schema.ts';

/**
 * The badge as Shields would draw it from the endpoint JSON, rendered locally with badge-maker (the
 * renderer Shields uses), so the site never loads images from a badge server. badge-maker escapes
 * label and message itself. A logo is left out: Shields resolves `namedLogo` from its own icon set.
 */
export function renderBadgeSvg(endpoint: EndpointBadge): string {
  const svg = makeBadge({
    label: endpoint.label,
    message: endpoint.message,
    color: endpoint.color ?? (endpoint.isError ? 'red' : 'lightgrey'),
    ...(endpoint.labelColor ? { labelColor: endpoint.labelColor } : {}),
    style: endpoint.style ?? 'flat',
  });
  return svg.endsWith('\n') ? svg : `${svg}\n`;
}
