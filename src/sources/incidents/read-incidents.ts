import { compareStrings } from '../../core/compare.ts';
import { posix } from 'node:path';
import { listFileVersions, type Repository } from '../../git/index.ts';
import type { Incident } from '../../model/incidents.ts';
import { readHeadFiles } from '../gates/head-files.ts';
import { parseIncident } from './parse-incident.ts';

/**
 * Every incident report under the configured directory at HEAD (`*.md`; `README.md` and files
 * starting with `_`, such as a `_template.md`, are not reports), newest start first. Each carries
 * the commit that added it, for stable feed ids.
 */
export async function readIncidents(repo: Repository, path: string): Promise<Incident[]> {
  const files = (await readHeadFiles(repo, path, ['.md'])).filter((file) => isReport(file.path));
  const incidents: Incident[] = [];
  for (const file of files) {
    const versions = await listFileVersions(repo, file.path);
    incidents.push(parseIncident(file.text, file.path, versions[0]?.commit ?? null));
  }
  return sortIncidents(incidents);
}

export function isReport(path: string): boolean {
  const name = posix.basename(path);
  return !name.startsWith('_') && name.toLowerCase() !== 'readme.md';
}

/** Newest start first; ties by id. */
export function sortIncidents(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || compareStrings(a.id, b.id));
}
