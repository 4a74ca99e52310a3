import { describeMember, matchMembers, members } from '../schema.ts';
import { describePair, type RuleModule } from './_rule.ts';

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
    { id: RESPONSE_VARIANT_ADDED, level: 'breaking', description: 'A oneOf/anyOf member was added to a response schema: clients may receive a shape they cannot read.' },
    { id: RESPONSE_VARIANT_REMOVED, level: 'info', description: 'A oneOf/anyOf member was removed from a response schema.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        if (pair.base[keyword] === undefined || pair.revision[keyword] === undefined) continue;
        const before = members(pair.base, keyword);
        const after = members(pair.revision, keyword);
        if (before.length === 0 || after.length === 0) continue;
        const discriminator = typeof pair.revision.discriminator === 'object' ? String((pair.revision.discriminator as Record<string, unknown>).propertyName) : undefined;
        const match = matchMembers(before, after, discriminator);
        const what = `${pair.operation}: ${describePair(pair)}`;
        const [removedId, addedId] = pair.direction === 'request' ? [REQUEST_VARIANT_REMOVED, REQUEST_VARIANT_ADDED] : [RESPONSE_VARIANT_REMOVED, RESPONSE_VARIANT_ADDED];
        for (const member of match.removed) findings.push(context.report(removedId, `${what} ${keyword} member ${describeMember(member)} removed`, pair.operation, `${pair.location}/${keyword}`));
        for (const member of match.added) findings.push(context.report(addedId, `${what} ${keyword} member ${describeMember(member)} added`, pair.operation, `${pair.location}/${keyword}/${after.indexOf(member)}`));
      }
    }
    return findings;
  },
};
