import { asNumber, asString } from '../json.ts';
import { type Bound, format, lowerBound, type Schema, typeSet, upperBound } from '../schema.ts';
import { describePair, family, invisible, type RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_CONSTRAINT_TIGHTENED = 'request-parameter-constraint-tightened';
export const REQUEST_PROPERTY_CONSTRAINT_TIGHTENED = 'request-property-constraint-tightened';

/**
 * A request value that was valid must stay valid. Each entry says how a keyword gets stricter; a
 * constraint that appears where there was none counts as stricter. Looser responses in these
 * keywords are not reported: values still fit the types clients use.
 */
const CHECKS: { keyword: string; tighter(base: Schema, revision: Schema): string | undefined }[] = [
  { keyword: 'maxLength', tighter: (b, r) => decreased(b.maxLength, r.maxLength, 'maxLength') },
  { keyword: 'minLength', tighter: (b, r) => increased(b.minLength, r.minLength, 'minLength', 0) },
  { keyword: 'maxItems', tighter: (b, r) => decreased(b.maxItems, r.maxItems, 'maxItems') },
  { keyword: 'minItems', tighter: (b, r) => increased(b.minItems, r.minItems, 'minItems', 0) },
  { keyword: 'maxProperties', tighter: (b, r) => decreased(b.maxProperties, r.maxProperties, 'maxProperties') },
  { keyword: 'minProperties', tighter: (b, r) => increased(b.minProperties, r.minProperties, 'minProperties', 0) },
  { keyword: 'maximum', tighter: (b, r) => boundTighter(upperBound(b), upperBound(r), 'maximum', (x, y) => x < y) },
  { keyword: 'minimum', tighter: (b, r) => boundTighter(lowerBound(b), lowerBound(r), 'minimum', (x, y) => x > y) },
  {
    keyword: 'pattern',
    tighter: (b, r) => {
      const after = asString(r.pattern);
      if (after === undefined || after === asString(b.pattern)) return undefined;
      return b.pattern === undefined ? `pattern ${after} added` : `pattern changed from ${String(b.pattern)} to ${after}`;
    },
  },
  {
    keyword: 'multipleOf',
    tighter: (b, r) => {
      const after = asNumber(r.multipleOf);
      const before = asNumber(b.multipleOf);
      if (after === undefined || after <= 0) return undefined;
      if (before !== undefined && Number.isInteger(before / after)) return undefined;
      return `multipleOf ${before === undefined ? 'added' : `changed from ${before}`} (${after})`;
    },
  },
  { keyword: 'uniqueItems', tighter: (b, r) => (r.uniqueItems === true && b.uniqueItems !== true ? 'uniqueItems required' : undefined) },
  {
    keyword: 'additionalProperties',
    tighter: (b, r) => {
      const before = b.additionalProperties;
      const after = r.additionalProperties;
      if (after === false && before !== false) return 'additional properties no longer allowed';
      // A free-form object (no properties, anything allowed) whose extra values must now match a schema.
      const freeForm = (before === undefined || before === true) && b.properties === undefined;
      if (freeForm && typeof after === 'object' && after !== null && Object.keys(after).length > 0) return 'additional properties must now match a schema';
      return undefined;
    },
  },
  {
    keyword: 'format',
    tighter: (b, r) => {
      const after = format(r);
      if (after === undefined || format(b) !== undefined || !typeSet(r)?.has('string')) return undefined;
      return `format ${after} added`;
    },
  },
];

export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PARAMETER_CONSTRAINT_TIGHTENED,
      level: 'breaking',
      description:
        'A request parameter constraint got stricter: maxLength/maxItems/maxProperties/maximum decreased, minLength/minItems/minProperties/minimum increased or added, pattern or string format added or changed, multipleOf, uniqueItems.',
    },
    {
      id: REQUEST_PROPERTY_CONSTRAINT_TIGHTENED,
      level: 'breaking',
      description: 'A request body constraint got stricter (the same keywords, plus additionalProperties: false).',
    },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.schemaPairs) {
      if (pair.direction !== 'request' || invisible(pair)) continue;
      const reasons = CHECKS.map((check) => check.tighter(pair.base, pair.revision)).filter((reason) => reason !== undefined);
      if (reasons.length === 0) continue;
      findings.push(
        context.report(
          `${family(pair)}-constraint-tightened`,
          `${pair.operation}: ${describePair(pair)} is stricter: ${reasons.join('; ')}`,
          pair.operation,
          pair.location,
        ),
      );
    }
    return findings;
  },
};

function decreased(before: unknown, after: unknown, keyword: string): string | undefined {
  const a = asNumber(after);
  if (a === undefined) return undefined;
  const b = asNumber(before);
  if (b === undefined) return `${keyword} ${a} added`;
  return a < b ? `${keyword} decreased from ${b} to ${a}` : undefined;
}

function increased(before: unknown, after: unknown, keyword: string, floor: number): string | undefined {
  const a = asNumber(after);
  if (a === undefined || a <= floor) return undefined;
  const b = asNumber(before) ?? floor;
  if (asNumber(before) === undefined) return `${keyword} ${a} added`;
  return a > b ? `${keyword} increased from ${b} to ${a}` : undefined;
}

function boundTighter(before: Bound | undefined, after: Bound | undefined, keyword: string, stricter: (a: number, b: number) => boolean): string | undefined {
  if (after === undefined) return undefined;
  const text = (bound: Bound) => `${bound.exclusive ? 'exclusive ' : ''}${bound.value}`;
  if (before === undefined) return `${keyword} ${text(after)} added`;
  if (stricter(after.value, before.value) || (after.value === before.value && after.exclusive && !before.exclusive)) {
    return `${keyword} changed from ${text(before)} to ${text(after)}`;
  }
  return undefined;
}
