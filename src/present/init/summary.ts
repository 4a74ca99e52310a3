import { printable, printableLines } from '../../core/printable.ts';

/** One file init writes, or keeps. */
export interface InitWrite {
  path: string;
  /** `create`: a new file; `extend`: new alerts appended to the taxonomy; `keep`: exists, not touched. */
  action: 'create' | 'extend' | 'keep';
  /** The whole new content (create, extend). */
  content?: string;
  /** What changes, for the summary: "12 alerts", "+2 alerts: A, B". */
  detail: string;
  /** For `extend` with --dry-run: the entries appended, as they are written. */
  added?: string;
}

/** What init found, wrote and advises, as `govpages init` prints it. */
export interface InitReport {
  root: string;
  dryRun: boolean;
  found: { label: string; paths: readonly string[]; detail?: string }[];
  writes: InitWrite[];
  notes: string[];
  next: string[];
}

const LISTED = 5;

export function initText(report: InitReport): string {
  const lines: string[] = [`govpages init: ${printable(report.root)}${report.dryRun ? ' (dry run: nothing is written)' : ''}`, '', 'found:'];
  const found = report.found.filter((item) => item.paths.length > 0);
  if (found.length === 0) lines.push('  nothing govpages reads (no Prometheus rules, OpenAPI document, catalog, gates, incidents or port registry)');
  for (const item of found) {
    const shown = item.paths.slice(0, LISTED).map((path) => printable(path));
    const more = item.paths.length > LISTED ? `, and ${item.paths.length - LISTED} more` : '';
    lines.push(`  ${item.label}: ${item.paths.length}${item.detail ? ` (${item.detail})` : ''}: ${shown.join(', ')}${more}`);
  }
  const changes = report.writes.filter((write) => write.action !== 'keep');
  lines.push('', report.dryRun ? 'would write:' : 'wrote:');
  if (changes.length === 0) lines.push('  nothing: every file init writes is already there and up to date');
  for (const write of report.writes) {
    const verb = write.action === 'keep' ? 'kept' : report.dryRun ? `would ${write.action}` : write.action === 'create' ? 'created' : 'extended';
    lines.push(`  ${verb} ${printable(write.path)}${write.detail ? `: ${printable(write.detail)}` : ''}`);
  }
  if (report.notes.length > 0) lines.push('', 'notes:', ...report.notes.map((note) => `  - ${printable(note)}`));
  if (report.dryRun) {
    for (const write of changes) {
      const body = write.action === 'extend' ? (write.added ?? '') : (write.content ?? '');
      lines.push(
        '',
        `--- ${printable(write.path)} (${write.action === 'extend' ? 'entries appended to the alerts list' : 'new file'})`,
        printableLines(body.trimEnd()),
      );
    }
  }
  if (report.next.length > 0) lines.push('', `next: ${report.next.join(', then ')}`);
  return `${lines.join('\n')}\n`;
}
