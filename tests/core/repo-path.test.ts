import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { repoRelativePath } from '../../src/core/repo-path.ts';

const where = { file: 'govpages.config.json', where: '$.sources.taxonomy.path' };

describe('repoRelativePath', () => {
  it.each([
    { path: 'alerts_taxonomy.json', out: 'alerts_taxonomy.json' },
    { path: './prometheus/*.yml', out: 'prometheus/*.yml' },
    { path: 'organizations/*/*/.meta/repo.yaml', out: 'organizations/*/*/.meta/repo.yaml' },
    { path: './governance/gates/', out: 'governance/gates' },
    { path: 'a//b/./c.md', out: 'a/b/c.md' },
    { path: 'a\\b.md', out: 'a/b.md' },
    { path: 'dir..name/x', out: 'dir..name/x' },
  ])('$path -> $out', ({ path, out }) => {
    expect(repoRelativePath(path, where)).toBe(out);
  });

  it.each([
    ['/etc/passwd', /is an absolute path/],
    ['C:/x', /is an absolute path/],
    ['C:\\x', /is an absolute path/],
    ['../outside.json', /leaves the repository with "\.\."/],
    ['a/../../outside.json', /leaves the repository with "\.\."/],
    ['a/../b', /leaves the repository with "\.\."/],
    ['a/..\\..\\x', /leaves the repository with "\.\."/],
    ['..', /leaves the repository with "\.\."/],
    ['.', /names the repository root itself/],
    ['./', /names the repository root itself/],
  ])('%s is refused with exit 2, naming the setting', (path, message) => {
    try {
      repoRelativePath(path, where);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(2);
      expect((error as InputError).location).toEqual(where);
      expect((error as InputError).message).toMatch(message);
    }
  });

  it('allows the root itself only when asked, as ""', () => {
    expect(repoRelativePath('.', where, { allowRoot: true })).toBe('');
    expect(repoRelativePath('./', where, { allowRoot: true })).toBe('');
    expect(() => repoRelativePath('..', where, { allowRoot: true })).toThrow(InputError);
  });
});
