import { z } from 'zod';

/**
 * The edge of the API kind: what we rely on in an OpenAPI document, and no more. Everything else
 * is kept as-is (loose objects) and read by the diff rules, which tolerate whatever they find.
 */

/** YAML reads an unquoted `version: 1.0` as the number 1; keep the document usable. */
const versionString = z.union([z.string(), z.number().transform((value) => String(value))], {
  error: 'expected a version string, e.g. "1.0.0"',
});

export const openApiVersionPattern = /^3\.[01](\.\d+)?(-[\w.]+)?$/;

export const openApiDocumentSchema = z.looseObject({
  openapi: z
    .union([z.string(), z.number().transform((value) => (Number.isInteger(value) ? `${value}.0` : String(value)))], {
      error: 'expected an OpenAPI version string 3.0.x or 3.1.x (e.g. "3.0.3" or "3.1.0")',
    })
    .refine((value) => openApiVersionPattern.test(value), {
      message: 'expected an OpenAPI version 3.0.x or 3.1.x (e.g. "3.0.3" or "3.1.0")',
    }),
  info: z.looseObject({
    title: z.string().optional(),
    version: versionString,
  }),
  paths: z.record(z.string(), z.unknown()).optional(),
  components: z.record(z.string(), z.unknown()).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});

/**
 * A validated OpenAPI 3.0/3.1 document whose local `$ref`s are resolved: every `$ref` object is
 * replaced by the object it points to (shared, so recursive schemas are cyclic object graphs).
 * Written out rather than inferred because the loose outline's index signature would hide the
 * named fields; `openApiDocumentSchema` checks exactly these.
 */
export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string; [key: string]: unknown };
  /** Always present; an OpenAPI 3.1 document without `paths` gets `{}`. */
  paths: Record<string, unknown>;
  components?: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}
