import { z } from 'zod';

// Placeholder shape; the gates evidence kind fills this in (issue 6).
export const gatesSourceSchema = z.strictObject({
  path: z.string().min(1),
});

export type GatesSourceConfig = z.infer<typeof gatesSourceSchema>;
