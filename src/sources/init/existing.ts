import { z } from 'zod';
import { repoGlobSchema, repoPathSchema } from '../../config/paths.ts';
import { decodeText } from '../../core/text.ts';
import { parseJson, parseWith } from '../../core/validation.ts';
import type { WorkTreeFiles } from '../work-tree.ts';

/**
 * What init reads of an existing `govpages.config.json`: only the taxonomy settings it extends the
 * taxonomy by. Loose on purpose: keys init does not use are left to `lint` and `build`, which read
 * the config strictly; init never changes the file.
 */
const existingConfigSchema = z.looseObject({
  sources: z
    .looseObject({
      taxonomy: z
        .looseObject({
          path: repoPathSchema().default('alerts_taxonomy.json'),
          rules: z.array(repoGlobSchema).default([]),
          severities: z.union([z.string(), z.record(z.string(), z.number())]).optional(),
          scopes: z.array(z.string()).min(1).optional(),
          categories: z.array(z.string()).min(1).optional(),
        })
        .optional(),
    })
    .optional(),
});

export interface ExistingConfig {
  taxonomy: {
    path: string;
    rules: string[];
    severities?: string | Record<string, number>;
    scopes?: string[];
    categories?: string[];
  } | null;
}

export async function readExistingConfig(tree: WorkTreeFiles, path: string): Promise<ExistingConfig | null> {
  const content = await tree.readFile(path);
  if (content === null) return null;
  const config = parseWith(existingConfigSchema, parseJson(decodeText(content, path), path), path);
  return { taxonomy: config.sources?.taxonomy ?? null };
}

/** An existing taxonomy: its text (kept byte for byte) and what init needs of its alerts. */
export interface ExistingTaxonomy {
  text: string;
  /** Alert names, in file order. */
  names: string[];
  /** Severity values the alerts use. */
  severities: string[];
}

/** Alerts need only a name here: everything else of an existing entry is the user's and is kept as written. */
const existingTaxonomySchema = z.looseObject({
  alerts: z.array(z.looseObject({ name: z.string().min(1), severity: z.unknown().optional() })),
});

export async function readExistingTaxonomy(tree: WorkTreeFiles, path: string): Promise<ExistingTaxonomy | null> {
  const content = await tree.readFile(path);
  if (content === null) return null;
  const text = decodeText(content, path);
  const taxonomy = parseWith(existingTaxonomySchema, parseJson(text, path), path);
  return {
    text,
    names: taxonomy.alerts.map((alert) => alert.name),
    severities: taxonomy.alerts.flatMap((alert) => (typeof alert.severity === 'string' ? [alert.severity] : [])),
  };
}
