import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const REQUEST_PROPERTY_REMOVED = 'request-property-removed';

/**
 * Breaking: what clients send for it is ignored from now on (or rejected, with
 * `additionalProperties: false`), and a renamed property looks exactly like this.
 */
export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PROPERTY_REMOVED,
      level: 'breaking',
      description: 'A request body property was removed (or renamed): what clients send for it is ignored or rejected from now on.',
    },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || pair.revision.readOnly === true) continue;
      const after = properties(pair.revision);
      for (const [name, schema] of Object.entries(properties(pair.base))) {
        if (Object.hasOwn(after, name) || isFlag(schema, 'readOnly') || isFlag(schema, 'deprecated')) continue;
        findings.push(
          context.report(
            REQUEST_PROPERTY_REMOVED,
            `${pair.operation}: ${describePair(pair, name)} removed`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
