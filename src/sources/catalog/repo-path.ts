import { posix } from 'node:path';
import { InputError } from '../../errors.ts';

/**
 * A path or glob pattern from the config must stay inside the repository: a build reads only the
 * repository it was given, so `..` segments and absolute paths are refused, not resolved.
 * Returns the pattern in normalised POSIX form.
 */
export function repoRelativePath(path: string, file: string, where: string): string {
  const slashed = path.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    throw new InputError(`"${path}" is an absolute path (expected a path relative to the repository root)`, { file, where });
  }
  if (slashed.split('/').includes('..')) {
    throw new InputError(`"${path}" leaves the repository with ".." (expected a path inside the repository)`, { file, where });
  }
  const normalized = posix.normalize(slashed).replace(/^\.\//, '');
  if (normalized === '.' || normalized === '') {
    throw new InputError(`"${path}" names the repository root itself (expected a file or pattern inside it)`, { file, where });
  }
  return normalized;
}
