import { asString } from '../json.ts';
import type { RuleModule } from './_rule.ts';

export const OPERATION_ID_CHANGED = 'operation-id-changed';

/** Not on the wire, but generated clients name their methods after it. */
export const rule: RuleModule = {
  rules: [{ id: OPERATION_ID_CHANGED, level: 'warning', description: 'The operationId changed: wire-compatible, but generated client methods are renamed.' }],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      const before = asString(pair.base.object.operationId);
      const after = asString(pair.revision.object.operationId);
      if (before === undefined || before === after) continue;
      findings.push(
        context.report(OPERATION_ID_CHANGED, `${pair.label}: operationId changed from "${before}" to "${after ?? '(none)'}"`, pair.label, 'operationId'),
      );
    }
    return findings;
  },
};
