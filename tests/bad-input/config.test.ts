import { join } from 'node:path';
import { describe } from 'vitest';
import { type BadInputCase, buildArgs, CONFIG, config, corpus, json, PATHS, withSource } from './harness.ts';

/** govpages.config.json (committed or given with --config), its environment overrides, --base and --site-url. */
const FILE = PATHS.config;
const LINE = /line \d+ column \d+/;
const OUTSIDE_PATH = /leaves the repository with "\.\."|is an absolute path/;

const file: BadInputCase[] = [
  {
    name: 'config: malformed JSON',
    files: { [FILE]: '{\n  "site": {\n    "title": "x",\n  }\n}\n' },
    file: FILE,
    where: /line 4 column \d+/,
    message: /malformed JSON/,
  },
  { name: 'config: JSON with comments', files: { [FILE]: '// settings\n{}\n' }, file: FILE, where: /line 1 column 1/, message: /malformed JSON/ },
  { name: 'config: a top-level array', files: { [FILE]: '[]\n' }, file: FILE, where: /\$/, message: /expected object/ },
  { name: 'config: an unknown top-level key', files: { [FILE]: config({ sites: {} }) }, file: FILE, where: /\$\.sites/, message: /unknown key "sites"/ },
  {
    name: 'config: an unknown source',
    files: { [FILE]: config({ sources: { ...CONFIG.sources, alerts: {} } }) },
    file: FILE,
    where: /\$\.sources\.alerts/,
    message: /unknown key "alerts"/,
  },
  {
    name: 'config: a misspelt key inside a source',
    files: { [FILE]: withSource('taxonomy', { pth: 'a.json' }) },
    file: FILE,
    where: /\$\.sources\.taxonomy\.pth/,
    message: /unknown key "pth"/,
  },
  {
    name: 'config: a key written twice',
    files: { [FILE]: '{\n  "site": {"title": "a"},\n  "site": {"title": "b"}\n}\n' },
    file: FILE,
    where: /line 3 column 3/,
    message: /"site" appears twice/,
  },
  {
    name: 'config: a byte order mark',
    files: { [FILE]: `\uFEFF${json(CONFIG)}` },
    file: FILE,
    where: /line 1 column 1/,
    message: /byte order mark|BOM/i,
  },
  {
    name: 'config: binary content',
    files: { [FILE]: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) },
    file: FILE,
    where: LINE,
    message: /malformed JSON|binary/,
  },
  {
    name: 'config: NUL bytes',
    files: { [FILE]: '{"site": {"title": "a\u0000b"}}\n' },
    file: FILE,
    where: LINE,
    message: /malformed JSON|NUL|binary/i,
  },
  {
    name: 'config: a very long line',
    files: { [FILE]: `{"site": {"title": "${'t'.repeat(500_000)}"}, }\n` },
    file: FILE,
    where: LINE,
    message: /malformed JSON/,
  },
  { name: 'config: an empty file', files: { [FILE]: '' }, file: FILE, where: LINE, message: /malformed JSON|empty/i },
  {
    name: 'config: a directory',
    files: { [FILE]: { directory: { 'a.json': '{}\n' } } },
    file: FILE,
    message: /directory|not a file/i,
  },
  {
    name: 'config: a committed symlink out of the repository',
    files: { [FILE]: { symlink: '/etc/passwd' } },
    file: FILE,
    message: /outside the repository/,
  },
  {
    name: 'config: a committed symlink to a file inside that is not JSON',
    files: { [FILE]: { symlink: PATHS.rules } },
    file: FILE,
    where: LINE,
    message: /malformed JSON/,
  },
];

