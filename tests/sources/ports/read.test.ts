import { describe, expect, it } from 'vitest';
import { readRegistry } from '../../../src/sources/ports/index.ts';
import { atHead } from '../../helpers/context.ts';
import { scratchRepo } from '../../helpers/git.ts';

const registry = (port: number) => `services:\n  - name: web\n    container: false\n    ports:\n      - internal: ${port}\n`;

describe('readRegistry (the commit being built, through git)', async () => {
  const repo = scratchRepo();
  repo.write('config/ports/registry.yaml', registry(3000));
  const registryCommit = repo.commit('registry', '2026-05-01T18:00:00+02:00');
  repo.write('README.md', 'later, unrelated\n');
  const headCommit = repo.commit('readme', '2026-06-01T12:00:00Z');
  // Uncommitted edits are not what the build publishes.
  repo.write('config/ports/registry.yaml', registry(9999));
  repo.write('ops/ports.yaml', registry(4000));
  const { repo: opened, snapshot } = await atHead(repo.dir);

  it('parses the committed registry, not the work tree', async () => {
    const { registry: read } = await readRegistry(opened, snapshot, 'config/ports/registry.yaml');
    expect(read.file).toBe('config/ports/registry.yaml');
    expect(read.services[0]!.ports[0]!.internal).toBe(3000);
  });

  it('dates the registry by the commit that last changed it, in UTC seconds', async () => {
    const { changed } = await readRegistry(opened, snapshot, 'config/ports/registry.yaml');
    expect(changed).toEqual({ commit: registryCommit, date: '2026-05-01T16:00:00Z' });
    expect(changed.commit).not.toBe(headCommit);
  });

  it.each([
    { name: 'untracked file', path: 'ops/ports.yaml' },
    { name: 'no such file', path: 'missing.yaml' },
  ])('$name is an InputError naming the path', async ({ path }) => {
    await expect(readRegistry(opened, snapshot, path)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/port registry not found \(expected a registry.yaml at sources.ports.path\)/),
      location: { file: path },
    });
  });
});
