import { z } from 'zod';
import { repoGlobSchema, requirementSchema } from '../paths.ts';

const tierKeySchema = z.enum(['1', '2', '3', '4']);

/** Catalog, enforcement and checkpoints (seed 002). */
export const catalogSourceSchema = z
  .strictObject({
    /** Glob patterns (relative to the repository) of repository metadata files; a repository is the folder holding `.meta/`. */
    metadata: z.array(repoGlobSchema).min(1).default(['organizations/*/*/.meta/repo.yaml']),
    /** Files every repository must have (a violation when missing). */
    required_files: z.array(requirementSchema).default(['README.md']),
    /** Extra files by tier: tiers 1-2 are the critical ones the seed audits monthly. */
    tier_required_files: z
      .partialRecord(tierKeySchema, z.array(requirementSchema))
      .default({
        '1': ['CODEOWNERS|.github/CODEOWNERS|docs/CODEOWNERS', 'LICENSE', 'SECURITY.md'],
        '2': ['CODEOWNERS|.github/CODEOWNERS|docs/CODEOWNERS', 'LICENSE'],
      }),
    /** Files every repository should have (a warning when missing, unless already required). */
    recommended_files: z.array(requirementSchema).default(['LICENSE']),
    /** Warnings fail enforcement too (`GOVERN_STRICT` overrides when set). */
    strict: z.boolean().default(false),
  })
  .describe('catalog source');

export type CatalogSourceConfig = z.infer<typeof catalogSourceSchema>;
