import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryToScan, scanDirectory } from '../../../src/sources/ports/index.ts';
import { tempDir } from '../../helpers/git.ts';
import { tree } from './tree.ts';

describe('scanDirectory (the work tree)', () => {
  const dir = tree({
    'src/app.ts': 'app.listen(8081);\n',
    'src/readme.md': 'PORT=1111\n',
    'config/ports/registry.yaml': 'port: 3000\n',
    'node_modules/x/index.js': 'app.listen(9999);\n',
    'dist/out.js': 'app.listen(9998);\n',
    '.env': 'API_PORT=4010\n',
    '.env.shared': 'WEB_PORT=3333\n',
    'deploy/.env.shared': 'WEB_PORT=3334\n',
    'blob.js': 'PORT=7777\0binary',
  });

  it('reads the scanned file kinds, skipping dependencies, builds, excluded files and the registry', async () => {
    const result = await scanDirectory(dir, ['.env.shared'], 'config/ports/registry.yaml');
    expect(result.hits.map((hit) => [hit.file, hit.line, hit.port, hit.pattern])).toEqual([
      ['.env', 1, 4010, 'port-variable'],
      ['src/app.ts', 1, 8081, 'listen-call'],
    ]);
    // The binary file is scanned (counted) but holds no hits.
    expect(result.files_scanned).toBe(3);
  });

  it('scans the registry and excluded files when told nothing', async () => {
    const result = await scanDirectory(dir, [], null);
    expect(result.hits.map((hit) => [hit.file, hit.port])).toEqual([
      ['.env', 4010],
      ['.env.shared', 3333],
      ['config/ports/registry.yaml', 3000],
      ['deploy/.env.shared', 3334],
      ['src/app.ts', 8081],
    ]);
  });
});

describe('directoryToScan', () => {
  it('resolves against the working directory', () => {
    const dir = tree({ 'sub/a.ts': '' });
    expect(directoryToScan(dir, 'sub')).toBe(join(dir, 'sub'));
  });

  it('a missing directory is an InputError naming it as given', () => {
    expect(() => directoryToScan(tempDir(), 'nope-dir')).toThrow(
      expect.objectContaining({ exitCode: 2, location: expect.objectContaining({ file: 'nope-dir' }) }),
    );
  });

  it('a file is an InputError, not an internal error', () => {
    const dir = tree({ 'sub/a.ts': '' });
    expect(() => directoryToScan(dir, 'sub/a.ts')).toThrow(
      expect.objectContaining({ exitCode: 2, message: 'is not a directory (expected a directory to scan)', location: { file: 'sub/a.ts' } }),
    );
  });
});
