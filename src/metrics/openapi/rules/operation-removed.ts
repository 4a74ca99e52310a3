import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { RuleModule } from './_rule.ts';

export const OPERATION_REMOVED = 'operation-removed';
export const DEPRECATED_OPERATION_REMOVED = 'deprecated-operation-removed';

/** Removing an operation breaks its callers, unless it was deprecated first (then it is expected). */
export const rule: RuleModule = {
  rules: [
    { id: OPERATION_REMOVED, level: 'breaking', description: 'An operation (method + path) was removed without being deprecated first.' },
    { id: DEPRECATED_OPERATION_REMOVED, level: 'info', description: 'A deprecated operation was removed, as its deprecation announced.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const [key, operation] of context.baseOperations) {
      if (context.revisionOperations.has(key)) continue;
      const deprecated = operation.object.deprecated === true;
      findings.push(
        context.report(
          deprecated ? DEPRECATED_OPERATION_REMOVED : OPERATION_REMOVED,
          `${operation.label}: ${deprecated ? 'deprecated operation' : 'operation'} removed`,
          operation.label,
          `paths/${escapePointerSegment(operation.path)}/${operation.method.toLowerCase()}`,
        ),
      );
    }
    return findings;
  },
};
