import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { FIXTURES } from '../metrics/openapi/_fixtures.ts';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    cwd: FIXTURES,
  };
  const code = await main(['diff', ...argv], io);
  return { code, stdout, stderr };
}

describe('govpages diff', () => {
  it.each([
    ['breaking change exits 1', 'request-parameter-became-required', 1],
    ['warning only exits 0', 'operation-id-changed', 0],
    ['info only exits 0', 'operation-added', 0],
    ['compatible change exits 0', 'compatible/path-parameter-renamed', 0],
  ])('%s', async (_name, dir, expected) => {
    const { code, stderr } = await run(`${dir}/base.yaml`, `${dir}/revision.yaml`);
    expect(stderr).toBe('');
    expect(code).toBe(expected);
  });

  it('prints text by default: a summary line, then one line per finding', async () => {
    const { stdout } = await run('operation-removed/base.yaml', 'operation-removed/revision.yaml');
    expect(stdout).toBe(
      'operation-removed/base.yaml (1.0.0) -> operation-removed/revision.yaml (1.0.0): 1 breaking, 0 warnings, 0 info; operations +0 -1\n' +
        'BREAKING operation-removed: GET /pets/{id}: operation removed\n',
    );
  });

  it('prints JSON with sorted keys and a trailing newline', async () => {
    const { stdout, code } = await run('--format', 'json', 'security-scope-added/base.yaml', 'security-scope-added/revision.yaml');
    expect(code).toBe(1);
    expect(stdout.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['base', 'breaking', 'counts', 'findings', 'operations', 'revision']);
    expect(parsed.findings).toEqual([
      {
        id: 'security-scope-added',
        level: 'breaking',
        location: 'security/oauth',
        message: 'GET /pets: scheme "oauth" now also needs scope(s) write',
        operation: 'GET /pets',
      },
    ]);
    expect(parsed.counts).toEqual({ breaking: 1, info: 0, warning: 0 });
  });

  it('prints Markdown for a pull-request comment: verdict, breaking table, folded warnings and info', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govpages-diff-'));
    const base =
      'openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths:\n  /a:\n    get:\n      operationId: a\n      responses: {"200": {description: ok}}\n  /b:\n    get:\n      responses: {"200": {description: ok}}\n';
    const revision =
      'openapi: 3.0.3\ninfo: {title: t, version: 1.1.0}\npaths:\n  /a:\n    get:\n      operationId: a2\n      responses: {"200": {description: ok}}\n  /c:\n    get:\n      responses: {"200": {description: ok}}\n';
    writeFileSync(join(dir, 'old.yaml'), base);
    writeFileSync(join(dir, 'new.yaml'), revision);
    const { stdout, code } = await run('--format', 'markdown', join(dir, 'old.yaml'), join(dir, 'new.yaml'));
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('### OpenAPI diff: **1 breaking change**');
    expect(stdout).toContain('| Operation | Rule | Change |\n| --- | --- | --- |\n| GET /b | `operation-removed` | operation removed |\n');
    expect(stdout).toContain(
      '<details><summary>Warnings (1)</summary>\n\n- `operation-id-changed`: GET /a: operationId changed from "a" to "a2"\n\n</details>',
    );
    expect(stdout).toContain('<details><summary>Info (1)</summary>\n\n- `operation-added`: GET /c: operation added\n\n</details>');
    expect(stdout.endsWith('</details>\n')).toBe(true);
  });

  it('says so in Markdown when nothing breaks', async () => {
    const { stdout, code } = await run(
      '--format',
      'markdown',
      'compatible/path-parameter-renamed/base.yaml',
      'compatible/path-parameter-renamed/revision.yaml',
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('### OpenAPI diff: **No breaking changes**');
    expect(stdout).not.toContain('| Operation |');
  });

  it.each([
    ['one file', ['operation-removed/base.yaml'], /expected two files, OLD and NEW \(got 1\)/],
    ['unknown format', ['--format', 'xml', 'a.yaml', 'b.yaml'], /unknown --format "xml" \(expected text, json or markdown\)/],
    ['unknown option', ['--colour', 'a.yaml', 'b.yaml'], /unknown option '--colour'/],
    ['missing file', ['operation-removed/base.yaml', 'nope.yaml'], /nope\.yaml: cannot read OpenAPI document: no such file/],
    ['invalid YAML', ['operation-removed/base.yaml', 'invalid/bad-yaml.yaml'], /invalid\/bad-yaml\.yaml: line \d+ column \d+: malformed YAML/],
    [
      'a $ref to nowhere',
      ['invalid/ref-to-nowhere.yaml', 'operation-removed/base.yaml'],
      /ref-to-nowhere\.yaml: .*\$ref: \$ref "#\/components\/schemas\/Missing" points to nowhere/,
    ],
    [
      'not OpenAPI',
      ['invalid/swagger-2.yaml', 'operation-removed/base.yaml'],
      /swagger-2\.yaml: \$\.swagger: found Swagger 2\.0; expected an OpenAPI 3\.0\.x or 3\.1\.x document/,
    ],
  ])('exits 2 on bad usage or input: %s', async (_name, argv, message) => {
    const { code, stderr, stdout } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its usage for --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('usage: govpages diff OLD NEW [--format text|json|markdown]');
  });
});

describe('govpages diff start-up', () => {
  it('imports only what it uses: no site builder, image renderer or badge renderer', async () => {
    const { readFileSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      // Static imports and re-exports only: `import type` is erased and costs nothing at run time.
      for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)) {
        const specifier = match[1]!;
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
        else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    };
    visit(fileURLToPath(new URL('../../src/cli/commands/diff.ts', import.meta.url)));
    expect([...packages].sort()).toEqual(['canonicalize', 'node:fs', 'node:path', 'yaml', 'zod']);
  });
});
