import type { Incident } from '../../model/incidents.ts';

/** Keys the report's page already shows in their own place. */
const SHOWN = new Set(['title', 'start', 'end', 'severity', 'services', 'root_causes', 'type']);
/** A value longer than this (code points) is cut, with `…`: the page lists fields, it is not an archive. */
const MAX_VALUE = 500;

/**
 * Front matter keys govpages does not read (`owner`, `status`, `tags`, `detection`, anything a
 * team adds), kept in the report's order with their values as text, for the report's page.
 * `alsoShown` names read keys to leave out as well (`date` when it is the start).
 */
export function reportFields(front: Record<string, unknown>, alsoShown: readonly string[]): NonNullable<Incident['fields']> {
  const fields: NonNullable<Incident['fields']> = [];
  for (const [name, value] of Object.entries(front)) {
    if (SHOWN.has(name) || alsoShown.includes(name) || value === undefined) continue;
    fields.push({ name, value: cut(fieldText(value)) });
  }
  return fields;
}

/** A scalar as written, a list of scalars joined with ", ", anything else as compact JSON. */
function fieldText(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) return value.map(fieldText).join(', ');
  return JSON.stringify(value) ?? '';
}

function cut(text: string): string {
  const points = Array.from(text);
  return points.length > MAX_VALUE ? `${points.slice(0, MAX_VALUE).join('')}…` : text;
}
