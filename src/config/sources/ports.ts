import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

export const portsSourceSchema = z
  .strictObject({
    path: repoPathSchema().default('config/ports/registry.yaml').describe("The port registry (the seed's `config/ports/registry.yaml`)."),
    scan_exclude: z.array(repoGlobSchema).default(['.env.shared']).describe('Files `ports scan` skips, e.g. files generated from the registry.'),
  })
  .describe('Port registry (seed 003): the registry file and what `ports scan` leaves out.');

export type PortsSourceConfig = z.infer<typeof portsSourceSchema>;
