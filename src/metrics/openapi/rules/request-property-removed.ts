import { escapePointer } from '../json.ts';
import { properties } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const REQUEST_PROPERTY_REMOVED = 'request-property-removed';

/**
 * A warning, not breaking: servers usually ignore unknown properties, but what clients send is now
 * without effect. (With `additionalProperties: false` it is rejected: constraint-tightened says so.)
 */
export const rule: RuleModule = {
  rules: [{ id: REQUEST_PROPERTY_REMOVED, level: 'warning', description: 'A request body property was removed: what clients send for it is ignored from now on.' }],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || pair.revision.readOnly === true) continue;
      const after = properties(pair.revision);
      for (const [name, schema] of Object.entries(properties(pair.base))) {
        if (Object.hasOwn(after, name) || isFlag(schema, 'readOnly')) continue;
        findings.push(context.report(REQUEST_PROPERTY_REMOVED, `${pair.operation}: ${describePair(pair, name)} removed`, pair.operation, `${pair.location}/properties/${escapePointer(name)}`));
      }
    }
    return findings;
  },
};
