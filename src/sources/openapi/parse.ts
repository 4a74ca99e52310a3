import { InputError } from '../../core/errors.ts';
import { printable } from '../../core/printable.ts';
import { parseJson, parseWith, parseYaml } from '../../core/validation.ts';
import { type OpenApiDocument, openApiDocumentSchema } from './document.ts';
import { resolveLocalRefs } from './resolve-refs.ts';

/**
 * Parses an OpenAPI 3.0.x or 3.1.x document (JSON or YAML, told apart by the extension or, failing
 * that, by the first character), validates its outline and resolves its local `$ref`s. Pure: the
 * caller reads the file. Async so that a future resolver doing I/O keeps the same signature.
 *
 * @example
 *   const doc = await parseOpenApi(await readFile('openapi.yaml', 'utf8'), 'openapi.yaml');
 */
export async function parseOpenApi(text: string, file: string): Promise<OpenApiDocument> {
  return parseOpenApiSync(text, file);
}

/** The same as `parseOpenApi`, for callers (benchmarks, bulk history reads) that want no promise. */
export function parseOpenApiSync(text: string, file: string): OpenApiDocument {
  const data = looksLikeJson(text, file) ? parseJson(text, file) : parseYaml(text, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError('expected an OpenAPI 3.0.x or 3.1.x document (a mapping with "openapi", "info" and "paths")', {
      file,
    });
  }
  const record = data as Record<string, unknown>;
  if ('swagger' in record && !('openapi' in record)) {
    throw new InputError(
      `found Swagger ${printable(String(record.swagger), 20)}; expected an OpenAPI 3.0.x or 3.1.x document (convert it first, e.g. with swagger2openapi)`,
      {
        file,
        where: '$.swagger',
      },
    );
  }
  if (!('openapi' in record)) {
    throw new InputError('not an OpenAPI document: expected an "openapi" field with version 3.0.x or 3.1.x', {
      file,
      where: '$.openapi',
    });
  }
  const outline = parseWith(openApiDocumentSchema, record, file);
  if (outline.paths === undefined && !outline.openapi.startsWith('3.1')) {
    throw new InputError('expected "paths" (required in OpenAPI 3.0)', { file, where: '$.paths' });
  }
  const resolved = resolveLocalRefs({ ...record, openapi: outline.openapi, info: outline.info }, file);
  return { ...resolved, paths: (resolved.paths as Record<string, unknown> | undefined) ?? {} } as OpenApiDocument;
}

function looksLikeJson(text: string, file: string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return true;
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return false;
  return text.trimStart().startsWith('{');
}
