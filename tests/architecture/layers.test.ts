import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, readImports, sourceFiles, withoutComments } from './imports.ts';
import { layerOf, layerViolations } from './layers.ts';

const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));

describe('layers', () => {
  it('every file under src/ belongs to a layer', () => {
    expect(sourceFiles(ROOT).filter((file) => layerOf(file) === null)).toEqual([]);
  });

  it('no import points up or sideways, and pure layers do no I/O', () => {
    const edges = readImports(ROOT);
    expect(edges.length).toBeGreaterThan(500);
    expect(layerViolations(edges)).toEqual([]);
  });

  it('reads the clock and random numbers only in cli/ (now, keygen) and probe/ (response times)', () => {
    const clock = /\bDate\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|randomBytes\(|randomUUID\(|getRandomValues\(/;
    const readers = sourceFiles(ROOT).filter((file) => clock.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))));
    expect(readers.filter((file) => !file.startsWith('cli/') && !file.startsWith('probe/'))).toEqual([]);
  });

  it.each([
    ['model/status-model.ts', "import type { Finding } from '../metrics/openapi/types.ts';", /up: model may not import metrics/],
    ['sources/catalog/state.ts', "import { x } from '../../metrics/catalog/checkpoint.ts';", /up: sources may not import metrics/],
    ['integrity/verify.ts', "export { y } from '../present/dates.ts';", /sideways: integrity and present/],
    ['publish/feed.ts', "const site = await import('../site/render.ts');", /up: publish may not import site/],
    ['metrics/taxonomy/churn.ts', "import { readFileSync } from 'node:fs';", /metrics\/ is pure/],
    ['demo/index.ts', "import { spawnSync } from 'node:child_process';", /only git\/ starts processes/],
    ['core/json.ts', "import type {\n  Sections,\n} from '../model/status-model.ts';", /up: core may not import model/],
  ])('catches a planted %s importing upward: %s', (file, line, message) => {
    expect(layerViolations(importsOf(file, line))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['metrics/taxonomy/churn.ts', "import { DAY_MS } from '../../core/time.ts';"],
    ['metrics/taxonomy/churn.ts', "// import { build } from '../../pipeline/build.ts';"],
    ['metrics/taxonomy/churn.ts', "/* see '../../site/x.ts' */ const glob = 'src/**/*.ts';"],
    ['pipeline/build.ts', "import { x } from './kinds/taxonomy.ts';"],
  ])('accepts %s: %s', (file, line) => {
    expect(layerViolations(importsOf(file, line))).toEqual([]);
  });
});
