import { z } from 'zod';
import { GovpagesError } from '../core/errors.ts';
import { repoRelativePath } from '../core/repo-path.ts';

/**
 * Paths in the config are checked once, here, when the config is loaded: everything below reads
 * clean repository-relative POSIX paths and never sees `..` or an absolute path.
 */
function inRepository(value: string, context: z.RefinementCtx, allowRoot: boolean): string {
  try {
    return repoRelativePath(value, {}, { allowRoot });
  } catch (error) {
    if (!(error instanceof GovpagesError)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
}

/** A file or folder inside the repository (`allowRoot`: `.` for the whole repository, as `''`). */
export function repoPathSchema(options: { allowRoot?: boolean } = {}) {
  return z
    .string()
    .min(1)
    .transform((value, context) => inRepository(value, context, options.allowRoot === true))
    .meta({ title: options.allowRoot === true ? 'repository path (`.` = all)' : 'repository path' });
}

/** A glob pattern inside the repository; a leading `!` excludes. */
export const repoGlobSchema = z
  .string()
  .min(1)
  .transform((value, context) => {
    const negated = value.startsWith('!');
    const path = inRepository(negated ? value.slice(1) : value, context, false);
    return negated ? `!${path}` : path;
  })
  .meta({ title: 'glob' });

/**
 * A required file: one path, or alternatives separated by `|`
 * (`CODEOWNERS|.github/CODEOWNERS|docs/CODEOWNERS`: GitHub honours CODEOWNERS in three places).
 */
export const requirementSchema = z
  .string()
  .min(1)
  .transform((value, context) =>
    value
      .split('|')
      .map((alternative) => inRepository(alternative.trim(), context, false))
      .join('|'),
  )
  .meta({ title: 'requirement (`a|b`: either)' });