const values: BadInputCase[] = [
  {
    name: 'config: runbook_min_percent above 100',
    files: { [FILE]: config({ thresholds: { runbook_min_percent: 150 } }) },
    file: FILE,
    where: /\$\.thresholds\.runbook_min_percent/,
    message: /100.*150/,
  },
  {
    name: 'config: a threshold as a string',
    files: { [FILE]: config({ thresholds: { max_churn_delta: '5' } }) },
    file: FILE,
    where: /\$\.thresholds\.max_churn_delta/,
    message: /expected number/,
  },
  {
    name: 'config: a fractional window',
    files: { [FILE]: config({ thresholds: { churn_window_days: 2.5 } }) },
    file: FILE,
    where: /\$\.thresholds\.churn_window_days/,
    message: /int/,
  },
  {
    name: 'config: a spike threshold of 0',
    files: { [FILE]: config({ thresholds: { risk_churn_spike_threshold: 0 } }) },
    file: FILE,
    where: /\$\.thresholds\.risk_churn_spike_threshold/,
    message: />0|positive/,
  },
  {
    name: 'config: cacheSeconds under the Shields floor',
    files: { [FILE]: config({ badges: { cache_seconds: 60 } }) },
    file: FILE,
    where: /\$\.badges\.cache_seconds/,
    message: /300/,
  },
  { name: 'config: an empty state branch name', files: { [FILE]: config({ state: { branch: '' } }) }, file: FILE, where: /\$\.state\.branch/, message: /./ },
  {
    name: 'config: a state branch name git refuses',
    files: { [FILE]: config({ state: { branch: 'state..branch' } }) },
    file: FILE,
    where: /\$\.state\.branch/,
    message: /a git branch name .*, got "state\.\.branch"/,
  },
  {
    name: 'config: a state branch name that is an option',
    files: { [FILE]: config({ state: { branch: '--output=/tmp/x' } }) },
    file: FILE,
    where: /\$\.state\.branch/,
    message: /a git branch name/,
  },
  {
    name: 'config: the checked-out branch as the state branch',
    files: { [FILE]: config({ state: { branch: 'main' } }) },
    file: 'refs/heads/main',
    message: /checked out/,
  },
  {
    name: 'config: an empty site title',
    files: { [FILE]: config({ site: { title: '' } }) },
    file: FILE,
    where: /\$\.site\.title/,
    message: /./,
  },
  {
    name: 'config: a negative auto refresh',
    files: { [FILE]: config({ site: { auto_refresh_minutes: -1 } }) },
    file: FILE,
    where: /\$\.site\.auto_refresh_minutes/,
    message: /0/,
  },
  {
    name: 'config: site.base that breaks out of an attribute',
    files: { [FILE]: config({ site: { base: '/x" onerror="alert(document.domain)" a="/' } }) },
    file: FILE,
    where: /\$\.site\.base/,
    message: /a path that starts and ends with "\/"/,
  },
  {
    name: 'config: site.base without slashes',
    files: { [FILE]: config({ site: { base: 'repo' } }) },
    file: FILE,
    where: /\$\.site\.base/,
    message: /starts and ends with "\/"/,
  },
  {
    name: 'config: site.base that is protocol-relative',
    files: { [FILE]: config({ site: { base: '//evil.example/' } }) },
    file: FILE,
    where: /\$\.site\.base/,
    message: /starts and ends with "\/"/,
  },
  {
    name: 'config: site.base with ..',
    files: { [FILE]: config({ site: { base: '/../' } }) },
    file: FILE,
    where: /\$\.site\.base/,
    message: /\.\./,
  },
  {
    name: 'config: site.url with javascript:',
    files: { [FILE]: config({ site: { url: 'javascript:alert(1)//' } }) },
    file: FILE,
    where: /\$\.site\.url/,
    message: /http:\/\/ or https:\/\//,
  },
  {
    name: 'config: site.url with data:',
    files: { [FILE]: config({ site: { url: 'data:text/html,<script>alert(1)</script>' } }) },
    file: FILE,
    where: /\$\.site\.url/,
    message: /http:\/\/ or https:\/\//,
  },
  {
    name: 'config: site.url that is not a URL',
    files: { [FILE]: config({ site: { url: 'my site' } }) },
    file: FILE,
    where: /\$\.site\.url/,
    message: /http:\/\/ or https:\/\//,
  },
  {
    name: 'config: an origin with a space',
    files: { [FILE]: config({ integrity: { origin: 'my origin' } }) },
    file: FILE,
    where: /\$\.integrity\.origin/,
    message: /no spaces/,
  },
  {
    name: 'config: signature format 3',
    files: { [FILE]: config({ integrity: { signature_format_version: 3 } }) },
    file: FILE,
    where: /\$\.integrity\.signature_format_version/,
    message: /./,
  },
  {
    name: 'config: a probe URL with file:',
    files: { [FILE]: withSource('gates', { probes: { http: [{ name: 'api', url: 'file:///etc/passwd' }] } }) },
    file: FILE,
    where: /\$\.sources\.gates\.probes\.http\[0\]\.url/,
    message: /./,
  },
  {
    name: 'config: two probes with one name',
    files: {
      [FILE]: withSource('gates', {
        probes: {
          http: [
            { name: 'api', url: 'http://127.0.0.1:9/a' },
            { name: 'api', url: 'http://127.0.0.1:9/b' },
          ],
        },
      }),
    },
    file: FILE,
    where: /\$\.sources\.gates\.probes\.http\[1\]\.name/,
    message: /already used/,
  },
  {
    name: 'config: catalog metadata with no pattern',
    files: { [FILE]: withSource('catalog', { metadata: [] }) },
    file: FILE,
    where: /\$\.sources\.catalog\.metadata/,
    message: /./,
  },
  {
    name: 'config: a tier that does not exist',
    files: { [FILE]: withSource('catalog', { tier_required_files: { '5': ['README.md'] } }) },
    file: FILE,
    where: /\$\.sources\.catalog\.tier_required_files\["5"\]/,
    message: /unknown key "5"/,
  },
];

