import { isNullable } from '../schema.ts';
import { describePair, family, invisible, type RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_BECAME_NOT_NULLABLE = 'request-parameter-became-not-nullable';
export const REQUEST_PROPERTY_BECAME_NOT_NULLABLE = 'request-property-became-not-nullable';
export const RESPONSE_PROPERTY_BECAME_NULLABLE = 'response-property-became-nullable';
export const RESPONSE_HEADER_BECAME_NULLABLE = 'response-header-became-nullable';

/** 3.0 `nullable: true`, 3.1 `type: [x, "null"]` and a `null` oneOf member all mean the same. */
export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PARAMETER_BECAME_NOT_NULLABLE, level: 'breaking', description: 'A request parameter no longer accepts null.' },
    { id: REQUEST_PROPERTY_BECAME_NOT_NULLABLE, level: 'breaking', description: 'A request body value no longer accepts null.' },
    { id: RESPONSE_PROPERTY_BECAME_NULLABLE, level: 'breaking', description: 'A response value may now be null.' },
    { id: RESPONSE_HEADER_BECAME_NULLABLE, level: 'breaking', description: 'A response header may now be null.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (invisible(pair)) continue;
      const before = isNullable(pair.base);
      const after = isNullable(pair.revision);
      if (pair.direction === 'request' && before && !after) {
        findings.push(
          context.report(
            `${family(pair)}-became-not-nullable`,
            `${pair.operation}: ${describePair(pair)} no longer accepts null`,
            pair.operation,
            pair.location,
          ),
        );
      }
      if (pair.direction === 'response' && !before && after) {
        findings.push(
          context.report(`${family(pair, true)}-became-nullable`, `${pair.operation}: ${describePair(pair)} may now be null`, pair.operation, pair.location),
        );
      }
    }
    return findings;
  },
};
