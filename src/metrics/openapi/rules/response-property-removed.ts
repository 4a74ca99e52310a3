import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { properties, requiredNames } from '../schema.ts';
import { describePair, isFlag, type RuleModule } from './_rule.ts';

export const RESPONSE_REQUIRED_PROPERTY_REMOVED = 'response-required-property-removed';
export const RESPONSE_OPTIONAL_PROPERTY_REMOVED = 'response-optional-property-removed';
export const RESPONSE_PROPERTY_ADDED = 'response-property-added';

/**
 * Many real documents never mark response properties required, so removing a documented response
 * property is breaking either way: clients read what the document promised.
 */
export const rule: RuleModule = {
  rules: [
    { id: RESPONSE_REQUIRED_PROPERTY_REMOVED, level: 'breaking', description: 'A required response property was removed.' },
    { id: RESPONSE_OPTIONAL_PROPERTY_REMOVED, level: 'breaking', description: 'An optional response property was removed: clients that read it lose it.' },
    { id: RESPONSE_PROPERTY_ADDED, level: 'info', description: 'A new response property.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'response' || pair.revision.writeOnly === true) continue;
      const before = properties(pair.base);
      const after = properties(pair.revision);
      const required = requiredNames(pair.base);
      for (const [name, schema] of Object.entries(before)) {
        if (isFlag(schema, 'writeOnly') || isFlag(schema, 'deprecated')) continue;
        if (Object.hasOwn(after, name)) continue;
        const id = required.has(name) ? RESPONSE_REQUIRED_PROPERTY_REMOVED : RESPONSE_OPTIONAL_PROPERTY_REMOVED;
        findings.push(
          context.report(
            id,
            `${pair.operation}: ${describePair(pair, name)} removed`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
      for (const [name, schema] of Object.entries(after)) {
        if (isFlag(schema, 'writeOnly')) continue;
        if (Object.hasOwn(before, name) && !isFlag(before[name], 'writeOnly')) continue;
        findings.push(
          context.report(
            RESPONSE_PROPERTY_ADDED,
            `${pair.operation}: ${describePair(pair, name)} added`,
            pair.operation,
            `${pair.location}/properties/${escapePointerSegment(name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
