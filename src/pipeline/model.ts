import type { GovpagesConfig } from '../config/schema.ts';
import { compareStrings } from '../core/compare.ts';
import { GOVPAGES_VERSION } from '../core/version.ts';
import type { Repository } from '../git/index.ts';
import {
  type Check,
  type CheckStatus,
  type FeedEvent,
  type PublishedBadge,
  type Sections,
  type StatusModel,
  statusModelSchema,
} from '../model/status-model.ts';

const SEVERITY: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** The overall verdict is the worst check: one failing check fails the status. */
export function overallStatus(checks: readonly Check[]): CheckStatus {
  return checks.reduce<CheckStatus>((worst, check) => (SEVERITY[check.status] > SEVERITY[worst] ? check.status : worst), 'pass');
}

export function assembleModel(input: {
  config: GovpagesConfig;
  repo: Repository;
  now: string;
  sections: Partial<Sections>;
  checks: Check[];
  badges: PublishedBadge[];
  events: FeedEvent[];
  signed: boolean;
}): StatusModel {
  const events = [...input.events].sort((a, b) => compareStrings(b.date, a.date) || compareStrings(a.id, b.id));
  // Checked against its own schema, as the site will read it: a mismatch is a bug in govpages, caught here.
  return statusModelSchema.parse({
    model_version: 1,
    site: {
      title: input.config.site.title,
      url: input.config.site.url ?? null,
      base: input.config.site.base,
      auto_refresh_minutes: input.config.site.auto_refresh_minutes,
    },
    build: {
      commit: input.repo.head.commit,
      short_commit: input.repo.head.commit.slice(0, 7),
      commit_date: new Date(input.repo.head.timestamp * 1000).toISOString(),
      now: input.now,
      govpages_version: GOVPAGES_VERSION,
      signed: input.signed,
    },
    verdict: { status: overallStatus(input.checks), checks: input.checks },
    badges: [...input.badges].sort((a, b) => compareStrings(a.file, b.file)),
    events,
    sections: input.sections,
  });
}
