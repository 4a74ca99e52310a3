import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_BECAME_REQUIRED = 'request-parameter-became-required';
export const REQUEST_PARAMETER_BECAME_OPTIONAL = 'request-parameter-became-optional';

export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PARAMETER_BECAME_REQUIRED, level: 'breaking', description: 'An optional request parameter became required.' },
    { id: REQUEST_PARAMETER_BECAME_OPTIONAL, level: 'info', description: 'A required request parameter became optional.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      for (const [key, parameter] of pair.revision.parameters) {
        const before = pair.base.parameters.get(key);
        if (!before || parameter.in === 'path') continue;
        const was = before.object.required === true;
        const is = parameter.object.required === true;
        if (was === is) continue;
        findings.push(
          context.report(
            is ? REQUEST_PARAMETER_BECAME_REQUIRED : REQUEST_PARAMETER_BECAME_OPTIONAL,
            `${pair.label}: ${parameter.in} parameter "${parameter.name}" became ${is ? 'required' : 'optional'}`,
            pair.label,
            `parameters/${parameter.in}/${escapePointerSegment(parameter.name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
