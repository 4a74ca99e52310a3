import { z } from 'zod';
import { repoPathSchema } from '../paths.ts';

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

const probeName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase slug (letters, digits, "-"), used in badge file names');

const httpUrl = z.url({ protocol: /^https?$/ });

export const httpProbeSchema = z
  .strictObject({
    name: probeName.describe('The probe\'s name, unique across `http` and `integration` ("environment" is reserved); it names the badge files.'),
    url: httpUrl.describe('The URL requested.'),
    method: z.enum(['GET', 'HEAD']).default('GET').describe('HTTP method.'),
    expect_status: z.number().int().min(100).max(599).default(200).describe('The status that passes; any other fails.'),
    body_contains: z.string().min(1).optional().describe('Text the body must contain (e.g. `"ok":true`, as seed 001\'s gate greps for).'),
    layer: z.string().min(1).optional().describe('The critical layer this check covers.'),
    timeout_ms: z.number().int().positive().optional().describe('Overrides `probes.timeout_ms` for this probe.'),
    slow_ms: z.number().int().positive().optional().describe('A response slower than this is a warning; unset: never.'),
  })
  .describe('HTTP checks: a GET (or HEAD) that must answer with `expect_status` in time.');

export const integrationProbeSchema = z
  .strictObject({
    name: probeName.describe("The probe's name, unique across `http` and `integration`; it names the badge files."),
    backend: httpUrl.describe('The backend, asked directly.'),
    frontend: httpUrl.describe('The front door users go through (the proxy).'),
    path: z.string().startsWith('/').default('/health').describe('Path requested from both.'),
    compare: z.enum(['body', 'status']).default('body').describe('`body`: status and body must match (JSON compared by value); `status`: status only.'),
    ignore_json_keys: z.array(z.string().min(1)).default([]).describe('Top-level JSON keys left out of the comparison (timestamps, host names).'),
    layer: z.string().min(1).default('Integration Layer').describe('The critical layer this check covers.'),
    timeout_ms: z.number().int().positive().optional().describe('Overrides `probes.timeout_ms` for this probe.'),
  })
  .describe("Seed 001's integration check: the backend directly, then the same path through the front door, then the two responses compared.");

const variableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');

export const environmentProbeSchema = z
  .strictObject({
    critical: z.array(variableName).default([]).describe('Variables that fail the check when empty.'),
    required: z.array(variableName).default([]).describe('Variables that warn when empty.'),
    optional: z.array(variableName).default([]).describe('Variables reported for information only.'),
    layer: z.string().min(1).default('Environment Config').describe('The critical layer this check covers.'),
  })
  .describe("Seed 000's environment check: a variable is empty when unset, empty or only spaces; values are never printed or stored.");

export const probesSchema = z
  .strictObject({
    timeout_ms: z.number().int().positive().default(10_000).describe('Timeout of one probe request, the whole exchange (seed 001 uses `curl --max-time 10`).'),
    http: z.array(httpProbeSchema).default([]),
    integration: z.array(integrationProbeSchema).default([]),
    environment: environmentProbeSchema.optional(),
    window_days: z.number().int().positive().default(30).describe('Days of probe history behind the uptime and response-time figures.'),
    history_max_lines: z.number().int().positive().default(20_000).describe('Newest lines kept in `gates/probe-history.jsonl` on the state branch.'),
  })
  .superRefine((probes, context) => {
    // Names key the history and the badge files, so each names one probe; `environment` is the
    // environment check's own name.
    const seen = new Set<string>(['environment']);
    for (const [list, entries] of [
      ['http', probes.http],
      ['integration', probes.integration],
    ] as const) {
      entries.forEach((probe, index) => {
        if (seen.has(probe.name)) {
          context.addIssue({
            code: 'custom',
            path: [list, index, 'name'],
            message: `probe name "${probe.name}" is already used (names must be unique; "environment" is reserved)`,
          });
        }
        seen.add(probe.name);
      });
    }
  });

export const gatesSourceSchema = z
  .strictObject({
    path: repoPathSchema({ allowRoot: true })
      .default('governance/gates')
      .describe('Folder (or one file) of gate run records: `*.jsonl` (one record a line) and `*.json` (a record or an array).'),
    window_days: z.number().int().positive().default(30).describe('Days behind the pass-rate figures.'),
    strict: z.boolean().default(false).describe("Warnings fail too (the seed's `--strict`): CAUTION becomes BLOCKED, a warning gate REJECTs."),
    critical_layers: z
      .array(z.string().min(1))
      .min(1)
      .default([...SEED_CRITICAL_LAYERS])
      .describe("Layers the coverage figure is measured against (seed 001's 14 critical layers)."),
    false_positive_hours: z.number().positive().default(24).describe('An ALLOW followed by an incident starting within this many hours is a false positive.'),
    probes: probesSchema.prefault({}).describe('Probes run by `govpages probe`; the build reads only their history.'),
  })
  .describe('Deploy gates and probes (seeds 000 and 001).');

export type GatesSourceConfig = z.infer<typeof gatesSourceSchema>;
export type ProbesConfig = z.infer<typeof probesSchema>;
export type HttpProbeConfig = z.infer<typeof httpProbeSchema>;
export type IntegrationProbeConfig = z.infer<typeof integrationProbeSchema>;
export type EnvironmentProbeConfig = z.infer<typeof environmentProbeSchema>;
