import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES, environmentOverrides } from '../../src/config/index.ts';
import { sourceFiles } from '../architecture/imports.ts';

const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));
/** Variables govpages sets for Astro, and Astro's own `import.meta.env.BASE_URL`: not settings a user gives. */
const INTERNAL = new Set(['ASTRO_TELEMETRY_DISABLED', 'GOVPAGES_MODEL', 'BASE_URL']);

describe('ENVIRONMENT_VARIABLES', () => {
  it('lists every variable the code reads, once', () => {
    const read = new Set<string>();
    for (const file of sourceFiles(ROOT)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/\benv(?:\.|\[')([A-Z][A-Z0-9_]+)/g)) read.add(match[1]!);
      for (const match of text.matchAll(/VARIABLE = '([A-Z][A-Z0-9_]+)'/g)) read.add(match[1]!);
      // config/env.ts reads through helpers: `flagVariable(env, 'NAME')` and the table of threshold variables.
      for (const match of text.matchAll(/Variable\(env, '([A-Z][A-Z0-9_]+)'\)/g)) read.add(match[1]!);
      for (const match of text.matchAll(/^ {2}([A-Z][A-Z0-9_]+): \{ type: '(?:number|flag)'/gm)) read.add(match[1]!);
    }
    const listed = ENVIRONMENT_VARIABLES.map((variable) => variable.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...read].filter((name) => !INTERNAL.has(name)).sort()).toEqual([...listed].sort());
  });

  it('reads GOVERN_STRICT as the catalog override and thresholds as theirs', () => {
    expect(environmentOverrides({ GOVERN_STRICT: 'yes', RUNBOOK_MIN_PERCENT: '75' })).toEqual({ thresholds: { runbook_min_percent: 75 }, catalogStrict: true });
    expect(environmentOverrides({ GOVERN_STRICT: '', MAX_CHURN_DELTA: ' ' })).toEqual({ thresholds: {} });
  });
});
