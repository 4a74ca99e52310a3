import { isAbsolute, normalize, relative, resolve } from 'node:path';
import { InputError } from '../errors.ts';

/**
 * Resolves a path from the config inside the repository. Config can come from a pull request, so a
 * path that is absolute or climbs out with `..` is refused rather than read.
 */
export function resolveInRepository(root: string, path: string, configKey: string): string {
  if (isAbsolute(path) || normalize(path).split(/[\\/]/).includes('..')) {
    throw new InputError(`path "${path}" leaves the repository (expected a path relative to the repository root, without "..")`, {
      file: 'govpages.config.json',
      where: configKey,
    });
  }
  const absolute = resolve(root, path);
  const inside = relative(root, absolute);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(`path "${path}" leaves the repository`, { file: 'govpages.config.json', where: configKey });
  }
  return absolute;
}
