import { z } from 'zod';
import { DATE_RANGE, inDateRange } from '../../core/time.ts';
import { isoDateTime } from '../../core/validation.ts';
import { incidentSeveritySchema } from '../../model/incidents.ts';

const nonEmptyList = z.union([
  z
    .string()
    .min(1)
    .transform((value) => [value]),
  z.array(z.string().min(1)),
]);

/** A start as written: an instant, or a day without a time (then 00:00 UTC of that day). */
export interface StartTime {
  /** ISO 8601 UTC with milliseconds. */
  instant: string;
  dayOnly: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const START_EXPECTED = 'a date such as 2026-01-31 (read as 00:00 UTC) or an ISO 8601 datetime with Z or an offset, e.g. 2026-01-31T12:00:00Z';

/**
 * Reads `2026-01-31` (a day: 00:00 UTC, the one instant every reader agrees on whatever its time
 * zone) or an ISO 8601 date and time with `Z` or an offset; null for anything else, including a
 * day that is not in the calendar (`2026-02-30`) or outside the years 0000 to 9999.
 */
export function readStartTime(text: string): StartTime | null {
  if (DAY.test(text)) {
    const midnight = `${text}T00:00:00Z`;
    if (!z.iso.date().safeParse(text).success || !inDateRange(midnight)) return null;
    return { instant: new Date(midnight).toISOString(), dayOnly: true };
  }
  if (!z.iso.datetime({ offset: true }).safeParse(text).success || !inDateRange(text)) return null;
  return { instant: new Date(text).toISOString(), dayOnly: false };
}

/** `start` and the seed's `date`: a day or an instant. */
const startTime = z.string({ error: `expected ${START_EXPECTED}` }).transform((text, context): StartTime => {
  const read = readStartTime(text);
  if (read) return read;
  const range = DAY.test(text) ? z.iso.date().safeParse(text).success : z.iso.datetime({ offset: true }).safeParse(text).success;
  context.addIssue({ code: 'custom', message: range ? `out of range (expected ${DATE_RANGE})` : `expected ${START_EXPECTED}`, input: text });
  return z.NEVER;
});

/** `Critical` is `critical`: the vocabulary is the seed's, its spelling need not be. `""` is not stated. */
const severity = z.preprocess(
  (value) => (typeof value === 'string' ? (value.trim() === '' ? null : value.toLowerCase()) : value),
  incidentSeveritySchema.nullish(),
);

/**
 * The front matter keys govpages reads. Both styles are accepted: govpages' own (`title`, `start`,
 * `end`, `severity`, `services`, `root_causes`) and the seed's (`title`, `date`, `type`, free keys
 * such as `owner`, `status`, `tags`). A key written but empty (`severity:`) counts as not stated.
 */
export const READ_KEYS = ['title', 'start', 'date', 'end', 'severity', 'services', 'root_causes', 'type', 'status'] as const;

/**
 * Front matter of an incident report. Every key is optional here; the parser decides what a
 * missing one means (only a start found nowhere is an error). Other keys are kept (the parser
 * shows them on the report's page), except one that looks like a misspelling of a read key
 * (`severty`, `Start`, `root-causes`), which is an error: read as "not stated", it would change the figures silently.
 */
export const incidentFrontMatterSchema = z
  .looseObject({
    title: z.string().min(1).nullish(),
    start: startTime.nullish(),
    date: startTime.nullish(),
    end: isoDateTime().nullish(),
    severity,
    services: nonEmptyList.nullish(),
    root_causes: nonEmptyList.nullish(),
    type: z.string().min(1).nullish(),
    /** Read only to tell an open report from a resolved one when `end` is missing. */
    status: z.unknown().optional(),
  })
  .superRefine((matter, context) => {
    for (const key of Object.keys(matter)) {
      const meant = misspeltKey(key);
      if (meant)
        context.addIssue({
          code: 'custom',
          message: `unknown key ${JSON.stringify(key)} (did you mean ${meant}? other keys are kept as they are)`,
          path: [key],
        });
    }
  });

export type IncidentFrontMatter = z.infer<typeof incidentFrontMatterSchema>;

/**
 * The read key `key` seems to misspell: the same letters in another case or with `-`, `_` or
 * spaces (`Root-Causes`), or, for keys of five letters or more, one letter added, dropped,
 * changed or two swapped besides (`severty`, `servcies`, `rootcause`). Short keys are left alone: `env` is not `end`.
 */
export function misspeltKey(key: string): string | null {
  if ((READ_KEYS as readonly string[]).includes(key)) return null;
  const squashed = key.toLowerCase().replace(/[-_\s]/g, '');
  for (const known of READ_KEYS) {
    // `status` is only a hint (open or resolved when `end` is missing): `stats` may be anything.
    if (known === 'status') continue;
    const plain = known.replace(/_/g, '');
    if (squashed === plain) return known;
    if (squashed.length >= 5 && plain.length >= 5 && oneEditApart(squashed, plain)) return known;
  }
  return null;
}

/** True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(start + 1) === short.slice(start);
}
