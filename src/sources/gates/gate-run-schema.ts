import { z } from 'zod';

export const GATE_STATUSES = ['pass', 'warn', 'fail'] as const;
export const GATE_MODES = ['local', 'ci', 'integration'] as const;

/**
 * One gate's result in one run of the deploy gates (seed 001's `mosaic_enforce.sh --mode=...`,
 * seed 000's validation suite). Runs group records: by `run` when given, else by mode + commit + time.
 */
export const gateRunRecordSchema = z.strictObject({
  gate: z.string().min(1),
  status: z.enum(GATE_STATUSES),
  mode: z.enum(GATE_MODES),
  message: z.string().default(''),
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/, 'a hex commit id (7 to 64 characters)')
    .optional(),
  /** When the gate ran, ISO 8601 with offset. */
  time: z.iso.datetime({ offset: true }),
  /** Layer of the critical-layer table the gate covers (seed 001), e.g. `Integration Layer`. */
  layer: z.string().min(1).optional(),
  /** Id of the run this record belongs to. */
  run: z.string().min(1).optional(),
});

export type GateRunRecordInput = z.infer<typeof gateRunRecordSchema>;
export type GateStatus = (typeof GATE_STATUSES)[number];
export type GateMode = (typeof GATE_MODES)[number];
