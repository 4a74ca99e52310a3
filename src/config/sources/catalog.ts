import { z } from 'zod';
import { repoGlobSchema, requirementSchema } from '../paths.ts';

const tierKeySchema = z.enum(['1', '2', '3', '4']);

export const catalogSourceSchema = z
  .strictObject({
    metadata: z
      .array(repoGlobSchema)
      .min(1)
      .default(['organizations/*/*/.meta/repo.yaml'])
      .describe('Repository metadata files. A repository is the folder holding `.meta/`; a file belongs to the deepest repository folder containing it.'),
    required_files: z.array(requirementSchema).default(['README.md']).describe('Files every repository must have (a violation when missing).'),
    // Tiers 1-2 are the critical ones the seed audits monthly.
    tier_required_files: z
      .partialRecord(tierKeySchema, z.array(requirementSchema))
      .default({
        '1': ['CODEOWNERS|.github/CODEOWNERS|docs/CODEOWNERS', 'LICENSE', 'SECURITY.md'],
        '2': ['CODEOWNERS|.github/CODEOWNERS|docs/CODEOWNERS', 'LICENSE'],
      })
      .describe('Extra files by tier (`"1"` .. `"4"`), violations when missing.'),
    recommended_files: z
      .array(requirementSchema)
      .default(['LICENSE'])
      .describe('Files every repository should have (a warning when missing, unless its tier already requires them).'),
    strict: z.boolean().default(false).describe('Warnings fail enforcement too. `GOVERN_STRICT` overrides it; `govpages catalog --strict` overrides both.'),
  })
  .describe('Catalog, policies, checkpoints and drift (seed 002).');

export type CatalogSourceConfig = z.infer<typeof catalogSourceSchema>;
