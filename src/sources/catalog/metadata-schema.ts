import { z } from 'zod';

/**
 * `.meta/repo.yaml`, the metadata every repository of the portfolio carries (the seed's
 * `repo-schema.json`, written as zod; `repoSchemaJson()` exports it as JSON Schema). Strict, so a
 * misspelt field name is reported rather than ignored (the seed's "check for typos").
 */
export const repoMetadataSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a lowercase slug such as "payments-api"'),
    description: z.string().min(1),
    /** 1 = most critical; tiers 1-2 carry extra requirements. */
    tier: z.number().int().min(1).max(4),
    /** Owning team, e.g. `@acme/payments`. */
    owner: z.string().min(1),
    lifecycle: z.enum(['experimental', 'active', 'maintenance', 'deprecated']).default('active'),
    language: z.string().min(1).optional(),
    visibility: z.enum(['public', 'internal', 'private']).optional(),
    tags: z.array(z.string().min(1)).default([]),
  })
  .meta({ title: 'Repository metadata (.meta/repo.yaml)', description: 'Validated by govpages catalog; see docs/kinds/catalog.md in the govpages manual.' });

export type RepoMetadata = z.infer<typeof repoMetadataSchema>;

/** The JSON Schema published as `status/repo-schema.json` (input shape: defaults are optional). */
export function repoSchemaJson(): Record<string, unknown> {
  return {
    $id: 'https://govpages.dev/schemas/repo-schema.json',
    ...z.toJSONSchema(repoMetadataSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
