import { stableJson } from '../../core/json.ts';
import { summarizeDiff } from './diff.ts';
import type { Finding, FindingLevel, OpenApiDiff } from './types.ts';

/** The three renderings of a diff that `govpages diff` prints; pure, so the site can reuse them. */

export interface DiffSide {
  file: string;
  version: string;
}

export interface DiffReportInput {
  base: DiffSide;
  revision: DiffSide;
  diff: OpenApiDiff;
}

/** `2 breaking, 1 warning, 3 info; operations +1 -0` */
export function summaryLine(diff: OpenApiDiff): string {
  const counts = summarizeDiff(diff);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${counts.breaking} breaking, ${plural(counts.warning, 'warning')}, ${counts.info} info; operations +${counts.operationsAdded} -${counts.operationsRemoved}`;
}

export function formatDiffText({ base, revision, diff }: DiffReportInput): string {
  const lines = [`${base.file} (${base.version}) -> ${revision.file} (${revision.version}): ${summaryLine(diff)}`];
  for (const level of ['breaking', 'warning', 'info'] as const) {
    for (const finding of diff.findings.filter((item) => item.level === level))
      lines.push(`${level.toUpperCase().padEnd(8)} ${finding.id}: ${finding.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Stable key order (sorted), two-space indent, trailing newline. */
export function formatDiffJson({ base, revision, diff }: DiffReportInput): string {
  const counts = summarizeDiff(diff);
  const value = {
    base,
    revision,
    breaking: diff.breaking,
    counts: { breaking: counts.breaking, warning: counts.warning, info: counts.info },
    operations: diff.operations,
    findings: diff.findings,
  };
  return stableJson(value);
}

/**
 * What a pull-request comment posts: a verdict line, a table of breaking changes, then warnings and
 * info folded in `<details>`.
 */
export function formatDiffMarkdown({ base, revision, diff }: DiffReportInput): string {
  const verdict = diff.breaking > 0 ? `**${diff.breaking} breaking change${diff.breaking === 1 ? '' : 's'}**` : '**No breaking changes**';
  const out = [
    `### OpenAPI diff: ${verdict}`,
    '',
    `\`${base.file}\` (${escapeCell(base.version)}) → \`${revision.file}\` (${escapeCell(revision.version)}): ${summaryLine(diff)}`,
    '',
  ];
  const breaking = byLevel(diff.findings, 'breaking');
  if (breaking.length > 0) {
    out.push('| Operation | Rule | Change |', '| --- | --- | --- |');
    for (const finding of breaking)
      out.push(`| ${escapeCell(finding.operation ?? '(document)')} | \`${finding.id}\` | ${escapeCell(stripOperation(finding))} |`);
    out.push('');
  }
  for (const [level, title] of [
    ['warning', 'Warnings'],
    ['info', 'Info'],
  ] as const) {
    const findings = byLevel(diff.findings, level);
    if (findings.length === 0) continue;
    out.push(`<details><summary>${title} (${findings.length})</summary>`, '');
    for (const finding of findings) out.push(`- \`${finding.id}\`: ${escapeCell(finding.message)}`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function byLevel(findings: Finding[], level: FindingLevel): Finding[] {
  return findings.filter((finding) => finding.level === level);
}

function stripOperation(finding: Finding): string {
  const prefix = finding.operation ? `${finding.operation}: ` : '';
  return finding.message.startsWith(prefix) ? finding.message.slice(prefix.length) : finding.message;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
}
