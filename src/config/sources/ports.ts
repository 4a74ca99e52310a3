import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

/** Port registry (seed 003): the registry file and what `ports scan` leaves out. */
export const portsSourceSchema = z
  .strictObject({
    /** The registry, relative to the repository (the seed's `config/ports/registry.yaml`). */
    path: repoPathSchema().default('config/ports/registry.yaml'),
    /** Glob patterns `ports scan` skips, e.g. files generated from the registry (`.env.shared`). */
    scan_exclude: z.array(repoGlobSchema).default(['.env.shared']),
  })
  .describe('port registry source');

export type PortsSourceConfig = z.infer<typeof portsSourceSchema>;
