import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBranchName } from '../../src/config/schema.ts';

/** What git itself says of a branch name. */
function gitAccepts(name: string): boolean {
  return spawnSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' }).status === 0;
}

describe('isBranchName (state.branch)', () => {
  it.each(['govpages-state', 'state/govpages', 'a.b', 'x_y-1'])('accepts %j, as git does', (name) => {
    expect(isBranchName(name)).toBe(true);
    expect(gitAccepts(name)).toBe(true);
  });

  it.each([
    'state..branch',
    '--output=/tmp/x',
    '-x',
    'a b',
    'a/',
    '/a',
    'a//b',
    '.a',
    'a/.b',
    'a.lock',
    'a.',
    'a@{1}',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    'a\u0001b',
    'HEAD',
  ])('refuses %j, as git does', (name) => {
    expect(isBranchName(name)).toBe(false);
    expect(gitAccepts(name)).toBe(false);
  });

  it.each(['<script>', 'a"b', "a'b", 'a&b', 'é'])('refuses %j, which git accepts but a page or a shell would not print as it is', (name) => {
    expect(gitAccepts(name)).toBe(true);
    expect(isBranchName(name)).toBe(false);
  });

  it('accepts only names git accepts, and agrees with git on names of letters, digits, ".", "_", "-" and "/"', () => {
    const any = fc.string({
      unit: fc.constantFrom('a', 'b', '.', '/', '-', '@', '{', '~', ':', ' ', '\\', '<', 'k', 'l', 'o', 'c'),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(any, (n) => !isBranchName(n) || gitAccepts(n)),
      { numRuns: 100 },
    );
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', '.', '/', '-', '_', '1', 'k', 'l', 'o', 'c'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(plain, (n) => isBranchName(n) === gitAccepts(n)),
      { numRuns: 100 },
    );
  });
});