const paths: BadInputCase[] = [
  ['taxonomy path with ..', 'taxonomy', { path: '../alerts_taxonomy.json' }, '$.sources.taxonomy.path'],
  ['taxonomy path absolute', 'taxonomy', { path: '/etc/passwd' }, '$.sources.taxonomy.path'],
  ['rules glob with ..', 'taxonomy', { path: PATHS.taxonomy, rules: ['prometheus/../../*.yml'] }, '$.sources.taxonomy.rules[0]'],
  ['an excluding rules glob with ..', 'taxonomy', { path: PATHS.taxonomy, rules: ['!../x.yml'] }, '$.sources.taxonomy.rules[0]'],
  ['openapi path absolute (Windows)', 'openapi', { path: 'C:\\specs\\openapi.yaml' }, '$.sources.openapi.path'],
  ['gates path with .. after a folder', 'gates', { path: 'governance/../../gates' }, '$.sources.gates.path'],
  ['incidents path ..', 'incidents', { path: '..' }, '$.sources.incidents.path'],
  ['ports path absolute', 'ports', { path: '/dev/zero' }, '$.sources.ports.path'],
  ['catalog metadata with ..', 'catalog', { metadata: ['../*/.meta/repo.yaml'] }, '$.sources.catalog.metadata[0]'],
  [
    'catalog required file with a backslash ..',
    'catalog',
    { metadata: ['repos/*/.meta/repo.yaml'], required_files: ['..\\secrets'] },
    '$.sources.catalog.required_files[0]',
  ],
  ['ports scan_exclude absolute', 'ports', { path: PATHS.ports, scan_exclude: ['/etc/*'] }, '$.sources.ports.scan_exclude[0]'],
].map(([name, source, value, where]) => ({
  name: `config: ${name}`,
  files: { [FILE]: withSource(source as keyof typeof CONFIG.sources, value) },
  file: FILE,
  where: new RegExp((where as string).replace(/[.[\]$]/g, '\\$&')),
  message: OUTSIDE_PATH,
}));

paths.push({
  name: 'config: taxonomy path is the repository root',
  files: { [FILE]: withSource('taxonomy', { path: '.' }) },
  file: FILE,
  where: /\$\.sources\.taxonomy\.path/,
  message: /repository root/,
});

