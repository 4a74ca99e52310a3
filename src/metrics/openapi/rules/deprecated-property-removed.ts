import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const DEPRECATED_PROPERTY_REMOVED = 'deprecated-property-removed';

/**
 * A property marked `deprecated` and then removed went the announced way, like a deprecated
 * operation: info. (request-property-removed and response-*-property-removed skip these.)
 */
export const rule: RuleModule = {
  rules: [{ id: DEPRECATED_PROPERTY_REMOVED, level: 'info', description: 'A request or response property that was deprecated was removed.' }],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      const flag = pair.direction === 'request' ? 'readOnly' : 'writeOnly';
      if (pair.revision[flag] === true) continue;
      const after = properties(pair.revision);
      for (const [name, schema] of Object.entries(properties(pair.base))) {
        if (Object.hasOwn(after, name) || !isFlag(schema, 'deprecated') || isFlag(schema, flag)) continue;
        findings.push(
          context.report(
            DEPRECATED_PROPERTY_REMOVED,
            `${pair.operation}: deprecated ${describePair(pair, name)} removed`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
