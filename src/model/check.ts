import { z } from 'zod';

/** A check's status, and the overall verdict's: the worst check wins. */
export const checkStatusSchema = z.enum(['pass', 'warn', 'fail']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

/** One contribution to the overall verdict. */
export const checkSchema = z.strictObject({
  /** Stable id, e.g. `taxonomy.lint`, `api.semver`. */
  id: z.string().min(1),
  kind: z.string().min(1),
  title: z.string().min(1),
  status: checkStatusSchema,
  message: z.string(),
  /** A failure that makes `govpages build` exit 1 even without --strict (e.g. placeholder_max_runs). */
  fails_build: z.boolean().optional(),
});
export type Check = z.infer<typeof checkSchema>;
