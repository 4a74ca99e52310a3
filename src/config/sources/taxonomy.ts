import { z } from 'zod';

/** Alert taxonomy (seed 004): the taxonomy file and the Prometheus rule files it must cover. */
export const taxonomySourceSchema = z
  .strictObject({
    path: z.string().min(1).default('alerts_taxonomy.json'),
    /** Glob patterns (relative to the repository) of Prometheus rule files (YAML). */
    rules: z.array(z.string().min(1)).default([]),
  })
  .describe('alert taxonomy source');

export type TaxonomySourceConfig = z.infer<typeof taxonomySourceSchema>;
