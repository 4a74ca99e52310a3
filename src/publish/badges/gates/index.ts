import type { GatesSection } from '../../../model/gates.ts';
import type { PublishedBadge } from '../../../model/status-model.ts';
import { toEndpoint } from '../badge.ts';
import { endpointBadgeSchema } from '../../../model/badge.ts';
import { gatesFalsePositivesBadge } from './gates-false-positives.ts';
import { gatesLayerCoverageBadge } from './gates-layer-coverage.ts';
import { gatesPassRateBadge } from './gates-pass-rate.ts';
import { gatesVerdictBadge } from './gates-verdict.ts';
import { probeResponseTimeBadge } from './probe-response-time.ts';
import { probeUptimeBadge } from './probe-uptime.ts';

export { gatesVerdictBadge, gatesPassRateBadge, gatesLayerCoverageBadge, gatesFalsePositivesBadge, probeUptimeBadge, probeResponseTimeBadge };
export { formatUptime, UPTIME_THRESHOLDS } from './probe-uptime.ts';

/** Every gates badge for a section; each validated against the strict Shields schema. */
export function gatesBadges(section: GatesSection, cacheSeconds: number): PublishedBadge[] {
  const badges: PublishedBadge[] = [
    publish(gatesVerdictBadge.file, toEndpoint(gatesVerdictBadge, section.latest_run ? section.current : null, cacheSeconds)),
    publish(gatesPassRateBadge.file, toEndpoint(gatesPassRateBadge, section.pass_rate, cacheSeconds)),
    publish(gatesLayerCoverageBadge.file, toEndpoint(gatesLayerCoverageBadge, section.layer_coverage, cacheSeconds)),
    publish(gatesFalsePositivesBadge.file, toEndpoint(gatesFalsePositivesBadge, section.false_positives, cacheSeconds)),
  ];
  // Uptime and response time mean something for HTTP checks only, not for the environment check.
  for (const probe of section.probes.filter((figures) => figures.type !== 'environment')) {
    const uptime = probeUptimeBadge(probe.name);
    const responseTime = probeResponseTimeBadge(probe.name);
    badges.push(publish(uptime.file, toEndpoint(uptime, probe.uptime_percent, cacheSeconds)));
    badges.push(publish(responseTime.file, toEndpoint(responseTime, probe.mean_response_ms, cacheSeconds)));
  }
  return badges;
}

function publish(file: string, endpoint: unknown): PublishedBadge {
  return { file, kind: 'gates', endpoint: endpointBadgeSchema.parse(endpoint) };
}
