import { join } from 'node:path';
import { describe } from 'vitest';
import { ALERT, type BadInputCase, CONFIG, corpus, editState, FILES, json, PATHS, STATE_BRANCH, type World, withSource } from './harness.ts';

/** The other commands with their own bad inputs: lint, diff, verify, catalog, ports, probe, notify. */
const LINE = /line \d+ column \d+/;
const SPEC = FILES[PATHS.openapi]!;
const BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`;

const lint = (world: World, ...extra: string[]) => ['lint', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z', ...extra];
const taxonomy = (alerts: unknown[]) => json({ version: 1, alerts });

const lintCases: BadInputCase[] = [
  {
    name: 'lint: malformed taxonomy in the work tree',
    setup: (world) => world.write({ [PATHS.taxonomy]: '{"alerts": [}\n' }),
    argv: lint,
    file: PATHS.taxonomy,
    where: /line 1 column 13/,
    message: /malformed JSON/,
  },
  {
    name: 'lint: a severity outside the vocabulary is a hard failure (exit 1)',
    setup: (world) => world.write({ [PATHS.taxonomy]: taxonomy([{ ...ALERT, severity: 'p1' }]) }),
    argv: lint,
    code: 1,
    report: /^ERROR alerts_taxonomy\.json: \$\.alerts\[0\]\.severity: invalid-severity: severity "p1" is not one of critical, high, medium, low/,
  },
  {
    name: 'lint: an invalid scope is a hard failure (exit 1)',
    setup: (world) => world.write({ [PATHS.taxonomy]: taxonomy([{ ...ALERT, scope: 'galaxy' }]) }),
    argv: lint,
    code: 1,
    report: /^ERROR alerts_taxonomy\.json: \$\.alerts\[0\]\.scope: .*galaxy/,
  },
  {
    name: 'lint: a rule alert missing from the taxonomy is a hard failure (exit 1)',
    setup: (world) => world.write({ [PATHS.rules]: `${FILES[PATHS.rules]}      - alert: Ghost\n        expr: vector(1)\n` }),
    argv: lint,
    code: 1,
    report: /^ERROR prometheus\/alerts\.yml: line 9: .*Ghost/,
  },
  {
    name: 'lint: malformed rules in the work tree',
    setup: (world) => world.write({ [PATHS.rules]: 'groups:\n  - name: [\n' }),
    argv: lint,
    file: PATHS.rules,
    where: LINE,
    message: /malformed YAML/,
  },
  {
    name: 'lint: the taxonomy is a directory',
    setup: (world) => world.write({ [PATHS.taxonomy]: { directory: { 'a.json': '{}' } } }),
    argv: lint,
    file: PATHS.taxonomy,
    message: /directory|not a file/i,
  },
  {
    name: 'lint: the taxonomy is a link out of the repository',
    setup: (world) => world.write({ [PATHS.taxonomy]: { symlink: '/etc/passwd' } }),
    argv: lint,
    file: PATHS.taxonomy,
    message: /outside the repository/,
  },
  {
    name: 'lint: the taxonomy is missing',
    setup: (world) => world.write({ [PATHS.taxonomy]: null }),
    argv: lint,
    file: PATHS.taxonomy,
    message: /not found/,
  },
  {
    name: 'lint: no taxonomy configured',
    setup: (world) => world.write({ [PATHS.config]: json({ sources: { ports: CONFIG.sources.ports } }) }),
    argv: lint,
    message: /no alert taxonomy configured/,
  },
  {
    name: 'lint: the config is a link out of the repository',
    setup: (world) => world.write({ [PATHS.config]: { symlink: '/etc/passwd' } }),
    argv: lint,
    file: PATHS.config,
    message: /is a symbolic link to a path outside the repository/,
  },
  {
    name: 'lint: --config is a directory',
    argv: (world) => lint(world, '--config', world.dist),
    file: (world) => world.dist,
    message: /is not a file/,
  },
  {
    name: 'lint: the config in the work tree is malformed',
    setup: (world) => world.write({ [PATHS.config]: '{\n' }),
    argv: lint,
    file: PATHS.config,
    where: LINE,
    message: /malformed JSON/,
  },
  {
    name: 'lint: a rules glob that leaves the repository',
    setup: (world) => world.write({ [PATHS.config]: withSource('taxonomy', { path: PATHS.taxonomy, rules: ['../*.yml'] }) }),
    argv: lint,
    file: PATHS.config,
    where: /\$\.sources\.taxonomy\.rules\[0\]/,
    message: /leaves the repository/,
  },
];

/** `govpages diff OLD NEW` with OLD the fixture's spec and NEW written beside the repository. */
const diff = (name: string, content: string | Buffer | { directory: Record<string, string> } | null, expected: Omit<BadInputCase, 'name'>) =>
  ({
    name: `diff: ${name}`,
    setup: (world: World) => world.write({ '../old.yaml': SPEC, [`../${expected.file as string}`]: content }),
    argv: () => ['diff', 'old.yaml', expected.file as string],
    ...expected,
  }) as BadInputCase;

const diffCases: BadInputCase[] = [
  diff('malformed YAML', 'openapi: 3.1.0\ninfo: [\n', { file: 'new.yaml', where: LINE, message: /malformed YAML/ }),
  diff('malformed JSON', '{"openapi": "3.1.0",}', { file: 'new.json', where: LINE, message: /malformed JSON/ }),
  diff('a key written twice in JSON', '{"openapi": "3.1.0", "openapi": "3.0.0"}', {
    file: 'new.json',
    where: /line 1 column \d+/,
    message: /"openapi" appears twice/,
  }),
  diff('a key written twice in YAML', 'openapi: 3.1.0\nopenapi: 3.0.0\n', { file: 'new.yaml', where: /line 2 column 1/, message: /malformed YAML/ }),
  diff('Swagger 2.0', 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n', { file: 'new.yaml', where: /\$\.swagger/, message: /found Swagger 2\.0/ }),
  diff('OpenAPI 4.0', 'openapi: 4.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n', { file: 'new.yaml', where: /\$\.openapi/, message: /3\.0|3\.1/ }),
  diff('no info', 'openapi: 3.1.0\npaths: {}\n', { file: 'new.yaml', where: /\$\.info/, message: /expected object/ }),
  diff('a $ref to nowhere', 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    $ref: "#/components/pathItems/none"\n', {
    file: 'new.yaml',
    where: /\$\.paths\["\/a"\]\.\$ref/,
    message: /points to nowhere/,
  }),
  diff(
    'a $ref cycle',
    'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n',
    {
      file: 'new.yaml',
      where: /\$\.components\.schemas\.\w\.\$ref/,
      message: /refers to itself through a chain of \$refs/,
    },
  ),
  diff('a $ref to another file', 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    $ref: "/etc/passwd#/x"\n', {
    file: 'new.yaml',
    where: /\$\.paths\["\/a"\]\.\$ref/,
    message: /./,
  }),
  diff('a YAML alias bomb', `${BOMB}openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\n`, { file: 'new.yaml', message: /alias/i }),
  diff('a list at the top', '- openapi\n', { file: 'new.yaml', message: /expected an OpenAPI 3\.0\.x or 3\.1\.x document/ }),
  diff('an empty file', '', { file: 'new.yaml', message: /expected an OpenAPI 3\.0\.x or 3\.1\.x document|empty/ }),
  diff('a byte order mark in JSON', `\uFEFF{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}}`, {
    file: 'new.json',
    where: /line 1 column 1/,
    message: /byte order mark|BOM/i,
  }),
  diff('binary content', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x0a, 0x1b, 0x5b, 0x32, 0x4a]), {
    file: 'new.yaml',
    message: /binary|malformed/,
  }), // fixed by wt/parsers
  diff('a directory', { directory: { 'a.yaml': SPEC } }, { file: 'new.yaml', message: /is a directory, expected a file/ }),
  diff('a missing file', null, { file: 'new.yaml', message: /no such file/ }),
  diff('a very long line', `openapi: 3.1.0\ninfo: {title: "${'t'.repeat(300_000)}", version: 1\n`, {
    file: 'new.yaml',
    where: LINE,
    message: /malformed YAML/,
  }),
];

const verifyCases: BadInputCase[] = [
  {
    name: 'verify: a file, not a directory',
    argv: (world) => ['verify', join(world.dist, 'status', 'checksums.json')],
    file: (world) => join(world.dist, 'status', 'checksums.json'),
    message: /not a directory/,
  },
  {
    name: 'verify: --pubkey that is not a key',
    argv: (world) => ['verify', world.dist, '--pubkey', 'not-a-key'],
    file: '--pubkey',
    message: /Ed25519 public key/,
  },
  {
    name: 'verify: --pubkey a PEM file that holds no key',
    setup: (world) => world.write({ '../key.pem': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n' }),
    argv: (world) => ['verify', world.dist, '--pubkey', join(world.root, 'key.pem')],
    file: (world) => join(world.root, 'key.pem'),
    message: /Ed25519 public key|PEM/,
  },
  {
    name: 'verify: --checkpoint that does not exist',
    argv: (world) => ['verify', world.dist, '--checkpoint', join(world.root, 'nope')],
    file: (world) => join(world.root, 'nope'),
    message: /not found/,
  },
  {
    name: 'verify: --checkpoint that is not a checkpoint',
    setup: (world) => world.write({ '../old-checkpoint': 'hello\n' }),
    argv: (world) => ['verify', world.dist, '--checkpoint', join(world.root, 'old-checkpoint')],
    file: (world) => join(world.root, 'old-checkpoint'),
    message: /^not a checkpoint note: a checkpoint is at least three lines/,
  },
  {
    name: 'verify: --checkpoint that is a directory',
    argv: (world) => ['verify', world.dist, '--checkpoint', world.dist],
    file: (world) => world.dist,
    message: /not a file|directory/,
  },
  {
    name: 'verify: --rebuild with --repo that is not a repository',
    argv: (world) => ['verify', world.dist, '--rebuild', '--repo', world.root],
    file: (world) => world.root,
    message: /not a git repository/,
  },
  {
    name: 'verify: --rebuild of a folder without status.json',
    setup: (world) => world.write({ '../empty/x.txt': 'x' }),
    argv: (world) => ['verify', join(world.root, 'empty'), '--rebuild', '--repo', world.repo],
    file: /.*status\.json/,
    message: /./,
  },
];

const catalogCases: BadInputCase[] = [
  {
    name: 'catalog: malformed metadata YAML is a violation (exit 1)',
    setup: (world) => world.write({ [PATHS.metadata]: 'name: api\ntier: [\n' }),
    argv: (world) => ['catalog', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z'],
    code: 1,
    report: /repos\/api\/\.meta\/repo\.yaml.*line \d+/,
  },
  {
    name: 'catalog: metadata that breaks its schema is a violation (exit 1)',
    setup: (world) => world.write({ [PATHS.metadata]: 'name: api\ndescription: x\ntier: 9\nowner: "@a"\n' }),
    argv: (world) => ['catalog', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z'],
    code: 1,
    report: /repos\/api\/\.meta\/repo\.yaml.*\$\.tier/,
  },
  {
    name: 'catalog: a damaged checkpoint on the state branch',
    setup: (world) => editState(world, { 'catalog/checkpoint-latest.json': '[]' }),
    argv: (world) => ['catalog', 'checkpoint', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z'],
    file: `${STATE_BRANCH}:catalog/checkpoint-latest.json`,
    where: /\$/,
    message: /expected object/,
  },
  {
    name: 'catalog: --baseline on a state ref to a blob',
    setup: (world) => world.write({ [`.git/refs/heads/${STATE_BRANCH}`]: `${world.git(['hash-object', '-w', '--stdin'], 'x')}\n` }),
    argv: (world) => ['catalog', 'checkpoint', '--baseline', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z'],
    file: `refs/heads/${STATE_BRANCH}`,
    message: /does not point at a commit/,
  },
  {
    name: 'catalog: a config with a bad catalog source',
    setup: (world) => world.write({ [PATHS.config]: withSource('catalog', { metadata: 'repos/*' }) }),
    argv: (world) => ['catalog', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z'],
    file: PATHS.config,
    where: /\$\.sources\.catalog\.metadata/,
    message: /expected array/,
  },
];

const ports = (world: World, ...extra: string[]) => ['ports', 'check', '--repo', world.repo, ...extra];
const REGISTRY = FILES[PATHS.ports]!;

const portsCases: BadInputCase[] = [
  {
    name: 'ports check: a port used twice (exit 1)',
    setup: (world) =>
      world.write({
        [PATHS.ports]: `${REGISTRY}  - name: web\n    range: backend\n    container: true\n    ports:\n      - internal: 80\n        external: 4000\n`,
      }),
    argv: ports,
    code: 1,
    report: /^ports\/registry\.yaml:\d+: error: /,
  },
  {
    name: 'ports check: a port outside its range (exit 1)',
    setup: (world) => world.write({ [PATHS.ports]: REGISTRY.replace('external: 4000', 'external: 5000') }),
    argv: ports,
    code: 1,
    report: /^ports\/registry\.yaml:\d+: error: /,
  },
  {
    name: 'ports check: malformed registry',
    setup: (world) => world.write({ [PATHS.ports]: 'services: [\n' }),
    argv: ports,
    file: PATHS.ports,
    where: LINE,
    message: /malformed YAML/,
  },
  {
    name: 'ports check: a registry that breaks its schema',
    setup: (world) => world.write({ [PATHS.ports]: REGISTRY.replace('container: true', 'container: yes please') }),
    argv: ports,
    file: PATHS.ports,
    where: /\$\.services\[0\]\.container \(line \d+\)/,
    message: /expected boolean/,
  },
  {
    name: 'ports check: --registry that does not exist',
    argv: (world) => ports(world, '--registry', 'nope.yaml'),
    file: /.*nope\.yaml/,
    message: /not found|no such|missing/i,
  },
  {
    name: 'ports check: --registry a directory',
    argv: (world) => ports(world, '--registry', world.dist),
    file: (world) => world.dist,
    message: /directory|not a file/i,
  },
  {
    name: 'ports check: the registry is a link out of the repository',
    setup: (world) => world.write({ [PATHS.ports]: { symlink: '/etc/passwd' } }),
    argv: ports,
    file: PATHS.ports,
    message: /outside the repository/,
  },
  {
    name: 'ports check: a YAML alias bomb',
    setup: (world) => world.write({ [PATHS.ports]: `${BOMB}services: []\n` }),
    argv: ports,
    file: PATHS.ports,
    message: /alias/i,
  },
  {
    name: 'ports scan: a directory that does not exist',
    argv: (world) => ['ports', 'scan', join(world.root, 'nope'), '--registry', join(world.repo, PATHS.ports)],
    file: (world) => join(world.root, 'nope'),
    message: /not found|no such|not a directory/i,
  },
  {
    name: 'ports scan: a malformed registry',
    setup: (world) => world.write({ [PATHS.ports]: 'services: [\n' }),
    argv: (world) => ['ports', 'scan', world.repo, '--registry', join(world.repo, PATHS.ports)],
    file: /.*ports\/registry\.yaml/,
    where: LINE,
    message: /malformed YAML/,
  },
];

/** An environment-only probe: no network. */
const ENV_PROBES = withSource('gates', { probes: { environment: { optional: ['LOG_LEVEL'] } } });
const probe = (world: World, ...extra: string[]) => ['probe', '--repo', world.repo, '--now', '2026-01-21T00:00:00Z', ...extra];

const probeCases: BadInputCase[] = [
  {
    name: 'probe: no probes configured',
    argv: probe,
    file: PATHS.config,
    where: /\$\.sources\.gates\.probes/,
    message: /no probes configured/,
  },
  {
    name: 'probe: a damaged probe history',
    setup: (world) => {
      world.write({ [PATHS.config]: ENV_PROBES });
      editState(world, { 'gates/probe-history.jsonl': 'not json\n' });
    },
    argv: probe,
    file: `${STATE_BRANCH}:gates/probe-history.jsonl`,
    where: /line 1/,
    message: /malformed JSON line/,
  },
  {
    name: 'probe: a state ref to a tree',
    setup: (world) => {
      world.write({ [PATHS.config]: ENV_PROBES });
      world.write({ [`.git/refs/heads/${STATE_BRANCH}`]: `${world.git(['rev-parse', `refs/heads/${STATE_BRANCH}^{tree}`])}\n` });
    },
    argv: probe,
    file: `refs/heads/${STATE_BRANCH}`,
    message: /does not point at a commit/,
  },
  {
    name: 'probe: --config that does not exist',
    argv: (world) => probe(world, '--config', join(world.root, 'nope.json')),
    file: (world) => join(world.root, 'nope.json'),
    message: /not found/,
  },
  {
    name: 'probe: a probe URL that is not http',
    setup: (world) => world.write({ [PATHS.config]: withSource('gates', { probes: { http: [{ name: 'x', url: 'gopher://127.0.0.1/' }] } }) }),
    argv: probe,
    file: PATHS.config,
    where: /\$\.sources\.gates\.probes\.http\[0\]\.url/,
    message: /./,
  },
];

const notify = (world: World, ...extra: string[]) => ['notify', '--dir', world.dist, '--url', 'http://127.0.0.1:9/hook', '--retries', '0', ...extra];
const PAYLOAD = 'status/webhook-payload.json';

const notifyCases: BadInputCase[] = [
  {
    name: 'notify: no payload in the folder',
    argv: (world) => ['notify', '--dir', world.root, '--url', 'http://127.0.0.1:9/hook'],
    file: (world) => join(world.root, PAYLOAD),
    message: /no webhook payload here/,
  },
  {
    name: 'notify: a payload that is not JSON',
    setup: (world) => world.write({ [`../dist/${PAYLOAD}`]: '{"event": ' }),
    argv: notify,
    file: (world) => join(world.dist, PAYLOAD),
    where: LINE,
    message: /malformed JSON/,
  },
  {
    name: 'notify: a payload with an unknown key',
    setup: (world) => world.write({ [`../dist/${PAYLOAD}`]: '{"zzz": 1}' }),
    argv: notify,
    file: (world) => join(world.dist, PAYLOAD),
    where: /\$\.\w+/,
    message: /./,
  },
  {
    name: 'notify: GOVERNANCE_WEBHOOK that is not http',
    argv: (world) => ['notify', '--dir', world.dist],
    env: { GOVERNANCE_WEBHOOK: 'ftp://hooks.example/x' },
    message: /must start with http:\/\/ or https:\/\//,
  },
  {
    name: 'notify: GOVERNANCE_WEBHOOK with control characters',
    argv: (world) => ['notify', '--dir', world.dist],
    env: { GOVERNANCE_WEBHOOK: 'gopher://\u001b[2J@example/' },
    message: /must start with http:\/\/ or https:\/\//,
  },
];

describe('bad input: lint, diff, verify, catalog, ports, probe and notify', () => {
  corpus([...lintCases, ...diffCases, ...verifyCases, ...catalogCases, ...portsCases, ...probeCases, ...notifyCases]);
});
