import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OpenApiDocument, parseOpenApiSync } from '../../../src/sources/openapi/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/openapi/', import.meta.url));

export function fixtureDirs(under = ''): string[] {
  return readdirSync(join(FIXTURES, under), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['compatible', 'breaking', 'invalid'].includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export function loadPair(dir: string): { base: OpenApiDocument; revision: OpenApiDocument } {
  const read = (name: string) => parseOpenApiSync(readFileSync(join(FIXTURES, dir, `${name}.yaml`), 'utf8'), `${dir}/${name}.yaml`);
  return { base: read('base'), revision: read('revision') };
}
