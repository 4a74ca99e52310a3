import { isAbsolute, posix, relative, sep } from 'node:path';
import { type ErrorLocation, InputError } from './errors.ts';

/**
 * The one check that a path (or glob pattern) given in the config or on the command line stays
 * inside the repository. A build reads only the repository it was given, and config can come from a
 * pull request, so an absolute path or a `..` segment is refused, never resolved. Returns the path
 * in clean POSIX form relative to the repository root (`./a//b/` -> `a/b`); the root itself is `''`
 * and allowed only with `allowRoot`.
 */
export function repoRelativePath(path: string, location: ErrorLocation, options: { allowRoot?: boolean } = {}): string {
  const slashed = path.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    throw new InputError(`"${path}" is an absolute path (expected a path relative to the repository root)`, location);
  }
  if (slashed.split('/').includes('..')) {
    throw new InputError(`"${path}" leaves the repository with ".." (expected a path inside the repository)`, location);
  }
  const normalized = posix.normalize(slashed).replace(/^\.\//, '').replace(/\/+$/, '');
  if (normalized === '.' || normalized === '') {
    if (options.allowRoot) return '';
    throw new InputError(`"${path}" names the repository root itself (expected a file or pattern inside it)`, location);
  }
  return normalized;
}

/**
 * `path` relative to `root` in POSIX form when it is `root` itself (`''`) or inside it, else null.
 * The one containment check for absolute paths: `..out` is a name inside, `../out` is outside.
 */
export function pathInside(root: string, path: string): string | null {
  const inside = relative(root, path);
  if (isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return null;
  return inside.split(sep).join('/');
}
