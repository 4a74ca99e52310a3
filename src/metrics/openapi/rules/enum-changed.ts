import { enumValues } from '../schema.ts';
import { describePair, family, invisible, type RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_ENUM_VALUE_REMOVED = 'request-parameter-enum-value-removed';
export const REQUEST_PROPERTY_ENUM_VALUE_REMOVED = 'request-property-enum-value-removed';
export const REQUEST_PARAMETER_BECAME_ENUM = 'request-parameter-became-enum';
export const REQUEST_PROPERTY_BECAME_ENUM = 'request-property-became-enum';
export const RESPONSE_PROPERTY_ENUM_VALUE_ADDED = 'response-property-enum-value-added';
export const RESPONSE_HEADER_ENUM_VALUE_ADDED = 'response-header-enum-value-added';

/**
 * Requests break when the set of accepted values shrinks; responses may surprise clients when it
 * grows (a warning: tolerant readers cope, strict enums in generated code do not).
 */
export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PARAMETER_ENUM_VALUE_REMOVED, level: 'breaking', description: 'A value was removed from a request parameter enum.' },
    { id: REQUEST_PROPERTY_ENUM_VALUE_REMOVED, level: 'breaking', description: 'A value was removed from a request body enum.' },
    { id: REQUEST_PARAMETER_BECAME_ENUM, level: 'breaking', description: 'A free request parameter became restricted to an enum.' },
    { id: REQUEST_PROPERTY_BECAME_ENUM, level: 'breaking', description: 'A free request body value became restricted to an enum.' },
    {
      id: RESPONSE_PROPERTY_ENUM_VALUE_ADDED,
      level: 'warning',
      description: 'A response enum gained values (or stopped being an enum): strict clients may fail on them.',
    },
    { id: RESPONSE_HEADER_ENUM_VALUE_ADDED, level: 'warning', description: 'A response header enum gained values (or stopped being an enum).' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (invisible(pair)) continue;
      const before = enumValues(pair.base);
      const after = enumValues(pair.revision);
      if (before === undefined && after === undefined) continue;
      const prefix = family(pair, true);
      const what = `${pair.operation}: ${describePair(pair)}`;
      if (pair.direction === 'request') {
        if (after === undefined) continue;
        if (before === undefined) {
          findings.push(context.report(`${prefix}-became-enum`, `${what} became restricted to ${list(after)}`, pair.operation, pair.location));
          continue;
        }
        const removed = [...before.keys()].filter((key) => !after.has(key));
        if (removed.length > 0)
          findings.push(context.report(`${prefix}-enum-value-removed`, `${what} no longer accepts ${removed.join(', ')}`, pair.operation, pair.location));
      } else {
        if (before === undefined) continue;
        if (after === undefined) {
          findings.push(context.report(`${prefix}-enum-value-added`, `${what} is no longer restricted to ${list(before)}`, pair.operation, pair.location));
          continue;
        }
        const added = [...after.keys()].filter((key) => !before.has(key));
        if (added.length > 0)
          findings.push(context.report(`${prefix}-enum-value-added`, `${what} may now be ${added.join(', ')}`, pair.operation, pair.location));
      }
    }
    return findings;
  },
};

function list(values: Map<string, unknown>): string {
  return [...values.keys()].join(', ');
}
