import { z } from 'zod';
import { repoPathSchema } from '../paths.ts';

export const incidentsSourceSchema = z
  .strictObject({
    path: repoPathSchema({ allowRoot: true })
      .default('governance/incidents')
      .describe('Folder of incident reports (`*.md`): Markdown with front matter, or a dated narrative as the seeds write them.'),
  })
  .describe('Incident reports (seed 000).');

export type IncidentsSourceConfig = z.infer<typeof incidentsSourceSchema>;
