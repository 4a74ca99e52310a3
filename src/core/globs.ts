import picomatch from 'picomatch';

/**
 * The one glob matcher, for a commit's files and the work tree's alike, so `lint` and `build`
 * select the same files: picomatch with dot files included; `!pattern` excludes; with no include
 * pattern nothing matches. Keeps the order of `paths`.
 */
export function matchPaths(paths: readonly string[], patterns: readonly string[]): string[] {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  if (include.length === 0) return [];
  const isIncluded = picomatch(include, { dot: true });
  const isExcluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return paths.filter((path) => isIncluded(path) && !isExcluded(path));
}

/** The paths inside `folder` (`''`: all; a file's own path: that file), in the order given. */
export function pathsUnder(paths: readonly string[], folder: string): string[] {
  return paths.filter((path) => folder === '' || path === folder || path.startsWith(`${folder}/`));
}
