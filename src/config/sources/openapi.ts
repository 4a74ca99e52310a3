import { z } from 'zod';

/** API contract (seed 004): an OpenAPI 3.x document, JSON or YAML, read from git history. */
export const openapiSourceSchema = z.strictObject({
  path: z.string().min(1).default('openapi.yaml'),
});

export type OpenapiSourceConfig = z.infer<typeof openapiSourceSchema>;
