import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, loadConfig, thresholdEnvironmentVariables } from '../../src/config/index.ts';
import { InputError } from '../../src/core/errors.ts';
import { tempDir } from '../helpers/git.ts';

function repoWith(config: unknown): string {
  const dir = tempDir();
  writeFileSync(join(dir, CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

function loadError(dir: string, env: NodeJS.ProcessEnv = {}, path?: string): InputError {
  try {
    loadConfig(dir, env, path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig defaults', () => {
  it('gives a bare repository the seed taxonomy path and every default', () => {
    const config = loadConfig(tempDir(), {});
    expect(config.sources.taxonomy).toEqual({
      path: 'alerts_taxonomy.json',
      rules: [],
      scopes: ['service', 'platform', 'infrastructure', 'internal', 'business', 'security'],
      categories: ['availability', 'latency', 'errors', 'saturation', 'capacity', 'traffic', 'security', 'data', 'cost', 'slo', 'meta'],
      severities: 'seed',
      lint: { 'unknown-field': 'warning' },
    });
    expect(config.site).toEqual({ title: 'Governance status', base: '/', auto_refresh_minutes: 5 });
    expect(config.thresholds).toEqual({
      runbook_min_percent: 90,
      deprecation_max_days: 0,
      deprecation_strict: false,
      max_churn_delta: 5,
      max_risk_churn_delta: 10,
      risk_churn_spike_threshold: 2,
      risk_churn_spike_fail: false,
      churn_window_days: 30,
      stability_window_size: 20,
      stability_alert_threshold: 0.8,
      placeholder_streak_alert_threshold: 5,
      placeholder_max_runs: 0,
    });
    expect(config.state).toEqual({ branch: 'govpages-state' });
    expect(config.badges).toEqual({ cache_seconds: 300 });
  });

  it('fills defaults around what the file gives, and a file without sources configures none', () => {
    const config = loadConfig(repoWith({ site: { title: 'Ops' }, thresholds: { runbook_min_percent: 75 } }), {});
    expect(config.site.title).toBe('Ops');
    expect(config.site.base).toBe('/');
    expect(config.thresholds.runbook_min_percent).toBe(75);
    expect(config.thresholds.max_churn_delta).toBe(5);
    expect(config.sources.taxonomy).toBeUndefined();
  });

  it('reads an explicit config path and refuses a missing one', () => {
    const dir = tempDir();
    const file = join(dir, 'custom.json');
    writeFileSync(file, '{"site":{"title":"Custom"}}');
    expect(loadConfig(tempDir(), {}, file).site.title).toBe('Custom');
    const error = loadError(dir, {}, join(dir, 'nope.json'));
    expect(error.location.file).toBe('nope.json');
    expect(error.message).toMatch(/config file not found/);
  });
});

describe('loadConfig errors name the key and the file', () => {
  it.each([
    { name: 'unknown top-level key', config: { sites: {} }, where: '$.sites' },
    { name: 'misspelt site key', config: { site: { titel: 'x' } }, where: '$.site.titel' },
    { name: 'unknown source kind', config: { sources: { taxonomies: {} } }, where: '$.sources.taxonomies' },
    { name: 'misspelt taxonomy key', config: { sources: { taxonomy: { rule: ['a.yml'] } } }, where: '$.sources.taxonomy.rule' },
    { name: 'misspelt threshold', config: { thresholds: { runbook_min_pct: 80 } }, where: '$.thresholds.runbook_min_pct' },
    { name: 'unknown state key', config: { state: { brnch: 'x' } }, where: '$.state.brnch' },
    { name: 'unknown badges key', config: { badges: { cache: 300 } }, where: '$.badges.cache' },
  ])('$name', ({ config, where }) => {
    const dir = repoWith(config);
    const error = loadError(dir);
    expect(error.location).toEqual({ file: CONFIG_FILE, where });
    expect(error.message).toContain(`unknown key "${where.split('.').at(-1)}"`);
  });

  it.each([
    { name: 'title not a string', config: { site: { title: 3 } }, where: '$.site.title', message: /got 3/ },
    { name: 'empty title', config: { site: { title: '' } }, where: '$.site.title', message: /got ""/ },
    {
      name: 'threshold as string',
      config: { thresholds: { runbook_min_percent: '90' } },
      where: '$.thresholds.runbook_min_percent',
      message: /expected number, received string, got "90"/,
    },
    { name: 'percent above 100', config: { thresholds: { runbook_min_percent: 101 } }, where: '$.thresholds.runbook_min_percent', message: /got 101/ },
    { name: 'negative max days', config: { thresholds: { deprecation_max_days: -1 } }, where: '$.thresholds.deprecation_max_days', message: /got -1/ },
    { name: 'fractional window', config: { thresholds: { churn_window_days: 1.5 } }, where: '$.thresholds.churn_window_days', message: /got 1.5/ },
    {
      name: 'strict flag as string',
      config: { thresholds: { deprecation_strict: 'yes' } },
      where: '$.thresholds.deprecation_strict',
      message: /expected boolean/,
    },
    { name: 'cacheSeconds below Shields minimum', config: { badges: { cache_seconds: 60 } }, where: '$.badges.cache_seconds', message: /got 60/ },
    { name: 'rules not an array', config: { sources: { taxonomy: { rules: 'x.yml' } } }, where: '$.sources.taxonomy.rules', message: /expected array/ },
    { name: 'empty scopes', config: { sources: { taxonomy: { scopes: [] } } }, where: '$.sources.taxonomy.scopes', message: /1/ },
    { name: 'bad url', config: { site: { url: 'not a url' } }, where: '$.site.url', message: /got "not a url"/ },
  ])('$name', ({ config, where, message }) => {
    const dir = repoWith(config);
    const error = loadError(dir);
    expect(error.location).toEqual({ file: CONFIG_FILE, where });
    expect(error.message).toMatch(message);
  });

  it('names line and column of malformed JSON', () => {
    const dir = repoWith('{\n  "site": {\n    "title": "x",\n  }\n}\n');
    const error = loadError(dir);
    expect(error.location).toEqual({ file: CONFIG_FILE, where: 'line 4 column 3' });
  });
});

describe('site.base', () => {
  it.each([
    { base: '/', ok: true },
    { base: '/repo/', ok: true },
    { base: '/a/b/', ok: true },
    { base: '/repo', ok: false },
    { base: 'repo/', ok: false },
    { base: '', ok: false },
    { base: '//', ok: false },
    { base: '/a//b/', ok: false },
  ])('$base -> $ok', ({ base, ok }) => {
    const dir = repoWith({ site: { base } });
    if (ok) {
      expect(loadConfig(dir, {}).site.base).toBe(base);
    } else {
      const error = loadError(dir);
      expect(error.location.where).toBe('$.site.base');
      expect(error.message).toContain('a path that starts and ends with "/"');
    }
  });
});

describe('environment overrides', () => {
  it.each([
    { variable: 'RUNBOOK_MIN_PERCENT', value: '80', key: 'runbook_min_percent', expected: 80 },
    { variable: 'RUNBOOK_MIN_PERCENT', value: ' 95.5 ', key: 'runbook_min_percent', expected: 95.5 },
    { variable: 'TAXONOMY_DEPRECATION_MAX_DAYS', value: '45', key: 'deprecation_max_days', expected: 45 },
    { variable: 'TAXONOMY_DEPRECATION_STRICT', value: '1', key: 'deprecation_strict', expected: true },
    { variable: 'TAXONOMY_DEPRECATION_STRICT', value: 'TRUE', key: 'deprecation_strict', expected: true },
    { variable: 'TAXONOMY_DEPRECATION_STRICT', value: '0', key: 'deprecation_strict', expected: false },
    { variable: 'MAX_CHURN_DELTA', value: '7', key: 'max_churn_delta', expected: 7 },
    { variable: 'MAX_RISK_CHURN_DELTA', value: '15', key: 'max_risk_churn_delta', expected: 15 },
    { variable: 'RISK_CHURN_SPIKE_THRESHOLD', value: '3.5', key: 'risk_churn_spike_threshold', expected: 3.5 },
    { variable: 'RISK_CHURN_SPIKE_FAIL', value: 'yes', key: 'risk_churn_spike_fail', expected: true },
    { variable: 'RISK_CHURN_SPIKE_FAIL', value: 'off', key: 'risk_churn_spike_fail', expected: false },
  ] as const)('$variable=$value sets $key over the file', ({ variable, value, key, expected }) => {
    // The file sets every overridable threshold to a value no table row uses.
    const dir = repoWith({
      thresholds: {
        runbook_min_percent: 50,
        deprecation_max_days: 3,
        deprecation_strict: expected === false,
        max_churn_delta: 1,
        max_risk_churn_delta: 1,
        risk_churn_spike_threshold: 9,
        risk_churn_spike_fail: expected === false,
      },
    });
    const config = loadConfig(dir, { [variable]: value });
    expect(config.thresholds[key]).toBe(expected);
  });

  it('ignores empty values and leaves other thresholds alone', () => {
    const dir = repoWith({ thresholds: { runbook_min_percent: 50 } });
    expect(loadConfig(dir, { RUNBOOK_MIN_PERCENT: '', TAXONOMY_DEPRECATION_STRICT: '  ' }).thresholds).toMatchObject({
      runbook_min_percent: 50,
      deprecation_strict: false,
    });
    expect(loadConfig(dir, { MAX_CHURN_DELTA: '8' }).thresholds).toMatchObject({ runbook_min_percent: 50, max_churn_delta: 8 });
  });

  it.each([
    { variable: 'RUNBOOK_MIN_PERCENT', value: 'ninety', message: /RUNBOOK_MIN_PERCENT="ninety" is not a number/ },
    { variable: 'MAX_CHURN_DELTA', value: '5%', message: /MAX_CHURN_DELTA="5%" is not a number/ },
    { variable: 'TAXONOMY_DEPRECATION_MAX_DAYS', value: 'Infinity', message: /TAXONOMY_DEPRECATION_MAX_DAYS="Infinity" is not a number/ },
    {
      variable: 'TAXONOMY_DEPRECATION_STRICT',
      value: 'maybe',
      message: /TAXONOMY_DEPRECATION_STRICT="maybe" is not a flag \(expected 1 or 0, true or false\)/,
    },
    { variable: 'RISK_CHURN_SPIKE_FAIL', value: '2', message: /RISK_CHURN_SPIKE_FAIL="2" is not a flag/ },
  ])('$variable=$value is a clear InputError', ({ variable, value, message }) => {
    const error = loadError(tempDir(), { [variable]: value });
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
  });

  it.each([
    { variable: 'RUNBOOK_MIN_PERCENT', value: '150', where: '$.thresholds.runbook_min_percent' },
    { variable: 'TAXONOMY_DEPRECATION_MAX_DAYS', value: '1.5', where: '$.thresholds.deprecation_max_days' },
    { variable: 'RISK_CHURN_SPIKE_THRESHOLD', value: '0', where: '$.thresholds.risk_churn_spike_threshold' },
    { variable: 'MAX_RISK_CHURN_DELTA', value: '-1', where: '$.thresholds.max_risk_churn_delta' },
  ])('$variable=$value out of range names the threshold and says it came from the environment', ({ variable, value, where }) => {
    const dir = tempDir();
    const error = loadError(dir, { [variable]: value });
    expect(error.location).toEqual({ file: `${CONFIG_FILE} (with environment overrides)`, where });
    expect(error.message).toContain(`got ${value}`);
  });
});

describe('thresholdEnvironmentVariables', () => {
  it('lists exactly the seed variables', () => {
    expect([...thresholdEnvironmentVariables].sort()).toEqual([
      'MAX_CHURN_DELTA',
      'MAX_RISK_CHURN_DELTA',
      'RISK_CHURN_SPIKE_FAIL',
      'RISK_CHURN_SPIKE_THRESHOLD',
      'RUNBOOK_MIN_PERCENT',
      'TAXONOMY_DEPRECATION_MAX_DAYS',
      'TAXONOMY_DEPRECATION_STRICT',
    ]);
  });
});

describe('paths in the config stay inside the repository', () => {
  it.each([
    [{ taxonomy: { path: '../outside.json' } }, '$.sources.taxonomy.path'],
    [{ taxonomy: { rules: ['rules/*.yml', '/etc/*.yml'] } }, '$.sources.taxonomy.rules[1]'],
    [{ taxonomy: { rules: ['!../x/*.yml'] } }, '$.sources.taxonomy.rules[0]'],
    [{ openapi: { path: '/srv/openapi.yaml' } }, '$.sources.openapi.path'],
    [{ catalog: { metadata: ['../*/.meta/repo.yaml'] } }, '$.sources.catalog.metadata[0]'],
    [{ catalog: { required_files: ['README.md', 'CODEOWNERS|../CODEOWNERS'] } }, '$.sources.catalog.required_files[1]'],
    [{ gates: { path: '..' } }, '$.sources.gates.path'],
    [{ incidents: { path: 'C:\\incidents' } }, '$.sources.incidents.path'],
    [{ ports: { path: 'a/../../registry.yaml' } }, '$.sources.ports.path'],
  ])('%j is refused at %s', (sources, where) => {
    const error = loadError(repoWith({ sources }));
    expect(error.location).toEqual({ file: CONFIG_FILE, where });
    expect(error.message).toMatch(/is an absolute path|leaves the repository with "\.\."/);
  });

  it('hands every kind clean relative paths: the whole repository is ""', () => {
    const config = loadConfig(repoWith({ sources: { taxonomy: { path: './a//taxonomy.json', rules: ['!./rules/old.yml'] }, gates: { path: '.' } } }), {});
    expect(config.sources.taxonomy?.path).toBe('a/taxonomy.json');
    expect(config.sources.taxonomy?.rules).toEqual(['!rules/old.yml']);
    expect(config.sources.gates?.path).toBe('');
  });
});

describe('where the site is served goes into markup, so it is refused unless plainly harmless', () => {
  it.each([
    [{ base: '/x" onerror="alert(document.domain)" a="/' }, '$.site.base'],
    [{ base: '/a b/' }, '$.site.base'],
    [{ base: '/<script>/' }, '$.site.base'],
    [{ url: 'javascript:alert(1)' }, '$.site.url'],
    [{ url: 'data:text/html,<script>alert(1)</script>' }, '$.site.url'],
    [{ url: 'ftp://example.org/' }, '$.site.url'],
  ])('%j is refused at %s', (site, where) => {
    expect(loadError(repoWith({ site })).location).toEqual({ file: CONFIG_FILE, where });
  });

  it('accepts plain base paths and http(s) URLs', () => {
    const config = loadConfig(repoWith({ site: { base: '/my-repo.v2_~x/', url: 'https://org.github.io/my-repo/' } }), {});
    expect(config.site).toMatchObject({ base: '/my-repo.v2_~x/', url: 'https://org.github.io/my-repo/' });
  });
});

describe('loadConfig withSource (the work-tree commands)', () => {
  it.each([
    ['no config file', undefined, { path: 'config/ports/registry.yaml', scan_exclude: ['.env.shared'] }],
    ['a config without sources.ports', { sources: { taxonomy: {} } }, { path: 'config/ports/registry.yaml', scan_exclude: ['.env.shared'] }],
    ['the configured source', { sources: { ports: { path: 'ops/ports.yaml', scan_exclude: [] } } }, { path: 'ops/ports.yaml', scan_exclude: [] }],
  ])('%s: sources.ports', (_, config, ports) => {
    const dir = config === undefined ? tempDir() : repoWith(config);
    expect(loadConfig(dir, {}, undefined, { withSource: 'ports' }).sources.ports).toEqual(ports);
  });

  it('applies GOVERN_STRICT to a catalog the config does not name', () => {
    expect(loadConfig(tempDir(), { GOVERN_STRICT: '1' }, undefined, { withSource: 'catalog' }).sources.catalog?.strict).toBe(true);
    expect(loadConfig(repoWith({ sources: { taxonomy: {} } }), {}, undefined, { withSource: 'catalog' }).sources.catalog?.strict).toBe(false);
  });
});

describe('state.branch is a branch name git accepts', () => {
  it.each(['govpages-state', 'gov/state', 'a.b_c-1'])('accepts %s', (branch) => {
    expect(loadConfig(repoWith({ state: { branch } }), {}).state.branch).toBe(branch);
  });
  it.each(['', '-x', 'a..b', 'a b', 'a/', '/a', 'a.lock', 'x~1', 'a:b', '<script>'])('refuses %j at $.state.branch', (branch) => {
    expect(loadError(repoWith({ state: { branch } })).location.where).toBe('$.state.branch');
  });
});

describe('site.url is the URL of a site root', () => {
  it.each(['https://example.com/?q=1', 'https://example.com/#top', 'https://user:pw@example.com/', 'https://example.com/"><img src=x onerror=alert(1)>/'])(
    'refuses %s',
    (url) => {
      expect(loadError(repoWith({ site: { url } })).location.where).toBe('$.site.url');
    },
  );
});
