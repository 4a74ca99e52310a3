import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

export const DEFAULT_SCOPES = ['service', 'platform', 'infrastructure', 'internal', 'business', 'security'];
export const DEFAULT_CATEGORIES = ['availability', 'latency', 'errors', 'saturation', 'capacity', 'traffic', 'security', 'data', 'cost', 'slo', 'meta'];

export const taxonomySourceSchema = z
  .strictObject({
    path: repoPathSchema().default('alerts_taxonomy.json').describe('The alert taxonomy file.'),
    rules: z.array(repoGlobSchema).default([]).describe('Prometheus rule files (YAML) for rule coverage and the for/windows checks.'),
    scopes: z
      .array(z.string().min(1))
      .min(1)
      .default(DEFAULT_SCOPES)
      .describe('Allowed `scope` values; anything else is the seed\'s "invalid scope" hard failure.'),
    categories: z.array(z.string().min(1)).min(1).default(DEFAULT_CATEGORIES).describe('Allowed `category` values; anything else is a hard failure.'),
  })
  .describe('Alert taxonomy (seed 004): the taxonomy file and the Prometheus rule files it must cover.');

export type TaxonomySourceConfig = z.infer<typeof taxonomySourceSchema>;
