/** The API contract source: OpenAPI 3.0/3.1 documents, parsed, validated and `$ref`-resolved, at HEAD and in git history. */

export { type OpenApiDocument, openApiDocumentSchema } from './document.ts';
export { parseOpenApi, parseOpenApiSync } from './parse.ts';
export { readOpenApiFile } from './read.ts';
export { resolveLocalRefs } from './resolve-refs.ts';
export { type HeadSpec, readSpecAtHead } from './spec-at-head.ts';
export { type ParsedSpec, parseSpec } from './spec-file.ts';
export { listSpecVersions, loadSpecVersions, readSpecVersions, type SpecVersion } from './spec-versions.ts';
