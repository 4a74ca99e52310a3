import type { RuleModule } from './_rule.ts';

export const OPERATION_DEPRECATED = 'operation-deprecated';

export const rule: RuleModule = {
  rules: [
    { id: OPERATION_DEPRECATED, level: 'info', description: 'An operation was marked deprecated (it may be removed later without counting as breaking).' },
  ],
  check(_base, _revision, context) {
    return context.changed
      .filter((pair) => pair.base.object.deprecated !== true && pair.revision.object.deprecated === true)
      .map((pair) => context.report(OPERATION_DEPRECATED, `${pair.label}: operation deprecated`, pair.label, 'deprecated'));
  },
};
