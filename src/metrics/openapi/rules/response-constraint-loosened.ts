import { asNumber, asString } from '../json.ts';
import { type Bound, lowerBound, type Schema, upperBound } from '../schema.ts';
import { describePair, invisible, type RuleModule } from './_rule.ts';

export const RESPONSE_PROPERTY_CONSTRAINT_LOOSENED = 'response-property-constraint-loosened';

/**
 * A response value may now fall outside bounds the document promised (a longer string, a larger
 * number, more items). A warning: clients that sized storage or validated by the old bounds break,
 * but raising a limit is usually meant as compatible.
 */
export const rule: RuleModule = {
  rules: [
    {
      id: RESPONSE_PROPERTY_CONSTRAINT_LOOSENED,
      level: 'warning',
      description:
        'A response constraint got looser: maxLength/maxItems/maxProperties/maximum increased or removed, minLength/minItems/minProperties/minimum decreased or removed, pattern changed or removed.',
    },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'response' || invisible(pair)) continue;
      const reasons = loosened(pair.base, pair.revision);
      if (reasons.length === 0) continue;
      findings.push(
        context.report(
          RESPONSE_PROPERTY_CONSTRAINT_LOOSENED,
          `${pair.operation}: ${describePair(pair)} is looser: ${reasons.join('; ')}`,
          pair.operation,
          pair.location,
        ),
      );
    }
    return findings;
  },
};

function loosened(base: Schema, revision: Schema): string[] {
  const reasons: string[] = [];
  for (const keyword of ['maxLength', 'maxItems', 'maxProperties'] as const) {
    const before = asNumber(base[keyword]);
    const after = asNumber(revision[keyword]);
    if (before === undefined) continue;
    if (after === undefined) reasons.push(`${keyword} ${before} removed`);
    else if (after > before) reasons.push(`${keyword} increased from ${before} to ${after}`);
  }
  for (const keyword of ['minLength', 'minItems', 'minProperties'] as const) {
    const before = asNumber(base[keyword]);
    const after = asNumber(revision[keyword]) ?? 0;
    if (before !== undefined && after < before) reasons.push(`${keyword} decreased from ${before} to ${after}`);
  }
  const bound = (name: string, before: Bound | undefined, after: Bound | undefined, looser: (a: number, b: number) => boolean) => {
    if (before === undefined) return;
    if (after === undefined) reasons.push(`${name} ${before.value} removed`);
    else if (looser(after.value, before.value) || (after.value === before.value && before.exclusive && !after.exclusive)) {
      reasons.push(`${name} changed from ${before.value} to ${after.value}`);
    }
  };
  bound('maximum', upperBound(base), upperBound(revision), (a, b) => a > b);
  bound('minimum', lowerBound(base), lowerBound(revision), (a, b) => a < b);
  const pattern = asString(base.pattern);
  if (pattern !== undefined && asString(revision.pattern) !== pattern)
    reasons.push(revision.pattern === undefined ? `pattern ${pattern} removed` : `pattern changed from ${pattern} to ${String(revision.pattern)}`);
  return reasons;
}
