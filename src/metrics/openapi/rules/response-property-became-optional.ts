import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties, requiredNames } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const RESPONSE_PROPERTY_BECAME_OPTIONAL = 'response-property-became-optional';

export const rule: RuleModule = {
  rules: [
    { id: RESPONSE_PROPERTY_BECAME_OPTIONAL, level: 'breaking', description: 'A required response property became optional: clients may no longer get it.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'response' || pair.revision.writeOnly === true) continue;
      const before = properties(pair.base);
      const after = properties(pair.revision);
      const wasRequired = requiredNames(pair.base);
      const isRequired = requiredNames(pair.revision);
      for (const name of Object.keys(after)) {
        if (!Object.hasOwn(before, name) || isFlag(after[name], 'writeOnly') || isFlag(before[name], 'writeOnly')) continue;
        if (!wasRequired.has(name) || isRequired.has(name)) continue;
        findings.push(
          context.report(
            RESPONSE_PROPERTY_BECAME_OPTIONAL,
            `${pair.operation}: ${describePair(pair, name)} became optional`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
