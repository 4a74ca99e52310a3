import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties, requiredNames } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const REQUEST_PROPERTY_BECAME_REQUIRED = 'request-property-became-required';
export const REQUEST_PROPERTY_BECAME_OPTIONAL = 'request-property-became-optional';

export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PROPERTY_BECAME_REQUIRED, level: 'breaking', description: 'An optional request body property became required.' },
    { id: REQUEST_PROPERTY_BECAME_OPTIONAL, level: 'info', description: 'A required request body property became optional.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || pair.revision.readOnly === true) continue;
      const before = properties(pair.base);
      const after = properties(pair.revision);
      const wasRequired = requiredNames(pair.base);
      const isRequired = requiredNames(pair.revision);
      for (const name of Object.keys(after)) {
        if (!Object.hasOwn(before, name) || isFlag(after[name], 'readOnly') || isFlag(before[name], 'readOnly')) continue;
        if (wasRequired.has(name) === isRequired.has(name)) continue;
        const now = isRequired.has(name);
        findings.push(
          context.report(
            now ? REQUEST_PROPERTY_BECAME_REQUIRED : REQUEST_PROPERTY_BECAME_OPTIONAL,
            `${pair.operation}: ${describePair(pair, name)} became ${now ? 'required' : 'optional'}`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
