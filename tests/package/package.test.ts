import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'govpages.mjs');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  exports: Record<string, string | { types: string; default: string }>;
  files: string[];
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; devOptional?: boolean; optional?: boolean; os?: string[]; cpu?: string[] }>;
};
const MINIMUM = semver.minVersion(pkg.engines.node)!.version;

/**
 * Every package the published govpages installs (not dev-only) with the Node range it declares.
 * Optional platform binaries are left out: npm skips one whose engines do not fit, and one of them
 * (sharp's Windows ia32 build, `^20.9.0`) accepts no Node that Astro accepts.
 */
function productionEngines(): [string, string][] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional && !(entry.optional && (entry.os || entry.cpu)))
    .flatMap(([path, entry]) => {
      const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return node ? [[path.replace(/^.*node_modules\//, ''), node] as [string, string]] : [];
    });
}

describe('package.json engines', () => {
  it('is the lowest Node that every production dependency accepts', () => {
    const refusing = productionEngines().filter(([, range]) => !semver.satisfies(MINIMUM, range));
    expect(refusing).toEqual([]);
    // ...and no lower: the version just below is refused by at least one of them (undici 8 today).
    const below =
      semver.patch(MINIMUM) > 0
        ? `${semver.major(MINIMUM)}.${semver.minor(MINIMUM)}.${semver.patch(MINIMUM) - 1}`
        : `${semver.major(MINIMUM)}.${semver.minor(MINIMUM) - 1}.99`;
    expect(productionEngines().filter(([, range]) => !semver.satisfies(below, range)).length).toBeGreaterThan(0);
  });

  it('is the minimum the bin checks before loading anything', () => {
    const match = /const MINIMUM = \[(\d+), (\d+), (\d+)\];/.exec(readFileSync(BIN, 'utf8'));
    expect(match?.slice(1).join('.')).toBe(MINIMUM);
  });
});

describe('the bin on an older Node', () => {
  // The running Node made to report an older version before the bin runs: the check itself is what
  // is tested, whatever Node runs the tests.
  const pretend = (version: string) => {
    const dir = tempDir('govpages-old-node-');
    const hook = join(dir, 'old.mjs');
    writeFileSync(hook, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
    return spawnSync(process.execPath, ['--import', hook, BIN, '--version'], { encoding: 'utf8' });
  };

  it.each(['20.19.0', '22.12.0', '22.18.9', '21.99.0'])('refuses %s with one line and exit 2', (version) => {
    const result = pretend(version);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`govpages: error: Node.js ${version} is too old; govpages needs Node.js ${MINIMUM} or later\n`);
  });

  it.each([MINIMUM, '22.20.0', '23.0.0', '24.1.0'])('runs on %s', (version) => {
    const result = pretend(version);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses every real older Node found on PATH the same way', () => {
    const found = (process.env.PATH ?? '')
      .split(':')
      .map((dir) => join(dir, 'node'))
      .filter((candidate) => spawnSync(candidate, ['-e', '0']).status === 0);
    for (const node of new Set(found)) {
      const version = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
      const result = spawnSync(node, [BIN, '--version'], { encoding: 'utf8' });
      if (semver.lt(version, MINIMUM)) {
        expect(result.status, node).toBe(2);
        expect(result.stderr, node).toBe(`govpages: error: Node.js ${version} is too old; govpages needs Node.js ${MINIMUM} or later\n`);
      } else {
        expect(result.status, node).toBe(0);
      }
    }
  });
});

describe('package contents', () => {
  it('exports the compiled JavaScript with its types', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (name === './package.json') continue;
      expect(target).toEqual({ types: expect.stringMatching(/^\.\/lib\/.*\.d\.ts$/), default: expect.stringMatching(/^\.\/lib\/.*\.js$/) });
    }
    expect(pkg.dependencies.tsx).toBeUndefined();
  });

  it('packs the bin, lib/, the site sources and the demo content, and no tests, scripts or CI', () => {
    // --ignore-scripts: no prepack compile here; the file list is what `files` selects.
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as [
      { files: { path: string }[] },
    ];
    const paths = report.files.map((file) => file.path);
    expect(paths).toContain('bin/govpages.mjs');
    expect(paths).toContain('src/site/pages/index.astro');
    expect(paths).toContain('content/README.md');
    expect(paths.filter((path) => /^(tests|scripts|\.ci|docs|dist|bench-out|\.demo-repo)\//.test(path))).toEqual([]);
  });
});

describe('commands load only what they use', () => {
  /** The modules a CLI run resolves, recorded by a module hook preloaded into the bin's process. */
  const loaded = (args: string[]): string[] => {
    const dir = tempDir('govpages-loaded-');
    const hook = join(dir, 'record.mjs');
    const out = join(dir, 'loaded.json');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const seen = new Set();
registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); seen.add(result.url); return result; } });
process.on('exit', () => writeFileSync(${JSON.stringify(out)}, JSON.stringify([...seen])));
`,
    );
    const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { encoding: 'utf8', env: { ...process.env, GOVPAGES_FROM_SOURCE: '1' } });
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };
  const packagesIn = (urls: string[]) => [...new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []))].sort();

  it('--version loads no dependency and five modules of its own', () => {
    const urls = loaded(['--version']);
    expect(packagesIn(urls)).toEqual([]);
    expect(urls.filter((url) => url.includes('/src/')).length).toBeLessThanOrEqual(5);
  });

  it.each([['build'], ['lint'], ['diff'], ['verify'], ['catalog']])('%s loads neither Astro nor the image renderers until it renders', (command) => {
    const packages = packagesIn(loaded([command, '--help']));
    for (const heavy of ['astro', 'vite', 'satori', '@resvg/resvg-js', 'badge-maker']) expect(packages).not.toContain(heavy);
  });
});
