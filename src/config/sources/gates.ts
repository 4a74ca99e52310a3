import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

/**
 * The critical layers of seed 001's coverage audit ("2 layers covered / 14 critical layers").
 * Layer coverage is measured against this list unless `critical_layers` replaces it.
 */
export const SEED_CRITICAL_LAYERS = [
  'Code Authority',
  'Backend Runtime',
  'Integration Layer',
  'Database Layer',
  'External APIs',
  'Environment Config',
  'File Storage',
  'Authentication',
  'API Endpoints',
  'DNS/Domain',
  'SSL/TLS',
  'Frontend Build',
  'CORS',
  'Database Schema',
] as const;

const probeName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase slug (letters, digits, "-"), used in badge file names');

const httpUrl = z.url({ protocol: /^https?$/ });

/** One HTTP check: a GET (or HEAD) that must answer with `expect_status` in time. */
export const httpProbeSchema = z.strictObject({
  name: probeName,
  url: httpUrl,
  method: z.enum(['GET', 'HEAD']).default('GET'),
  expect_status: z.number().int().min(100).max(599).default(200),
  /** Text the body must contain (e.g. `"ok":true`, as seed 001's gate greps for). */
  body_contains: z.string().min(1).optional(),
  /** Layer of the critical-layer table this check covers. */
  layer: z.string().min(1).optional(),
  timeout_ms: z.number().int().positive().optional(),
  /** A response slower than this is a warning; unset: never. */
  slow_ms: z.number().int().positive().optional(),
});

/**
 * Seed 001's integration check: the backend directly, then the same path through the public front
 * door (the proxy users go through), then the two responses compared.
 */
export const integrationProbeSchema = z.strictObject({
  name: probeName,
  backend: httpUrl,
  frontend: httpUrl,
  path: z.string().startsWith('/').default('/health'),
  /** `body`: status and body must match (JSON compared by value); `status`: status only. */
  compare: z.enum(['body', 'status']).default('body'),
  /** Top-level JSON keys left out of the comparison (timestamps, host names). */
  ignore_json_keys: z.array(z.string().min(1)).default([]),
  layer: z.string().min(1).default('Integration Layer'),
  timeout_ms: z.number().int().positive().optional(),
});

const variableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');

/** Seed 000's variable classes: CRITICAL empty fails, REQUIRED empty warns, OPTIONAL is information. */
export const environmentProbeSchema = z.strictObject({
  critical: z.array(variableName).default([]),
  required: z.array(variableName).default([]),
  optional: z.array(variableName).default([]),
  layer: z.string().min(1).default('Environment Config'),
});

export const probesSchema = z
  .strictObject({
  /** Default timeout of one HTTP request (seed 001 uses `curl --max-time 10`). */
  timeout_ms: z.number().int().positive().default(10_000),
  http: z.array(httpProbeSchema).default([]),
  integration: z.array(integrationProbeSchema).default([]),
  environment: environmentProbeSchema.optional(),
  /** Days of probe history behind the uptime and response-time figures. */
  window_days: z.number().int().positive().default(30),
  /** Newest lines kept in `gates/probe-history.jsonl` on the state branch. */
  history_max_lines: z.number().int().positive().default(20_000),
  })
  .superRefine((probes, context) => {
    // Names key the history and the badge files, so each names one probe; `environment` is the
    // environment check's own name.
    const seen = new Set<string>(['environment']);
    for (const [list, entries] of [['http', probes.http], ['integration', probes.integration]] as const) {
      entries.forEach((probe, index) => {
        if (seen.has(probe.name)) {
          context.addIssue({ code: 'custom', path: [list, index, 'name'], message: `probe name "${probe.name}" is already used (names must be unique; "environment" is reserved)` });
        }
        seen.add(probe.name);
      });
    }
  });

export const gatesSourceSchema = z.strictObject({
  /** Directory (or one file) of gate run records: `*.json` (a record or an array) and `*.jsonl`. */
  path: repoPathSchema({ allowRoot: true }).default('governance/gates'),
  /** Days behind the pass-rate figures. */
  window_days: z.number().int().positive().default(30),
  /** Warnings fail too (the seed's `--strict`): CAUTION becomes BLOCKED, a warn gate REJECTs. */
  strict: z.boolean().default(false),
  /** Layers the coverage figure is measured against (default: seed 001's 14 critical layers). */
  critical_layers: z.array(z.string().min(1)).min(1).default([...SEED_CRITICAL_LAYERS]),
  /** An ALLOW followed by an incident starting within this many hours is a false positive. */
  false_positive_hours: z.number().positive().default(24),
  probes: probesSchema.prefault({}),
});

export type GatesSourceConfig = z.infer<typeof gatesSourceSchema>;
export type ProbesConfig = z.infer<typeof probesSchema>;
export type HttpProbeConfig = z.infer<typeof httpProbeSchema>;
export type IntegrationProbeConfig = z.infer<typeof integrationProbeSchema>;
export type EnvironmentProbeConfig = z.infer<typeof environmentProbeSchema>;
