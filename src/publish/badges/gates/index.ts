import type { GatesSection } from '../../../model/gates.ts';
import type { PublishedBadge } from '../../../model/status-model.ts';
import { publishBadge } from '../badge.ts';
import { gatesFalsePositivesBadge } from './gates-false-positives.ts';
import { gatesLayerCoverageBadge } from './gates-layer-coverage.ts';
import { gatesPassRateBadge } from './gates-pass-rate.ts';
import { gatesVerdictBadge } from './gates-verdict.ts';
import { probeResponseTimeBadge } from './probe-response-time.ts';
import { probeUptimeBadge } from './probe-uptime.ts';

export { UPTIME_THRESHOLDS } from './probe-uptime.ts';
export { gatesFalsePositivesBadge, gatesLayerCoverageBadge, gatesPassRateBadge, gatesVerdictBadge, probeResponseTimeBadge, probeUptimeBadge };

/** Every gates badge for a section. */
export function gatesBadges(section: GatesSection, cacheSeconds: number): PublishedBadge[] {
  const badges: PublishedBadge[] = [
    publishBadge('gates', gatesVerdictBadge, section.latest_run ? section.current : null, cacheSeconds),
    publishBadge('gates', gatesPassRateBadge, section.pass_rate, cacheSeconds),
    publishBadge('gates', gatesLayerCoverageBadge, section.layer_coverage, cacheSeconds),
    publishBadge('gates', gatesFalsePositivesBadge, section.false_positives, cacheSeconds),
  ];
  // Uptime and response time mean something for HTTP checks only, not for the environment check.
  for (const probe of section.probes.filter((figures) => figures.type !== 'environment')) {
    const uptime = probeUptimeBadge(probe.name);
    const responseTime = probeResponseTimeBadge(probe.name);
    badges.push(publishBadge('gates', uptime, probe.uptime_percent, cacheSeconds));
    badges.push(publishBadge('gates', responseTime, probe.mean_response_ms, cacheSeconds));
  }
  return badges;
}
