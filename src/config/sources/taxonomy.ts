import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

export const DEFAULT_SCOPES = ['service', 'platform', 'infrastructure', 'internal', 'business', 'security'];
export const DEFAULT_CATEGORIES = ['availability', 'latency', 'errors', 'saturation', 'capacity', 'traffic', 'security', 'data', 'cost', 'slo', 'meta'];

/** Alert taxonomy (seed 004): the taxonomy file and the Prometheus rule files it must cover. */
export const taxonomySourceSchema = z.strictObject({
  path: repoPathSchema().default('alerts_taxonomy.json'),
  /** Glob patterns (relative to the repository) of Prometheus rule files (YAML). */
  rules: z.array(repoGlobSchema).default([]),
  /** Allowed `scope` values; anything else is the seed's "invalid scope" hard failure. */
  scopes: z.array(z.string().min(1)).min(1).default(DEFAULT_SCOPES),
  /** Allowed `category` values. */
  categories: z.array(z.string().min(1)).min(1).default(DEFAULT_CATEGORIES),
});

export type TaxonomySourceConfig = z.infer<typeof taxonomySourceSchema>;
