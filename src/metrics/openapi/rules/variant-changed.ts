import { describeMember } from '../schema.ts';
import { describeLocation, type RuleModule } from './_rule.ts';

export const REQUEST_VARIANT_REMOVED = 'request-variant-removed';
export const REQUEST_VARIANT_ADDED = 'request-variant-added';
export const RESPONSE_VARIANT_ADDED = 'response-variant-added';
export const RESPONSE_VARIANT_REMOVED = 'response-variant-removed';

/**
 * `oneOf`/`anyOf` members are the shapes a value may take. Requests break when a shape clients send
 * goes away; responses break when a shape appears that clients were never told about (generated
 * clients fail to deserialize it).
 */
export const rule: RuleModule = {
  rules: [
    { id: REQUEST_VARIANT_REMOVED, level: 'breaking', description: 'A oneOf/anyOf member was removed from a request schema.' },
    { id: REQUEST_VARIANT_ADDED, level: 'info', description: 'A oneOf/anyOf member was added to a request schema.' },
    {
      id: RESPONSE_VARIANT_ADDED,
      level: 'breaking',
      description: 'A oneOf/anyOf member was added to a response schema: clients may receive a shape they cannot read.',
    },
    { id: RESPONSE_VARIANT_REMOVED, level: 'info', description: 'A oneOf/anyOf member was removed from a response schema.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const variant of context.variantPairs) {
      const what = `${variant.operation}: ${describeLocation(variant.location)}`;
      const [removedId, addedId] =
        variant.direction === 'request' ? [REQUEST_VARIANT_REMOVED, REQUEST_VARIANT_ADDED] : [RESPONSE_VARIANT_REMOVED, RESPONSE_VARIANT_ADDED];
      for (const member of variant.match.removed)
        findings.push(
          context.report(
            removedId,
            `${what} ${variant.keyword} member ${describeMember(member)} removed`,
            variant.operation,
            `${variant.location}/${variant.keyword}`,
          ),
        );
      for (const member of variant.match.added)
        findings.push(
          context.report(
            addedId,
            `${what} ${variant.keyword} member ${describeMember(member)} added`,
            variant.operation,
            `${variant.location}/${variant.keyword}`,
          ),
        );
    }
    return findings;
  },
};
