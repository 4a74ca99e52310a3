import { makeBadge } from 'badge-maker';
import type { EndpointBadge } from '../../model/badge.ts';

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

/** Width and height of the rendered badge, so pages can reserve its space (no layout shift while badges load). */
export function badgeSize(endpoint: EndpointBadge): { width: number; height: number } {
  const svg = renderBadgeSvg(endpoint);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  return { width: Number.isFinite(width) ? width : 0, height: Number.isFinite(height) ? height : 20 };
}
