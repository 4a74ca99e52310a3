import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { portsScanReportSchema, portsSectionSchema } from '../../src/model/ports.ts';

const registry = readFileSync(new URL('../fixtures/ports/registry.yaml', import.meta.url), 'utf8');

function workspace(files: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govpages-ports-'));
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, cwd });
  return { code, stdout, stderr };
}

const clean =
  'ranges:\n  - name: web\n    from: 3000\n    to: 3099\nservices:\n  - name: web\n    range: web\n    container: true\n    ports:\n      - internal: 80\n        external: 3000\n';

describe('govpages ports check', () => {
  it.each([
    { name: 'clean registry', files: { 'config/ports/registry.yaml': clean }, code: 0, out: /1 services, 1 host ports, 0 errors, 0 warnings/ },
    {
      name: 'conflict is a failing check, not a crash',
      files: { 'config/ports/registry.yaml': registry },
      code: 1,
      out: /config\/ports\/registry.yaml:21: error: \[port-conflict\] host port 4010\/tcp/,
    },
    {
      name: 'path from govpages.config.json',
      files: { 'ops/ports.yaml': clean, 'govpages.config.json': '{"sources":{"ports":{"path":"ops/ports.yaml"}}}' },
      code: 0,
      out: /ops\/ports.yaml: 1 services/,
    },
  ])('$name -> exit $code', async ({ files, code, out }) => {
    const result = await run(['ports', 'check'], workspace(files));
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(out);
  });

  it.each([
    { name: 'missing registry', files: {}, err: /config\/ports\/registry.yaml: port registry not found/ },
    {
      name: 'schema error names path and line',
      files: { 'config/ports/registry.yaml': 'services:\n  - name: a\n    container: maybe\n    ports: [{internal: 1}]\n' },
      err: /registry.yaml: \$\.services\[0\]\.container \(line 3\): expected boolean/,
    },
  ])('$name -> exit 2', async ({ files, err }) => {
    const result = await run(['ports', 'check'], workspace(files));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('--json prints the section with sorted keys', async () => {
    const result = await run(['ports', 'check', '--json'], workspace({ 'config/ports/registry.yaml': registry }));
    const parsed = JSON.parse(result.stdout);
    expect(parsed.summary.conflicts).toBe(1);
    expect(Object.keys(parsed)).toEqual(['findings', 'ranges', 'registry', 'rows', 'summary']);
    expect(portsSectionSchema.parse(parsed)).toEqual(parsed);
  });
});

describe('govpages ports scan', () => {
  const files = {
    'config/ports/registry.yaml': clean,
    'docker-compose.yml': 'services:\n  web:\n    ports:\n      - "3000:80"\n  db:\n    ports:\n      - "5432:5432"\n',
    'src/app.ts': 'app.listen(8081);\n',
    'node_modules/x/index.js': 'app.listen(9999);\n',
    '.env.shared': 'WEB_PORT=3333\n',
  };

  it('lists ports the registry does not own and exits 1', async () => {
    const result = await run(['ports', 'scan', '.'], workspace(files));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('docker-compose.yml:7: port 5432 (compose-mapping, not in the registry)');
    expect(result.stdout).toContain('src/app.ts:1: port 8081 (listen-call, not in the registry)');
    expect(result.stdout).not.toContain('9999');
    expect(result.stdout).not.toContain('3333');
    expect(result.stdout).not.toContain(':4: port 3000');
    expect(result.stdout).toMatch(/^2 hard-coded ports in \d+ files scanned \(registry config\/ports\/registry.yaml\)$/m);
  });

  it('--all adds owned ports; --json is machine-readable', async () => {
    const result = await run(['ports', 'scan', '.', '--all', '--json'], workspace(files));
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.hardcoded.map((hit: { file: string; port: number; owners: string[] }) => [hit.file, hit.port, hit.owners])).toEqual([
      ['docker-compose.yml', 3000, ['web']],
      ['docker-compose.yml', 5432, []],
      ['src/app.ts', 8081, []],
    ]);
    expect(parsed.unowned).toBe(2);
    expect(portsScanReportSchema.parse(parsed)).toEqual(parsed);
  });

  it('exits 0 when every port is owned', async () => {
    const result = await run(
      ['ports', 'scan', '.'],
      workspace({ 'config/ports/registry.yaml': clean, 'compose.yaml': 'services:\n  web:\n    ports:\n      - 3000:80\n' }),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^0 hard-coded ports/);
  });

  it.each([
    { argv: ['ports'], err: /missing action/ },
    { argv: ['ports', 'scan'], err: /exactly one directory/ },
    { argv: ['ports', 'scan', 'nope-dir'], err: /directory not found/ },
  ])('$argv -> exit 2', async ({ argv, err }) => {
    const result = await run(argv, workspace({}));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(err);
  });
});
