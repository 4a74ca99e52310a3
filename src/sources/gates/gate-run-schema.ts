import { z } from 'zod';
import { isoDateTime } from '../../core/validation.ts';
import { gateModeSchema, gateStatusSchema } from '../../model/gates.ts';

/**
 * One gate's result in one run of the deploy gates (seed 001's `mosaic_enforce.sh --mode=...`,
 * seed 000's validation suite), as written in the repository. Runs group records: by `run` when
 * given, else by mode + commit + time.
 */
export const gateRunRecordSchema = z.strictObject({
  gate: z.string().min(1),
  status: gateStatusSchema,
  mode: gateModeSchema,
  message: z.string().default(''),
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/, 'a hex commit id (7 to 64 characters)')
    .optional(),
  /** When the gate ran, ISO 8601 with offset. */
  time: isoDateTime(),
  /** Layer of the critical-layer table the gate covers (seed 001), e.g. `Integration Layer`. */
  layer: z.string().min(1).optional(),
  /** Id of the run this record belongs to. */
  run: z.string().min(1).optional(),
});

export type GateRunRecordInput = z.infer<typeof gateRunRecordSchema>;
