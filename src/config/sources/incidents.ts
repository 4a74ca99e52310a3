import { z } from 'zod';

export const incidentsSourceSchema = z.strictObject({
  /** Directory of incident reports, Markdown with front matter (`*.md`). */
  path: z.string().min(1).default('governance/incidents'),
});

export type IncidentsSourceConfig = z.infer<typeof incidentsSourceSchema>;
