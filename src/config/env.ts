import { InputError } from '../core/errors.ts';
import { quote } from '../core/printable.ts';
import type { Thresholds } from './schema.ts';

/**
 * Every environment variable govpages reads, in one table: the manual's list is generated from it.
 * The seed's variables override the config file, so a team moving from the seed's scripts keeps
 * its CI settings working unchanged.
 */
export interface EnvironmentVariable {
  name: string;
  /** `number`/`flag`: overrides the config setting `setting`; `secret`: never written anywhere; `text`: read as given. */
  type: 'number' | 'flag' | 'secret' | 'text';
  /** The config setting it overrides (JSON path), when it overrides one. */
  setting?: string;
  description: string;
}

const thresholdVariables = {
  RUNBOOK_MIN_PERCENT: { type: 'number', key: 'runbook_min_percent' },
  TAXONOMY_DEPRECATION_MAX_DAYS: { type: 'number', key: 'deprecation_max_days' },
  MAX_CHURN_DELTA: { type: 'number', key: 'max_churn_delta' },
  MAX_RISK_CHURN_DELTA: { type: 'number', key: 'max_risk_churn_delta' },
  RISK_CHURN_SPIKE_THRESHOLD: { type: 'number', key: 'risk_churn_spike_threshold' },
  TAXONOMY_DEPRECATION_STRICT: { type: 'flag', key: 'deprecation_strict' },
  RISK_CHURN_SPIKE_FAIL: { type: 'flag', key: 'risk_churn_spike_fail' },
} as const satisfies Record<string, { type: 'number' | 'flag'; key: keyof Thresholds }>;

export const ENVIRONMENT_VARIABLES: readonly EnvironmentVariable[] = [
  ...Object.entries(thresholdVariables).map(([name, { type, key }]) => ({
    name,
    type,
    setting: `thresholds.${key}`,
    description: `Overrides \`thresholds.${key}\` (seed 004).`,
  })),
  {
    name: 'GOVERN_STRICT',
    type: 'flag',
    setting: 'sources.catalog.strict',
    description: 'Overrides `sources.catalog.strict`: warnings fail enforcement too (seed 002).',
  },
  {
    name: 'GOV_SIGNING_PRIVATE_KEY',
    type: 'secret',
    description: 'Base64 32-byte Ed25519 seed from `govpages keygen`: signs the checksum bundle, checkpoints and webhook bodies.',
  },
  { name: 'GOVERNANCE_WEBHOOK', type: 'secret', description: 'URL the `governance_notice` webhook is POSTed to; only its host is ever printed.' },
  { name: 'SOURCE_DATE_EPOCH', type: 'text', description: "Seconds since 1970: the build's `now` when `--now` is not given (reproducible-builds convention)." },
  { name: 'GOVPAGES_DEBUG', type: 'text', description: 'Set to print the stack of an internal error (a bug in govpages).' },
];

export const thresholdEnvironmentVariables = Object.keys(thresholdVariables);

/** The config overrides present in `env`, as raw values for the schema to validate. */
export function environmentOverrides(env: NodeJS.ProcessEnv): {
  thresholds: Partial<Record<keyof Thresholds, number | boolean>>;
  catalogStrict?: boolean;
} {
  const thresholds: Partial<Record<keyof Thresholds, number | boolean>> = {};
  for (const [variable, { type, key }] of Object.entries(thresholdVariables)) {
    const value = type === 'number' ? numberVariable(env, variable) : flagVariable(env, variable);
    if (value !== undefined) thresholds[key] = value;
  }
  const catalogStrict = flagVariable(env, 'GOVERN_STRICT');
  return catalogStrict === undefined ? { thresholds } : { thresholds, catalogStrict };
}

function numberVariable(env: NodeJS.ProcessEnv, variable: string): number | undefined {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return undefined;
  // Decimal only: Number() would also take "0x10", "0b1", "Infinity" and "1e999".
  if (!DECIMAL.test(raw.trim()) || !Number.isFinite(Number(raw)))
    throw new InputError(`environment variable ${variable}=${quote(raw)} is not a number (expected e.g. ${variable}=90)`);
  return Number(raw);
}

function flagVariable(env: NodeJS.ProcessEnv, variable: string): boolean | undefined {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return undefined;
  const normalized = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalized)) return true;
  if (['0', 'false', 'no', 'off'].includes(normalized)) return false;
  throw new InputError(`environment variable ${variable}=${quote(raw)} is not a flag (expected 1 or 0, true or false)`);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
