import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties, requiredNames } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const REQUEST_PROPERTY_ADDED_REQUIRED = 'request-property-added-required';
export const REQUEST_PROPERTY_ADDED_OPTIONAL = 'request-property-added-optional';

/** A property that used to be readOnly counts as new: clients never sent it. */
export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PROPERTY_ADDED_REQUIRED, level: 'breaking', description: 'A new required property in a request body: existing clients do not send it.' },
    { id: REQUEST_PROPERTY_ADDED_OPTIONAL, level: 'info', description: 'A new optional property in a request body.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || pair.revision.readOnly === true) continue;
      const before = properties(pair.base);
      const required = requiredNames(pair.revision);
      for (const [name, schema] of Object.entries(properties(pair.revision))) {
        if (isFlag(schema, 'readOnly')) continue;
        if (Object.hasOwn(before, name) && !isFlag(before[name], 'readOnly')) continue;
        const isRequired = required.has(name);
        findings.push(
          context.report(
            isRequired ? REQUEST_PROPERTY_ADDED_REQUIRED : REQUEST_PROPERTY_ADDED_OPTIONAL,
            `${pair.operation}: ${isRequired ? 'required' : 'optional'} ${describePair(pair, name)} added`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
