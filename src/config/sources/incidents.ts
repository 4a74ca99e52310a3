import { z } from 'zod';
import { repoPathSchema } from '../paths.ts';

export const incidentsSourceSchema = z
  .strictObject({
    path: repoPathSchema({ allowRoot: true }).default('governance/incidents').describe('Folder of incident reports: Markdown with front matter (`*.md`).'),
  })
  .describe('Incident reports (seed 000).');

export type IncidentsSourceConfig = z.infer<typeof incidentsSourceSchema>;
