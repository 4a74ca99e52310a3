import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { sha256Hex } from '../../../src/core/sha256.ts';
import { listingBase, parseMetadata, readCatalog, repoMetadataSchema, repoSchemaJson, workTree } from '../../../src/sources/catalog/index.ts';

describe('listingBase', () => {
  it.each([
    { pattern: 'organizations/*/*/.meta/repo.yaml', out: 'organizations' },
    { pattern: 'organizations/acme/web/.meta/repo.yaml', out: 'organizations/acme/web' },
    { pattern: '*/.meta/repo.yaml', out: '' },
    { pattern: '.meta/repo.yaml', out: '' },
  ])('$pattern -> "$out"', ({ pattern, out }) => {
    expect(listingBase(pattern)).toBe(out);
  });
});

describe('parseMetadata', () => {
  it.each([
    { text: 'name: a\ndescription: d\ntier: 2\nowner: t\n', ok: true, where: null },
    { text: 'name: a\ndescription: d\ntier: 5\nowner: t\n', ok: false, where: '$.tier' },
    { text: 'name: A B\ndescription: d\ntier: 2\nowner: t\n', ok: false, where: '$.name' },
    { text: 'name: a\ndescription: d\ntier: 2\nownr: t\n', ok: false, where: '$.owner' },
    { text: 'name: a\n  bad: [\n', ok: false, where: 'line 1 column 7' },
  ])('$where', ({ text, ok, where }) => {
    const result = parseMetadata(text, 'x/.meta/repo.yaml');
    expect(result.metadata !== null).toBe(ok);
    expect(result.metadata_error?.where ?? null).toBe(where);
  });
});

describe('repo-schema.json agrees with the zod schema', () => {
  const validate = new Ajv2020({ strict: false }).compile(repoSchemaJson());
  const metadata = fc.record(
    {
      name: fc.oneof(fc.constantFrom('payments-api', 'a', 'x.y_z'), fc.string()),
      description: fc.string(),
      tier: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double()),
      owner: fc.string(),
      lifecycle: fc.constantFrom('active', 'deprecated', 'retired'),
      tags: fc.array(fc.string()),
      team: fc.string(),
    },
    { requiredKeys: ['name', 'description', 'tier'] },
  );
  it('accepts and rejects the same documents (property)', () => {
    fc.assert(
      fc.property(metadata, (document) => {
        expect(validate(document)).toBe(repoMetadataSchema.safeParse(document).success);
      }),
      { numRuns: 300 },
    );
  });
  it('is a draft 2020-12 schema with an $id', () => {
    const schema = repoSchemaJson();
    expect(schema.$id).toBe('https://govpages.dev/schemas/repo-schema.json');
    expect(String(schema.$schema)).toContain('2020-12');
  });
});

describe('readCatalog on a work tree', () => {
  it('finds repositories, hashes their files, gives nested repositories their own files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govpages-catalog-read-'));
    const files: Record<string, string> = {
      'organizations/o/a/.meta/repo.yaml': 'name: a\ndescription: d\ntier: 1\nowner: t\n',
      'organizations/o/a/README.md': 'hello\n',
      'organizations/o/a/sub/.meta/repo.yaml': 'name: sub\ndescription: d\ntier: 3\nowner: t\n',
      'organizations/o/a/sub/LICENSE': 'mit\n',
      'organizations/o/b/README.md': 'no metadata\n',
      'elsewhere/c/.meta/repo.yaml': 'name: c\n',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const records = await readCatalog(workTree(dir), ['organizations/*/*/.meta/repo.yaml', 'organizations/*/*/*/.meta/repo.yaml']);
    expect(records.map((record) => [record.id, Object.keys(record.files).sort()])).toEqual([
      ['organizations/o/a', ['.meta/repo.yaml', 'README.md']],
      ['organizations/o/a/sub', ['.meta/repo.yaml', 'LICENSE']],
    ]);
    expect(records[0]!.files['README.md']).toBe(sha256Hex(Buffer.from('hello\n')));
    expect(parseYamlText(files['organizations/o/a/.meta/repo.yaml']!)).toMatchObject({ tier: 1 });
  });
});

describe('readCatalog with the metadata at the repository root', () => {
  it('takes the whole tree as one repository with id "."', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govpages-catalog-root-'));
    mkdirSync(join(dir, '.meta'), { recursive: true });
    writeFileSync(join(dir, '.meta/repo.yaml'), 'name: me\ndescription: d\ntier: 4\nowner: t\n');
    writeFileSync(join(dir, 'README.md'), 'x\n');
    const records = await readCatalog(workTree(dir), ['.meta/repo.yaml']);
    expect(records.map((record) => [record.id, Object.keys(record.files).sort()])).toEqual([['.', ['.meta/repo.yaml', 'README.md']]]);
  });
});

describe('workTree', () => {
  it('a file where the repository folder is expected is bad input, not an internal error', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govpages-catalog-')), 'README.md');
    writeFileSync(file, 'x\n');
    expect(() => workTree(file)).toThrow(expect.objectContaining({ exitCode: 2, message: 'is not a directory (expected a repository)', location: { file } }));
  });
});
