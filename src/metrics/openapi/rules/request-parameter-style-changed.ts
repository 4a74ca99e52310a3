import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { serialization } from '../operations.ts';
import type { RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_STYLE_CHANGED = 'request-parameter-style-changed';
export const REQUEST_PARAMETER_ALLOW_EMPTY_VALUE_REMOVED = 'request-parameter-allow-empty-value-removed';

/** Serialization is part of the wire format: `ids=1,2` and `ids=1&ids=2` are different requests. */
export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PARAMETER_STYLE_CHANGED,
      level: 'breaking',
      description: 'A request parameter changed its serialization (style or explode, defaults applied).',
    },
    {
      id: REQUEST_PARAMETER_ALLOW_EMPTY_VALUE_REMOVED,
      level: 'breaking',
      description: 'A request parameter no longer allows an empty value (allowEmptyValue true -> false).',
    },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      for (const [key, parameter] of pair.revision.parameters) {
        const before = pair.base.parameters.get(key);
        if (!before) continue;
        const location = `parameters/${parameter.in}/${escapePointerSegment(parameter.name)}`;
        const was = serialization(before.object, before.in);
        const is = serialization(parameter.object, parameter.in);
        if (was.style !== is.style || was.explode !== is.explode) {
          findings.push(
            context.report(
              REQUEST_PARAMETER_STYLE_CHANGED,
              `${pair.label}: ${parameter.in} parameter "${parameter.name}" serialization changed from style ${was.style}, explode ${was.explode} to style ${is.style}, explode ${is.explode}`,
              pair.label,
              location,
            ),
          );
        }
        if (before.object.allowEmptyValue === true && parameter.object.allowEmptyValue !== true) {
          findings.push(
            context.report(
              REQUEST_PARAMETER_ALLOW_EMPTY_VALUE_REMOVED,
              `${pair.label}: ${parameter.in} parameter "${parameter.name}" no longer allows an empty value`,
              pair.label,
              location,
            ),
          );
        }
      }
    }
    return findings;
  },
};
