import { z } from 'zod';
import { taxonomySchema } from './schema.ts';

/** Where builds publish the schema, beside the taxonomy's other status files. */
export const TAXONOMY_SCHEMA_PATH = 'status/alerts_taxonomy.schema.json';

/**
 * `alerts_taxonomy.schema.json`: the zod schema the build parses the taxonomy with, as JSON Schema
 * (2020-12, the input shape: `deprecated` may be left out), so an editor checks the file as it is
 * typed (`"$schema": "..."` at its top). `docs/alerts_taxonomy.schema.json` is this, written out by
 * `npm run docs` (tests/docs checks it is current); builds publish it at `TAXONOMY_SCHEMA_PATH`.
 * Severity, scope and category are plain strings: their vocabularies are configured per
 * repository, and lint, not the schema, reports a value outside them.
 */
export function taxonomyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://govpages.dev/schemas/alerts_taxonomy.schema.json',
    ...z.toJSONSchema(taxonomySchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
