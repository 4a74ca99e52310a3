import { posix } from 'node:path';
import { compareStrings } from '../../core/compare.ts';
import { InputError } from '../../core/errors.ts';
import { quote } from '../../core/printable.ts';
import { decodeText } from '../../core/text.ts';
import { firstVersions, type Repository, type Snapshot } from '../../git/index.ts';
import type { Incident } from '../../model/incidents.ts';
import { parseIncident } from './parse-incident.ts';

/**
 * Every incident report under `path` in the commit being built, newest start first, each with the
 * commit that added it (for stable feed ids): one `git cat-file --batch` stream for the reports and
 * one `git log` for all their first commits, however many reports there are.
 */
export async function readIncidents(commit: { repo: Repository; snapshot: Snapshot }, path: string): Promise<Incident[]> {
  const files = await readReports(commit.snapshot, path);
  const added = await firstVersions(
    commit.repo,
    files.map((file) => file.path),
  );
  return sortIncidents(uniquePages(files.map((file) => parseIncident(file.text, file.path, added.get(file.path)?.commit ?? null))));
}

/** The reports without their history (`commit` is null): enough for their times, one process. */
export async function readIncidentReports(snapshot: Snapshot, path: string): Promise<Incident[]> {
  const files = await readReports(snapshot, path);
  return sortIncidents(uniquePages(files.map((file) => parseIncident(file.text, file.path))));
}

/**
 * Two reports whose ids differ only in case or Unicode normalisation (or are equal, in two
 * folders) would share one page, or overwrite each other's on a case-insensitive disk.
 */
function uniquePages(incidents: readonly Incident[]): readonly Incident[] {
  const seen = new Map<string, string>();
  for (const incident of incidents) {
    const key = incident.id.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      throw new InputError(
        `this report and ${quote(other, 120)} would have the same page, incidents/${incident.id}/ (expected file names that differ in more than case)`,
        {
          file: incident.file,
        },
      );
    }
    seen.set(key, incident.file);
  }
  return incidents;
}

/** `*.md` under `path`; `README.md` and files starting with `_`, such as a `_template.md`, are not reports. */
export function isReport(path: string): boolean {
  const name = posix.basename(path);
  return !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
}

/** Newest start first; ties by id. */
export function sortIncidents(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || compareStrings(a.id, b.id));
}

async function readReports(snapshot: Snapshot, path: string): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  for await (const file of snapshot.read(snapshot.under(path, ['.md']).filter(isReport))) {
    files.push({ path: file.path, text: decodeText(file.content, file.path) });
  }
  return files;
}
