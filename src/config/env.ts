import { InputError } from '../core/errors.ts';
import type { Thresholds } from './schema.ts';

/**
 * The seed's environment variables override the config file, so a team moving from the seed's
 * scripts keeps its CI secrets working unchanged.
 */
const numberVariables = {
  RUNBOOK_MIN_PERCENT: 'runbook_min_percent',
  TAXONOMY_DEPRECATION_MAX_DAYS: 'deprecation_max_days',
  MAX_CHURN_DELTA: 'max_churn_delta',
  MAX_RISK_CHURN_DELTA: 'max_risk_churn_delta',
  RISK_CHURN_SPIKE_THRESHOLD: 'risk_churn_spike_threshold',
} as const satisfies Record<string, keyof Thresholds>;

const flagVariables = {
  TAXONOMY_DEPRECATION_STRICT: 'deprecation_strict',
  RISK_CHURN_SPIKE_FAIL: 'risk_churn_spike_fail',
} as const satisfies Record<string, keyof Thresholds>;

export const thresholdEnvironmentVariables = [...Object.keys(numberVariables), ...Object.keys(flagVariables)];

/** Returns the threshold overrides present in `env`, as raw values for the schema to validate. */
export function thresholdOverrides(env: NodeJS.ProcessEnv): Partial<Record<keyof Thresholds, number | boolean>> {
  const overrides: Partial<Record<keyof Thresholds, number | boolean>> = {};
  for (const [variable, key] of Object.entries(numberVariables)) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      throw new InputError(`environment variable ${variable}=${JSON.stringify(raw)} is not a number (expected e.g. ${variable}=90)`);
    }
    overrides[key] = value;
  }
  for (const [variable, key] of Object.entries(flagVariables)) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const normalized = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(normalized)) overrides[key] = true;
    else if (['0', 'false', 'no', 'off'].includes(normalized)) overrides[key] = false;
    else throw new InputError(`environment variable ${variable}=${JSON.stringify(raw)} is not a flag (expected 1 or 0)`);
  }
  return overrides;
}
