import type { PortsSection } from '../../model/ports.ts';
import type { Check } from '../../model/status-model.ts';

/** The kind's one contribution to the verdict: errors fail it, warnings warn, every finding named. */
export function registryCheck(section: PortsSection): Check {
  const { errors, warnings, conflicts, out_of_range, services, host_ports } = section.summary;
  const status = errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass';
  const message =
    status === 'pass'
      ? `${services} services, ${host_ports} host ports, no conflicts`
      : `${conflicts} conflict${conflicts === 1 ? '' : 's'}, ${out_of_range} out of range, ${warnings} warning${warnings === 1 ? '' : 's'}: ` +
        section.findings.map((finding) => finding.message).join('; ');
  return { id: 'ports.registry', kind: 'ports', title: 'Port registry', status, message };
}
