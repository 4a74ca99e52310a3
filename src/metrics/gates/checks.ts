import type { GatesSection } from '../../model/gates.ts';
import type { Check } from '../../model/status-model.ts';

/**
 * The gates' contribution to the overall verdict: the suite verdict over each gate's latest result
 * (BLOCKED fails, CAUTION warns; no runs yet warns), and, once probes have run, their last results.
 */
export function gatesChecks(section: GatesSection): Check[] {
  const checks: Check[] = [verdictCheck(section)];
  if (section.probes.length) checks.push(probesCheck(section));
  return checks;
}

function verdictCheck(section: GatesSection): Check {
  const { current } = section;
  if (!section.latest_run) {
    return { id: 'gates.verdict', kind: 'gates', title: 'Deploy gates', status: 'warn', message: `no gate runs recorded under ${section.source_path}` };
  }
  const status = current.suite_verdict === 'BLOCKED' ? 'fail' : current.suite_verdict === 'CAUTION' ? 'warn' : 'pass';
  const problems = [
    current.failed_gates.length ? `failed: ${current.failed_gates.join(', ')}` : '',
    current.warned_gates.length ? `warnings: ${current.warned_gates.join(', ')}` : '',
  ].filter(Boolean);
  return {
    id: 'gates.verdict',
    kind: 'gates',
    title: 'Deploy gates',
    status,
    message: `${current.verdict} (${current.suite_verdict}, exit ${current.exit_code}) over the latest result of ${section.gates.length} gates${problems.length ? `; ${problems.join('; ')}` : ''}`,
  };
}

function probesCheck(section: GatesSection): Check {
  const failing = section.probes.filter((probe) => probe.last_status === 'fail');
  const warning = section.probes.filter((probe) => probe.last_status === 'warn');
  return {
    id: 'gates.probes',
    kind: 'gates',
    title: 'Probes',
    status: failing.length ? 'fail' : warning.length ? 'warn' : 'pass',
    message:
      failing.length || warning.length
        ? [...failing, ...warning].map((probe) => `${probe.name}: ${probe.last_message}`).join('; ')
        : `${section.probes.length} probes passing at their last run`,
  };
}
