import { posix } from 'node:path';
import { compareStrings } from '../../core/compare.ts';
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
  return sortIncidents(files.map((file) => parseIncident(file.text, file.path, added.get(file.path)?.commit ?? null)));
}

/** The reports without their history (`commit` is null): enough for their times, one process. */
export async function readIncidentReports(snapshot: Snapshot, path: string): Promise<Incident[]> {
  const files = await readReports(snapshot, path);
  return sortIncidents(files.map((file) => parseIncident(file.text, file.path)));
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
    files.push({ path: file.path, text: file.content.toString('utf8') });
  }
  return files;
}
