import { z } from 'zod';

// Placeholder shape; the incidents evidence kind fills this in (issue 6).
export const incidentsSourceSchema = z.strictObject({
  path: z.string().min(1),
});

export type IncidentsSourceConfig = z.infer<typeof incidentsSourceSchema>;
