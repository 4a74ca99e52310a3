import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../errors.ts';
import { repoRelativePath } from '../catalog/repo-path.ts';
import { parseRegistry } from './parse.ts';
import type { RegistryRecord } from './registry-schema.ts';

/** Reads the registry from the work tree of the repository at `root` (I/O), then parses it. */
export async function readRegistry(root: string, path: string, configFile = 'govpages.config.json'): Promise<RegistryRecord> {
  const relative = repoRelativePath(path, configFile, '$.sources.ports.path');
  let text: string;
  try {
    text = await readFile(join(root, relative), 'utf8');
  } catch {
    throw new InputError('port registry not found (expected a registry.yaml at sources.ports.path)', { file: relative });
  }
  return parseRegistry(text, relative);
}
