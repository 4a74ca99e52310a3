import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_ADDED_REQUIRED = 'request-parameter-added-required';
export const REQUEST_PARAMETER_ADDED_OPTIONAL = 'request-parameter-added-optional';

export const rule: RuleModule = {
  rules: [
    { id: REQUEST_PARAMETER_ADDED_REQUIRED, level: 'breaking', description: 'A new required request parameter: existing clients do not send it.' },
    { id: REQUEST_PARAMETER_ADDED_OPTIONAL, level: 'info', description: 'A new optional request parameter.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      for (const [key, parameter] of pair.revision.parameters) {
        if (pair.base.parameters.has(key)) continue;
        const required = parameter.object.required === true || parameter.in === 'path';
        findings.push(
          context.report(
            required ? REQUEST_PARAMETER_ADDED_REQUIRED : REQUEST_PARAMETER_ADDED_OPTIONAL,
            `${pair.label}: ${required ? 'required' : 'optional'} ${parameter.in} parameter "${parameter.name}" added`,
            pair.label,
            `parameters/${parameter.in}/${escapePointerSegment(parameter.name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
