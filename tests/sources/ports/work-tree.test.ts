import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkTreeRegistry, workTreePortsConfig } from '../../../src/sources/ports/index.ts';
import { tempDir } from '../../helpers/git.ts';
import { tree } from './tree.ts';

const clean = 'services:\n  - name: web\n    container: false\n    ports:\n      - internal: 80\n';

describe('workTreePortsConfig', () => {
  it.each([
    { name: 'no config file: the defaults', files: {}, out: { path: 'config/ports/registry.yaml', scan_exclude: ['.env.shared'] } },
    {
      name: 'a config without sources.ports: the defaults',
      files: { 'govpages.config.json': '{"sources":{"taxonomy":{}}}' },
      out: { path: 'config/ports/registry.yaml', scan_exclude: ['.env.shared'] },
    },
    {
      name: 'the configured source',
      files: { 'govpages.config.json': '{"sources":{"ports":{"path":"ops/ports.yaml","scan_exclude":[]}}}' },
      out: { path: 'ops/ports.yaml', scan_exclude: [] },
    },
  ])('$name', ({ files, out }) => {
    expect(workTreePortsConfig(tree(files), {})).toEqual(out);
  });
});

describe('readWorkTreeRegistry', () => {
  const dir = tree({ 'config/ports/registry.yaml': clean, 'elsewhere/r.yaml': clean });
  const source = workTreePortsConfig(dir, {});

  it.each([
    { name: 'the configured path', explicit: undefined, file: 'config/ports/registry.yaml', absolute: join(dir, 'config/ports/registry.yaml') },
    { name: '--registry, relative to cwd', explicit: 'elsewhere/r.yaml', file: 'elsewhere/r.yaml', absolute: join(dir, 'elsewhere/r.yaml') },
  ])('$name', ({ explicit, file, absolute }) => {
    const read = readWorkTreeRegistry({ cwd: dir, repoDir: dir, explicit, source, required: true });
    expect(read?.registry.file).toBe(file);
    expect(read?.absolute).toBe(absolute);
  });

  it.each([
    { name: 'optional and absent: null', explicit: undefined, required: false, error: null },
    { name: 'required and absent', explicit: undefined, required: true, error: 'config/ports/registry.yaml' },
    { name: 'named by --registry and absent, even when optional', explicit: 'nope.yaml', required: false, error: 'nope.yaml' },
  ])('$name', ({ explicit, required, error }) => {
    const empty = tempDir();
    const read = () => readWorkTreeRegistry({ cwd: empty, repoDir: empty, explicit, source, required });
    if (error === null) expect(read()).toBeNull();
    else
      expect(read).toThrow(
        expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/port registry not found/), location: expect.objectContaining({ file: error }) }),
      );
  });
});
