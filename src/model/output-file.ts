import { z } from 'zod';

/** A file the build publishes, its path relative to the output directory (`status/x.json`). */
export const outputFileSchema = z.strictObject({
  path: z.string().min(1),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
});

export type OutputFile = z.infer<typeof outputFileSchema>;
