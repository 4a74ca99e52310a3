import { format, typeSet, typesWithin } from '../schema.ts';
import type { SchemaPair } from '../walk.ts';
import { describePair, family, invisible, type RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_TYPE_CHANGED = 'request-parameter-type-changed';
export const REQUEST_PROPERTY_TYPE_CHANGED = 'request-property-type-changed';
export const RESPONSE_PROPERTY_TYPE_CHANGED = 'response-property-type-changed';
export const RESPONSE_HEADER_TYPE_CHANGED = 'response-header-type-changed';

// A value of the first format is always a value of the second.
const FORMAT_WIDENINGS = new Set(['int32>int64', 'float>double', 'int32>double', 'float>int64']);

/**
 * Direction-aware: a request may widen (integer -> number, string -> string|integer), a response may
 * narrow. A schema without a type on either side says nothing about types, so it is left alone.
 */
export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PARAMETER_TYPE_CHANGED,
      level: 'breaking',
      description: 'A request parameter type (or format) changed so that some values clients send are no longer accepted.',
    },
    { id: REQUEST_PROPERTY_TYPE_CHANGED, level: 'breaking', description: 'A request body schema type (or format) was narrowed or changed.' },
    {
      id: RESPONSE_PROPERTY_TYPE_CHANGED,
      level: 'breaking',
      description: 'A response schema type (or format) was widened or changed (e.g. integer -> number): clients may receive values they cannot read.',
    },
    { id: RESPONSE_HEADER_TYPE_CHANGED, level: 'breaking', description: 'A response header type (or format) was widened or changed.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (invisible(pair)) continue;
      const change = typeChange(pair);
      if (!change) continue;
      findings.push(context.report(`${family(pair, true)}-type-changed`, `${pair.operation}: ${describePair(pair)} ${change}`, pair.operation, pair.location));
    }
    return findings;
  },
};

function typeChange(pair: SchemaPair): string | undefined {
  const before = typeSet(pair.base);
  const after = typeSet(pair.revision);
  if (before === undefined || after === undefined) return undefined;
  const [narrow, wide] = pair.direction === 'request' ? [before, after] : [after, before];
  if (!typesWithin(narrow, wide)) return `type changed from ${[...before].join('|')} to ${[...after].join('|')}`;
  const formatBefore = format(pair.base);
  const formatAfter = format(pair.revision);
  if (formatBefore === formatAfter) return undefined;
  if (pair.direction === 'request') {
    // A format added to a request is a tighter constraint: reported by constraint-tightened.
    if (formatBefore === undefined || formatAfter === undefined) return undefined;
    if (FORMAT_WIDENINGS.has(`${formatBefore}>${formatAfter}`)) return undefined;
  } else {
    if (formatBefore === undefined) return undefined;
    if (formatAfter !== undefined && FORMAT_WIDENINGS.has(`${formatAfter}>${formatBefore}`)) return undefined;
  }
  return `format changed from ${formatBefore ?? '(none)'} to ${formatAfter ?? '(none)'}`;
}
