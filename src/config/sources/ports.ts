import { z } from 'zod';

// Placeholder shape; the ports evidence kind fills this in (issue 6).
export const portsSourceSchema = z.strictObject({
  path: z.string().min(1),
});

export type PortsSourceConfig = z.infer<typeof portsSourceSchema>;
