import type { CatalogDocument, Drift, DriftIssue } from '../../model/catalog.ts';

/** `latest-drift.md`: the weekly drift report the seed's operators review (pure). */
export function driftMarkdown(drift: Drift, catalog: CatalogDocument): string {
  const lines = ['# Drift report', ''];
  if (!drift.previous) {
    lines.push(`No earlier checkpoint to compare with: checkpoint ${short(drift.latest.commit)} (${drift.latest.created_at}) is the baseline.`);
  } else {
    lines.push(
      `From checkpoint ${short(drift.previous.commit)} (${drift.previous.created_at}${drift.previous.backfilled ? ', reconstructed from git history' : ''}) ` +
        `to ${short(drift.latest.commit)} (${drift.latest.created_at}).`,
    );
  }
  const s = drift.summary;
  lines.push(
    '',
    `Portfolio: ${catalog.summary.total} repositories, ${catalog.summary.compliant} compliant, ${catalog.summary.non_compliant} non-compliant.`,
    '',
    '| Change | Count |',
    '| --- | --- |',
    `| Compliance degraded | ${s.compliance_degraded} |`,
    `| Compliance improved | ${s.compliance_improved} |`,
    `| New repositories | ${s.new_repos} |`,
    `| Removed repositories | ${s.removed_repos} |`,
    `| Repositories with changed files | ${s.changed_repos} (${s.changed_files} files) |`,
  );
  const violations = new Map(catalog.repositories.map((repository) => [repository.id, repository.violations]));
  section(lines, 'Compliance degraded', drift.compliance_degraded, (entry) => [
    `- **${entry.repository}** (tier ${entry.tier ?? '?'})`,
    ...(violations.get(entry.repository) ?? []).map((finding) => `  - ${finding.message}`),
  ]);
  section(lines, 'Compliance improved', drift.compliance_improved, (entry) => [`- ${entry.repository} (tier ${entry.tier ?? '?'})`]);
  section(lines, 'New repositories', drift.new_repos, (entry) => [
    `- ${entry.repository} (tier ${entry.tier ?? '?'}, ${entry.compliant ? 'compliant' : 'non-compliant'})`,
  ]);
  section(lines, 'Removed repositories', drift.removed_repos, (entry) => [`- ${entry.repository} (tier ${entry.tier ?? '?'})`]);
  section(lines, 'Changed files', drift.changed_hashes, (entry) => [
    `- ${entry.repository}: ${[
      ...entry.added.map((path) => `+${path}`),
      ...entry.removed.map((path) => `-${path}`),
      ...entry.modified.map((path) => `~${path}`),
    ].join(', ')}`,
  ]);
  if (!drift.has_drift && drift.previous) lines.push('', 'No drift.');
  return `${lines.join('\n')}\n`;
}

/**
 * The issue a workflow opens when compliance degrades (`open: false` otherwise), written here so
 * the workflow only has to post it.
 */
export function driftIssue(drift: Drift, catalog: CatalogDocument, reportUrl: string | null): DriftIssue {
  const count = drift.summary.compliance_degraded;
  if (count === 0) return { open: false, title: '', body: '', labels: [] };
  const names = drift.compliance_degraded.map((entry) => entry.repository);
  const violations = new Map(catalog.repositories.map((repository) => [repository.id, repository.violations]));
  const body = [
    `${count} repositor${count === 1 ? 'y' : 'ies'} lost compliance between checkpoint ${short(drift.previous!.commit)} and ${short(drift.latest.commit)}.`,
    '',
    ...drift.compliance_degraded.flatMap((entry) => [
      `### ${entry.repository} (tier ${entry.tier ?? '?'})`,
      '',
      ...(violations.get(entry.repository) ?? []).map((finding) => `- [${finding.rule}] ${finding.message}`),
      '',
    ]),
    reportUrl ? `Drift report: ${reportUrl}` : 'See latest-drift.md in the published status for the full drift report.',
  ];
  return {
    open: true,
    title: `Compliance degraded: ${count === 1 ? names[0] : `${count} repositories`} lost compliance`,
    body: `${body.join('\n')}\n`,
    labels: ['governance', 'compliance-drift'],
  };
}

/** Where the published drift report lives, for the issue to link to; null without a configured site URL. */
export function driftReportUrl(siteUrl: string | null | undefined): string | null {
  return siteUrl ? new URL('status/latest-drift.md', siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : null;
}

function section<T>(lines: string[], title: string, entries: T[], render: (entry: T) => string[]): void {
  if (entries.length === 0) return;
  lines.push('', `## ${title}`, '', ...entries.flatMap(render));
}

function short(commit: string): string {
  return commit.slice(0, 7);
}
