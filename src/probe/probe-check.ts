import type { GateStatus, ProbeResult, ProbeType } from '../model/gates.ts';

export type VariableClass = 'critical' | 'required' | 'optional';

/** One variable of the environment check: its name, class and whether it is set. Never its value. */
export interface VariableState {
  name: string;
  class: VariableClass;
  set: boolean;
}

/** The result of one probe in one run, with the step-by-step lines the report prints. */
export interface ProbeCheck {
  name: string;
  type: ProbeType;
  status: GateStatus;
  message: string;
  response_ms: number | null;
  http_status: number | null;
  steps: string[];
  layer: string | null;
  variables?: VariableState[];
}

/** The history line kept on the state branch for a check. */
export function toProbeResult(check: ProbeCheck, time: string, commit: string | null): ProbeResult {
  return {
    time,
    probe: check.name,
    type: check.type,
    status: check.status,
    response_ms: check.response_ms,
    http_status: check.http_status,
    message: check.message,
    commit,
  };
}
