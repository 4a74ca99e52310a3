import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { parseRegistry } from './parse.ts';
import type { RegistryRecord } from './registry-schema.ts';

/** Reads the registry from the work tree of the repository at `root` (I/O), then parses it. */
export async function readRegistry(root: string, relative: string): Promise<RegistryRecord> {
  let text: string;
  try {
    text = await readFile(join(root, relative), 'utf8');
  } catch {
    throw new InputError('port registry not found (expected a registry.yaml at sources.ports.path)', { file: relative });
  }
  return parseRegistry(text, relative);
}