const environment: BadInputCase[] = [
  { name: 'env: RUNBOOK_MIN_PERCENT=abc', env: { RUNBOOK_MIN_PERCENT: 'abc' }, message: /RUNBOOK_MIN_PERCENT="abc" is not a number/ },
  {
    name: 'env: RUNBOOK_MIN_PERCENT=150',
    env: { RUNBOOK_MIN_PERCENT: '150' },
    file: 'govpages.config.json (with environment overrides)',
    where: /\$\.thresholds\.runbook_min_percent/,
    message: /100/,
  },
  { name: 'env: RUNBOOK_MIN_PERCENT=Infinity', env: { RUNBOOK_MIN_PERCENT: 'Infinity' }, message: /RUNBOOK_MIN_PERCENT="Infinity" is not a number/ },
  { name: 'env: MAX_CHURN_DELTA=0x10', env: { MAX_CHURN_DELTA: '0x10' }, message: /MAX_CHURN_DELTA="0x10" is not a number/ },
  {
    name: 'env: TAXONOMY_DEPRECATION_MAX_DAYS=1.5',
    env: { TAXONOMY_DEPRECATION_MAX_DAYS: '1.5' },
    file: 'govpages.config.json (with environment overrides)',
    where: /\$\.thresholds\.deprecation_max_days/,
    message: /int/,
  },
  {
    name: 'env: TAXONOMY_DEPRECATION_STRICT=maybe',
    env: { TAXONOMY_DEPRECATION_STRICT: 'maybe' },
    message: /TAXONOMY_DEPRECATION_STRICT="maybe" is not a flag/,
  },
  { name: 'env: GOVERN_STRICT=2', env: { GOVERN_STRICT: '2' }, message: /GOVERN_STRICT="2" is not a flag/ },
  {
    name: 'env: SOURCE_DATE_EPOCH of 20 digits',
    env: { SOURCE_DATE_EPOCH: '12345678901234567890' },
    argv: (world) => buildArgs(world).slice(0, -2),
    message: /SOURCE_DATE_EPOCH/,
  },
  { name: 'env: SOURCE_DATE_EPOCH negative', env: { SOURCE_DATE_EPOCH: '-1' }, argv: (world) => buildArgs(world).slice(0, -2), message: /SOURCE_DATE_EPOCH/ },
  {
    name: 'env: SOURCE_DATE_EPOCH with a fraction',
    env: { SOURCE_DATE_EPOCH: '1700000000.5' },
    argv: (world) => buildArgs(world).slice(0, -2),
    message: /SOURCE_DATE_EPOCH/,
  },
  {
    name: 'env: SOURCE_DATE_EPOCH with an escape',
    env: { SOURCE_DATE_EPOCH: '\u001b[2J' },
    argv: (world) => buildArgs(world).slice(0, -2),
    message: /SOURCE_DATE_EPOCH="\\u001b\[2J" is not a number/,
  },
  { name: 'env: MAX_RISK_CHURN_DELTA=1e999', env: { MAX_RISK_CHURN_DELTA: '1e999' }, message: /MAX_RISK_CHURN_DELTA="1e999" is not a number/ },
  { name: 'env: GOV_SIGNING_PRIVATE_KEY not base64', env: { GOV_SIGNING_PRIVATE_KEY: 'not a key!' }, message: /GOV_SIGNING_PRIVATE_KEY/ },
  {
    name: 'env: GOV_SIGNING_PRIVATE_KEY of 16 bytes',
    env: { GOV_SIGNING_PRIVATE_KEY: Buffer.alloc(16, 1).toString('base64') },
    message: /GOV_SIGNING_PRIVATE_KEY/,
  },
];

const options: BadInputCase[] = [
  {
    name: '--config: a file that does not exist',
    argv: (world) => buildArgs(world, '--config', join(world.root, 'missing.json')),
    file: (world) => join(world.root, 'missing.json'),
    message: /not found/,
  },
  {
    name: '--config: a directory',
    argv: (world) => buildArgs(world, '--config', world.dist),
    file: (world) => world.dist,
    message: /not a file/,
  },
  {
    name: '--config: a file outside with malformed JSON',
    setup: (world) => world.write({ '../other.json': '{"site": \n' }),
    argv: (world) => buildArgs(world, '--config', join(world.root, 'other.json')),
    file: (world) => join(world.root, 'other.json'),
    where: LINE,
    message: /malformed JSON/,
  },
  {
    name: '--config: a file inside the repository that is not committed',
    setup: (world) => world.write({ 'local.json': '{}\n' }),
    argv: (world) => buildArgs(world, '--config', join(world.repo, 'local.json')),
    file: 'local.json',
    message: /is not a file of commit/,
  },
  {
    name: '--base with a quote',
    argv: (world) => buildArgs(world, '--base', '/a"b/'),
    message: /--base "\/a\\"b\/" is not a path that starts and ends with/,
  },
  { name: '--base that is a URL', argv: (world) => buildArgs(world, '--base', 'https://evil.example/'), message: /--base .* is not a path/ },
  {
    name: '--site-url javascript:',
    argv: (world) => buildArgs(world, '--site-url', 'javascript:alert(1)'),
    message: /--site-url .* is not an http:\/\/ or https:\/\/ URL/,
  },
  { name: '--site-url empty', argv: (world) => buildArgs(world, '--site-url', ''), message: /--site-url "" is not/ },
];

describe('bad input: config, environment, --config, --base and --site-url', () => {
  corpus([...file, ...values, ...paths, ...environment, ...options]);
});
