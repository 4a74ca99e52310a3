import { asObject, entries } from '../json.ts';
import { isSuccessStatus } from '../operations.ts';
import type { RuleModule } from './_rule.ts';

export const RESPONSE_SUCCESS_STATUS_REMOVED = 'response-success-status-removed';
export const RESPONSE_NON_SUCCESS_STATUS_REMOVED = 'response-non-success-status-removed';
export const RESPONSE_STATUS_ADDED = 'response-status-added';

/** Clients branch on the success status they were promised; a `2XX` range still covers `200`. */
export const rule: RuleModule = {
  rules: [
    { id: RESPONSE_SUCCESS_STATUS_REMOVED, level: 'breaking', description: 'A success (2xx) response status was removed.' },
    { id: RESPONSE_NON_SUCCESS_STATUS_REMOVED, level: 'info', description: 'A non-success response status was removed.' },
    { id: RESPONSE_STATUS_ADDED, level: 'info', description: 'A response status was added.' },
  ],
  check(_base, _revision, context) {
    const findings = [];
    for (const pair of context.changed) {
      const before = asObject(pair.base.object.responses) ?? {};
      const after = asObject(pair.revision.object.responses) ?? {};
      const has = (responses: Record<string, unknown>, status: string) =>
        Object.hasOwn(responses, status) ||
        Object.hasOwn(responses, status.toUpperCase()) ||
        Object.hasOwn(responses, `${status[0]}XX`) ||
        Object.hasOwn(responses, `${status[0]}xx`);
      for (const [status] of entries(before)) {
        if (has(after, status)) continue;
        const success = isSuccessStatus(status);
        findings.push(
          context.report(
            success ? RESPONSE_SUCCESS_STATUS_REMOVED : RESPONSE_NON_SUCCESS_STATUS_REMOVED,
            `${pair.label}: response status ${status} removed`,
            pair.label,
            `responses/${status}`,
          ),
        );
      }
      for (const [status] of entries(after)) {
        if (Object.hasOwn(before, status)) continue;
        findings.push(context.report(RESPONSE_STATUS_ADDED, `${pair.label}: response status ${status} added`, pair.label, `responses/${status}`));
      }
    }
    return findings;
  },
};
