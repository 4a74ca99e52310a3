/** The API contract source: OpenAPI 3.0/3.1 documents, parsed, validated and `$ref`-resolved, at HEAD and in git history. */
export { parseOpenApi, parseOpenApiSync } from './parse.ts';
export { readOpenApiFile } from './read.ts';
export { openApiDocumentSchema, type OpenApiDocument } from './document.ts';
export { resolveLocalRefs } from './resolve-refs.ts';
export { parseSpec, type ParsedSpec } from './spec-file.ts';
export { readSpecAtHead, type HeadSpec } from './spec-at-head.ts';
export { listSpecVersions, loadSpecVersions, readSpecVersions, type SpecVersion } from './spec-versions.ts';
