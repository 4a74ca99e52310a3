import { fingerprint } from '../json.ts';
import { describePair, family, invisible, type RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_DEFAULT_CHANGED = 'request-parameter-default-changed';
export const REQUEST_PROPERTY_DEFAULT_CHANGED = 'request-property-default-changed';

/**
 * A client that leaves a value out gets the default: changing it changes what existing requests
 * mean (API style guides such as Google's and Azure's count it as breaking).
 */
export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PARAMETER_DEFAULT_CHANGED,
      level: 'breaking',
      description: 'The default of a request parameter changed: requests that omit it now mean something else.',
    },
    {
      id: REQUEST_PROPERTY_DEFAULT_CHANGED,
      level: 'breaking',
      description: 'The default of a request body value changed: requests that omit it now mean something else.',
    },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || invisible(pair)) continue;
      if (pair.base.default === undefined || pair.revision.default === undefined) continue;
      const before = fingerprint(pair.base.default);
      const after = fingerprint(pair.revision.default);
      if (before === after) continue;
      findings.push(
        context.report(
          `${family(pair)}-default-changed`,
          `${pair.operation}: ${describePair(pair)} default changed from ${before} to ${after}`,
          pair.operation,
          pair.location,
        ),
      );
    }
    return findings;
  },
};
