import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { resolveInRepository } from '../../src/sources/paths.ts';

describe('resolveInRepository', () => {
  const root = '/repo';
  it.each([
    { path: 'alerts_taxonomy.json', expected: join(root, 'alerts_taxonomy.json') },
    { path: 'a/b/../c.yml', expected: join(root, 'a/c.yml') },
    { path: './prometheus/*.yml', expected: join(root, 'prometheus/*.yml') },
    { path: 'dir..name/x', expected: join(root, 'dir..name/x') },
  ])('$path resolves inside', ({ path, expected }) => {
    expect(resolveInRepository(root, path, '$.sources.taxonomy.path')).toBe(expected);
  });

  it.each(['/etc/passwd', '../outside.json', 'a/../../outside.json', '..', 'a/..\\..\\x'])('%s is refused', (path) => {
    try {
      resolveInRepository(root, path, '$.sources.taxonomy.path');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file: 'govpages.config.json', where: '$.sources.taxonomy.path' });
      expect((error as InputError).message).toContain(`path "${path}" leaves the repository`);
    }
  });
});
