import { z } from 'zod';
import { isoDateTime } from '../../core/validation.ts';
import { incidentSeveritySchema } from '../../model/incidents.ts';

const nonEmptyList = z.union([
  z
    .string()
    .min(1)
    .transform((value) => [value]),
  z.array(z.string().min(1)),
]);

/**
 * Front matter of an incident report. `end` is absent (or null) while the incident is open.
 * Keys are snake_case (`root_causes`); unknown keys are errors, so a misspelt `severty` is caught.
 */
export const incidentFrontMatterSchema = z
  .strictObject({
    title: z.string().min(1),
    start: isoDateTime(),
    end: isoDateTime().nullable().optional(),
    severity: incidentSeveritySchema,
    services: nonEmptyList,
    root_causes: nonEmptyList.default([]),
    /** Free-form fields the seed's reports carry; accepted and not used. */
    status: z.string().optional(),
    owner: z.string().optional(),
    tags: z.array(z.string()).optional(),
    detection: z.string().optional(),
  })
  .refine((matter) => !matter.end || Date.parse(matter.end) >= Date.parse(matter.start), {
    message: 'end is before start (expected end at or after start)',
    path: ['end'],
  });

export type IncidentFrontMatter = z.infer<typeof incidentFrontMatterSchema>;
