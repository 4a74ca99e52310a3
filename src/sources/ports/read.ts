import { InputError } from '../../core/errors.ts';
import { decodeText } from '../../core/text.ts';
import { isoSeconds } from '../../core/time.ts';
import { listFileVersions, type Repository, type Snapshot } from '../../git/index.ts';
import { parseRegistry } from './parse.ts';
import type { RegistryRecord } from './registry-schema.ts';

/** The commit that last changed the registry, and its date (ISO 8601 UTC, whole seconds). */
export interface RegistryChange {
  commit: string;
  date: string;
}

/**
 * Reads the registry from the commit being built (the snapshot, never the work tree), parses it,
 * and finds the commit that last changed it (the commit being built when git has no record of it).
 */
export async function readRegistry(repo: Repository, snapshot: Snapshot, path: string): Promise<{ registry: RegistryRecord; changed: RegistryChange }> {
  const content = await snapshot.readFile(path);
  if (content === null) throw new InputError('port registry not found (expected a registry.yaml at sources.ports.path)', { file: path });
  const registry = parseRegistry(decodeText(content, path), path);
  const last = (await listFileVersions(repo, path)).at(-1);
  const changed = last ? { commit: last.commit, date: isoSeconds(last.date) } : { commit: repo.head.commit, date: isoSeconds(repo.head.date) };
  return { registry, changed };
}
