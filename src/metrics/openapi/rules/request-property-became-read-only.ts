import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const REQUEST_PROPERTY_BECAME_READ_ONLY = 'request-property-became-read-only';
export const RESPONSE_PROPERTY_BECAME_WRITE_ONLY = 'response-property-became-write-only';

/**
 * readOnly properties are not sent in requests, writeOnly ones not returned in responses: the flag
 * appearing takes the property away from one side.
 */
export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PROPERTY_BECAME_READ_ONLY, level: 'breaking', description: 'A request body property became readOnly: clients can no longer set it.' },
    { id: RESPONSE_PROPERTY_BECAME_WRITE_ONLY, level: 'breaking', description: 'A response property became writeOnly: clients no longer receive it.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      const flag = pair.direction === 'request' ? 'readOnly' : 'writeOnly';
      if (pair.revision[flag] === true) continue;
      const before = properties(pair.base);
      for (const [name, schema] of Object.entries(properties(pair.revision))) {
        if (!Object.hasOwn(before, name) || !isFlag(schema, flag) || isFlag(before[name], flag)) continue;
        findings.push(
          context.report(
            pair.direction === 'request' ? REQUEST_PROPERTY_BECAME_READ_ONLY : RESPONSE_PROPERTY_BECAME_WRITE_ONLY,
            `${pair.operation}: ${describePair(pair, name)} became ${flag}`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
