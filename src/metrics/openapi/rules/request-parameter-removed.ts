import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { RuleModule } from './_rule.ts';

export const REQUEST_PARAMETER_REMOVED = 'request-parameter-removed';
export const DEPRECATED_REQUEST_PARAMETER_REMOVED = 'deprecated-request-parameter-removed';

export const rule: RuleModule = {
  rules: [
    {
      id: REQUEST_PARAMETER_REMOVED,
      level: 'breaking',
      description: 'A request parameter was removed: clients that send it lose its effect (or are rejected).',
    },
    { id: DEPRECATED_REQUEST_PARAMETER_REMOVED, level: 'info', description: 'A deprecated request parameter was removed.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      for (const [key, parameter] of pair.base.parameters) {
        if (pair.revision.parameters.has(key)) continue;
        const deprecated = parameter.object.deprecated === true;
        findings.push(
          context.report(
            deprecated ? DEPRECATED_REQUEST_PARAMETER_REMOVED : REQUEST_PARAMETER_REMOVED,
            `${pair.label}: ${deprecated ? 'deprecated ' : ''}${parameter.in} parameter "${parameter.name}" removed`,
            pair.label,
            `parameters/${parameter.in}/${escapePointerSegment(parameter.name)}`,
          ),
        );
      }
    }
    return findings;
  },
};
