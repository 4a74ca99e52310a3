import { describe, expect, it } from 'vitest';
import { taxonomySourceSchema } from '../../../src/config/sources/taxonomy.ts';
import { InputError } from '../../../src/core/errors.ts';
import { type InputFiles, readTaxonomyInputs } from '../../../src/sources/taxonomy/index.ts';

/** Input files held in memory: what a snapshot or the work tree gives the reader. */
function memoryFiles(files: Record<string, string>): InputFiles & { reads: string[][] } {
  const reads: string[][] = [];
  return {
    reads,
    match: (patterns) =>
      Object.keys(files)
        .filter((path) => patterns.some((pattern) => path.startsWith(pattern.replace('*.yml', ''))))
        .sort(),
    async *read(paths) {
      reads.push([...paths]);
      for (const path of paths) yield { path, content: Buffer.from(files[path]!) };
    },
    readFile: async (path) => (path in files ? Buffer.from(files[path]!) : null),
  };
}

const TAXONOMY = JSON.stringify({ alerts: [{ name: 'A', group: 'g', severity: 'low', scope: 'service', category: 'errors', description: 'd' }] });
const source = (rules: string[] = []) => taxonomySourceSchema.parse({ path: 'alerts_taxonomy.json', rules, scopes: ['service'], categories: ['errors'] });
const rule = (name: string) => `groups:\n  - name: g\n    rules:\n      - alert: ${name}\n        expr: up == 0\n`;

describe('readTaxonomyInputs', () => {
  it('parses the taxonomy and every matched rule file, read in one pass in path order', async () => {
    const files = memoryFiles({ 'alerts_taxonomy.json': TAXONOMY, 'rules/b.yml': rule('B'), 'rules/a.yml': rule('A'), 'other/c.yml': rule('C') });
    const inputs = await readTaxonomyInputs(files, source(['rules/*.yml']));
    expect(inputs.taxonomy.alerts.map((alert) => alert.name)).toEqual(['A']);
    expect(inputs.rulesFiles).toEqual(['rules/a.yml', 'rules/b.yml']);
    expect(inputs.rules.map((entry) => `${entry.file}:${entry.line}:${entry.alert}`)).toEqual(['rules/a.yml:4:A', 'rules/b.yml:4:B']);
    expect(files.reads).toEqual([['rules/a.yml', 'rules/b.yml']]);
  });

  it('names the rule file patterns that match no file', async () => {
    const files = memoryFiles({ 'alerts_taxonomy.json': TAXONOMY, 'rules/a.yml': rule('A') });
    expect((await readTaxonomyInputs(files, source(['rules/*.yml', 'typo/*.yml']))).unmatchedRules).toEqual([1]);
    expect((await readTaxonomyInputs(files, source(['rules/*.yml']))).unmatchedRules).toEqual([]);
  });

  it('reads no rule file when none is configured', async () => {
    const inputs = await readTaxonomyInputs(memoryFiles({ 'alerts_taxonomy.json': TAXONOMY, 'rules/a.yml': rule('A') }), source());
    expect(inputs).toMatchObject({ rules: [], rulesFiles: [] });
  });

  it.each<{ name: string; files: Record<string, string>; file: string; message: RegExp }>([
    {
      name: 'a missing taxonomy',
      files: {},
      file: 'alerts_taxonomy.json',
      message: /^alert taxonomy not found \(expected the file named by sources\.taxonomy\.path, "alerts_taxonomy\.json"\)$/,
    },
    { name: 'malformed taxonomy JSON', files: { 'alerts_taxonomy.json': '{' }, file: 'alerts_taxonomy.json', message: /malformed JSON/ },
    {
      name: 'a rule file that breaks its schema',
      files: { 'alerts_taxonomy.json': TAXONOMY, 'rules/a.yml': 'groups: {}\n' },
      file: 'rules/a.yml',
      message: /expected array/,
    },
  ])('names the file of $name', async ({ files, file, message }) => {
    const error = await readTaxonomyInputs(memoryFiles(files), source(['rules/*.yml'])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location.file).toBe(file);
    expect((error as InputError).message).toMatch(message);
  });
});
