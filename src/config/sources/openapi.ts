import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

/** API contract (seed 004): an OpenAPI 3.x document, JSON or YAML, read from git history. */
export const openapiSourceSchema = z.strictObject({
  path: repoPathSchema().default('openapi.yaml'),
  /** Per-attempt timeout of the `governance_notice` webhook POST (`GOVERNANCE_WEBHOOK`). */
  webhook_timeout_ms: z.number().int().min(100).max(120_000).default(10_000),
  /** Retries after a failed POST (network error, timeout, 5xx, 429); other 4xx are never retried. */
  webhook_retries: z.number().int().min(0).max(10).default(3),
});

export type OpenapiSourceConfig = z.infer<typeof openapiSourceSchema>;
