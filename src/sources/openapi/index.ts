/** The API contract source: OpenAPI 3.0/3.1 documents, parsed, validated and `$ref`-resolved. */
export { parseOpenApi, parseOpenApiSync } from './parse.ts';
export { readOpenApiFile } from './read.ts';
export { openApiDocumentSchema, type OpenApiDocument } from './document.ts';
export { resolveLocalRefs } from './resolve-refs.ts';
