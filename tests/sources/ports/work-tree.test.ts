import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portsSourceSchema } from '../../../src/config/sources/ports.ts';
import { readWorkTreeRegistry } from '../../../src/sources/ports/index.ts';
import { tempDir } from '../../helpers/git.ts';
import { tree } from './tree.ts';

const clean = 'services:\n  - name: web\n    container: false\n    ports:\n      - internal: 80\n';

describe('readWorkTreeRegistry', () => {
  const dir = tree({ 'config/ports/registry.yaml': clean, 'elsewhere/r.yaml': clean });
  const source = portsSourceSchema.parse({});

  it.each([
    { name: 'the configured path', explicit: undefined, file: 'config/ports/registry.yaml', absolute: join(dir, 'config/ports/registry.yaml') },
    { name: '--registry, relative to cwd', explicit: 'elsewhere/r.yaml', file: 'elsewhere/r.yaml', absolute: join(dir, 'elsewhere/r.yaml') },
  ])('$name', async ({ explicit, file, absolute }) => {
    const read = await readWorkTreeRegistry({ cwd: dir, repoDir: dir, explicit, source, required: true });
    expect(read?.registry.file).toBe(file);
    expect(read?.absolute).toBe(absolute);
  });

  it.each([
    { name: 'optional and absent: null', explicit: undefined, required: false, error: null },
    { name: 'required and absent', explicit: undefined, required: true, error: 'config/ports/registry.yaml' },
    { name: 'named by --registry and absent, even when optional', explicit: 'nope.yaml', required: false, error: 'nope.yaml' },
  ])('$name', async ({ explicit, required, error }) => {
    const empty = tempDir();
    const read = () => readWorkTreeRegistry({ cwd: empty, repoDir: empty, explicit, source, required });
    if (error === null) await expect(read()).resolves.toBeNull();
    else
      await expect(read()).rejects.toThrow(
        expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/port registry not found/), location: expect.objectContaining({ file: error }) }),
      );
  });

  it.each([
    { name: '--registry naming a directory', explicit: 'config', file: 'config' },
    { name: 'sources.ports.path naming a directory', explicit: undefined, file: 'config/ports/registry.yaml', folder: true },
  ])('$name is bad input, not an internal error', async ({ explicit, file, folder }) => {
    const dir = tree({ 'config/ports/other.yaml': clean });
    if (folder) mkdirSync(join(dir, 'config/ports/registry.yaml'));
    await expect(readWorkTreeRegistry({ cwd: dir, repoDir: dir, explicit, source, required: true })).rejects.toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/^is (not a file|a directory) \(expected a/), location: { file } }),
    );
  });

  it('refuses a configured registry that links out of the repository, quoting nothing of its target', async () => {
    const outside = tree({ 'secret.yaml': 'root:x:0:0\n' });
    const dir = tree({ 'config/ports/other.yaml': clean });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'config/ports/registry.yaml'));
    const read = readWorkTreeRegistry({ cwd: dir, repoDir: dir, source, required: true });
    await expect(read).rejects.toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/outside the repository/), location: { file: 'config/ports/registry.yaml' } }),
    );
    await expect(readWorkTreeRegistry({ cwd: dir, repoDir: dir, source, required: true })).rejects.not.toThrow(/root:x/);
  });
});
