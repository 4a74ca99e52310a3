import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { RuleModule } from './_rule.ts';

export const OPERATION_ADDED = 'operation-added';

export const rule: RuleModule = {
  rules: [{ id: OPERATION_ADDED, level: 'info', description: 'A new operation (method + path).' }],
  check(_base, _revision, context) {
    const findings = [];
    for (const [key, operation] of context.revisionOperations) {
      if (context.baseOperations.has(key)) continue;
      findings.push(
        context.report(
          OPERATION_ADDED,
          `${operation.label}: operation added`,
          operation.label,
          `paths/${escapePointerSegment(operation.path)}/${operation.method.toLowerCase()}`,
        ),
      );
    }
    return findings;
  },
};
