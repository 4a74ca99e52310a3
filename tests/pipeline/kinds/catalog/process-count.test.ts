import { describe, expect, it, vi } from 'vitest';
import { CONFIG_FILE, parseConfig } from '../../../../src/config/index.ts';
import { openRepository, openSnapshot } from '../../../../src/git/index.ts';
import { collectCatalog } from '../../../../src/pipeline/kinds/catalog.ts';
import { scratchRepo } from '../../../helpers/git.ts';

// Counts the git processes govpages starts (runGit uses execFile, readBlobs spawn); the test's
// own git commands use execFileSync and are not counted.
const started = vi.hoisted(() => ({ commands: [] as string[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  const counted =
    <F extends (...all: never[]) => unknown>(run: F) =>
    (file: string, args: string[], ...rest: unknown[]) => {
      started.commands.push(`${file} ${args.join(' ')}`);
      return (run as unknown as (...all: unknown[]) => unknown)(file, args, ...rest);
    };
  return { ...original, execFile: counted(original.execFile), spawn: counted(original.spawn) };
});

describe('collectCatalog process count', () => {
  it('reads 40 repositories, and reconstructs the previous checkpoint, with a fixed number of git processes', async () => {
    const repo = scratchRepo();
    const meta = (tier: number) => `name: r\ndescription: A service\ntier: ${tier}\nowner: "@o/t"\n`;
    for (let i = 0; i < 40; i++) {
      repo.write(`organizations/o/r${i}/.meta/repo.yaml`, meta((i % 4) + 1));
      repo.write(`organizations/o/r${i}/README.md`, `# r${i}\n`);
      repo.write(`organizations/o/r${i}/LICENSE`, 'MIT\n');
    }
    repo.commit('forty repositories', '2026-01-01T00:00:00Z');
    repo.write('organizations/o/r0/README.md', '# r0, changed\n');
    repo.commit('change one', '2026-01-02T00:00:00Z');
    const opened = await openRepository(repo.dir);
    const snapshot = await openSnapshot(opened);

    started.commands.length = 0;
    const result = await collectCatalog({
      config: parseConfig('{"sources":{"catalog":{}}}', CONFIG_FILE, {}),
      repo: opened,
      snapshot,
      now: '2026-01-03T00:00:00Z',
      previousState: new Map(),
      env: {},
      progress: () => {},
    });
    expect(result.section.summary.total).toBe(40);
    expect(result.section.drift.changed_hashes).toEqual([{ repository: 'organizations/o/r0', added: [], removed: [], modified: ['README.md'] }]);
    // HEAD: metadata, then hashes (2 cat-file); the older commit: 2 log, 1 ls-tree, 2 cat-file.
    expect(started.commands.map((command) => command.match(/^git (?:-c \S+ )?(\S+)/)![1])).toEqual([
      'cat-file',
      'cat-file',
      'log',
      'log',
      'ls-tree',
      'cat-file',
      'cat-file',
    ]);
  });
});
