import { z } from 'zod';
import { repoPathSchema } from '../paths.ts';

export const openapiSourceSchema = z
  .strictObject({
    path: repoPathSchema().default('openapi.yaml').describe('The OpenAPI document (renames are followed through history).'),
    webhook_timeout_ms: z
      .number()
      .int()
      .min(100)
      .max(120_000)
      .default(10_000)
      .describe('Timeout of each `governance_notice` webhook POST attempt (`GOVERNANCE_WEBHOOK`).'),
    webhook_retries: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(3)
      .describe('Retries after a failed POST (network error, timeout, 5xx, 429); other 4xx are never retried.'),
  })
  .describe('API contract (seed 004): an OpenAPI 3.0/3.1 document, JSON or YAML, followed through git history.');

export type OpenapiSourceConfig = z.infer<typeof openapiSourceSchema>;
