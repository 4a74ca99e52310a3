import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../paths.ts';

export const incidentsSourceSchema = z.strictObject({
  /** Directory of incident reports, Markdown with front matter (`*.md`). */
  path: repoPathSchema({ allowRoot: true }).default('governance/incidents'),
});

export type IncidentsSourceConfig = z.infer<typeof incidentsSourceSchema>;
