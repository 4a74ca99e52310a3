import type { BadgeDefinition } from '../../../model/badge.ts';

/** The webhook payload contract version (`governance_notice` `version`), so consumers see which parser they need. */
export const payloadVersionBadge: BadgeDefinition<{ version: number }> = {
  file: 'payload-version-badge.json',
  label: 'webhook payload',
  render: ({ version }) => ({ message: `v${version}`, color: 'blue' }),
  docs: {
    message: 'the webhook payload version: `v1`',
    figure: 'version (governance_notice)',
    computedIn: 'src/metrics/api/notice.ts',
    colors: [{ color: 'blue' }],
  },
};
