import { z } from 'zod';

// Placeholder shape; the catalog evidence kind fills this in (issue 6).
export const catalogSourceSchema = z.strictObject({
  path: z.string().min(1),
});

export type CatalogSourceConfig = z.infer<typeof catalogSourceSchema>;
