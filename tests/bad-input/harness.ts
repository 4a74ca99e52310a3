import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchRepo, snapshotTree, tempDir } from '../helpers/git.ts';

/**
 * The bad-input corpus: a tiny governance repository with all six evidence kinds configured, built
 * once ("the previous published build": a dist/ and a state branch), then one case per bad input.
 * Each case copies the published fixture, applies its mutation (files committed, the config, the
 * command line, the environment, the state branch), runs the command in-process and asserts:
 *
 * - the exit code (2 for bad input or usage; 1 only where the seed calls it a policy failure);
 * - stderr is one error line, `govpages <cmd>: error: <file>: <where>: <message>`, with the file and
 *   the line or JSON path where the input has them (the build's `govpages: ...` progress lines
 *   aside), printable (no raw control characters, BOM or bidi override from the input);
 * - no stack trace and no exit 70 (internal error);
 * - the previous dist/, the work tree (and anything beside it), every ref and the state branch's
 *   tree are byte-identical.
 */

/** The previous build's time, and the time of the builds the cases run. */
export const PREVIOUS_NOW = '2026-01-20T00:00:00Z';
export const NOW = '2026-01-21T00:00:00Z';
export const STATE_BRANCH = 'govpages-state';

/** Where each input of the fixture lives. */
export const PATHS = {
  config: 'govpages.config.json',
  taxonomy: 'alerts_taxonomy.json',
  rules: 'prometheus/alerts.yml',
  openapi: 'openapi.yaml',
  metadata: 'repos/api/.meta/repo.yaml',
  gates: 'governance/gates/run.jsonl',
  incident: 'governance/incidents/2026-01-05-outage.md',
  ports: 'ports/registry.yaml',
} as const;

export const CONFIG = {
  site: { title: 'Bad-input fixture' },
  sources: {
    taxonomy: { path: PATHS.taxonomy, rules: ['prometheus/*.yml'] },
    openapi: { path: PATHS.openapi },
    catalog: { metadata: ['repos/*/.meta/repo.yaml'] },
    gates: { path: 'governance/gates' },
    incidents: { path: 'governance/incidents' },
    ports: { path: PATHS.ports },
  },
};

export const ALERT = {
  name: 'ApiDown',
  group: 'api',
  severity: 'critical',
  scope: 'service',
  category: 'availability',
  description: 'The API answers no requests.',
  runbook: 'https://runbooks.example/api-down',
  for: '5m',
};

export const GATE_RECORD = { gate: 'GIT_REMOTE', status: 'pass', mode: 'ci', time: '2026-01-10T10:00:00Z', layer: 'Code Authority' };

export const FILES: Record<string, string> = {
  [PATHS.config]: json(CONFIG),
  [PATHS.taxonomy]: json({ version: 1, alerts: [ALERT] }),
  [PATHS.rules]:
    'groups:\n  - name: api\n    rules:\n      - alert: ApiDown\n        expr: up == 0\n        for: 5m\n        labels:\n          severity: critical\n',
  [PATHS.openapi]:
    'openapi: 3.1.0\ninfo:\n  title: Pets\n  version: 1.0.0\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        "200":\n          description: OK\n',
  [PATHS.metadata]: 'name: api\ndescription: The API\ntier: 3\nowner: "@acme/api"\n',
  'repos/api/README.md': '# api\n',
  'repos/api/LICENSE': 'MIT\n',
  [PATHS.gates]: `${JSON.stringify(GATE_RECORD)}\n`,
  [PATHS.incident]: incident({ title: 'Outage', start: '2026-01-05T10:00:00Z', end: '2026-01-05T11:00:00Z', severity: 'high', services: '[api]' }),
  [PATHS.ports]:
    'version: 1\nranges:\n  - name: backend\n    from: 4000\n    to: 4099\nservices:\n  - name: api\n    range: backend\n    container: true\n    ports:\n      - name: http\n        internal: 8080\n        external: 4000\n',
};

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An incident report with these front matter lines (values written as given). */
export function incident(front: Record<string, string>, body = 'The API was down.\n'): string {
  return `---\n${Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n${body}`;
}

/** The fixture config with `patch` applied (a shallow merge per top-level key; `undefined` deletes). */
export function config(patch: Record<string, unknown>): string {
  const merged: Record<string, unknown> = structuredClone(CONFIG);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) merged[key] = { ...(merged[key] as object), ...value };
    else merged[key] = value;
  }
  return json(merged);
}

/** The fixture config with one source replaced. */
export function withSource(key: keyof typeof CONFIG.sources, value: unknown): string {
  return config({ sources: { ...CONFIG.sources, [key]: value } });
}

/** What a case writes: text or bytes, a symbolic link, a directory, or `null` to delete. */
export type Content = string | Buffer | { symlink: string } | { directory: Record<string, string> } | null;

/** One copy of the published fixture, for one case. */
export interface World {
  /** Holds `repo/`, `dist/` and anything a case adds. */
  root: string;
  repo: string;
  dist: string;
  git(args: string[], input?: string, env?: Record<string, string>): string;
  /** Writes files in the work tree (not committed). */
  write(files: Record<string, Content>): void;
  /** Commits the work tree as it is, at a fixed date after the fixture's commits. */
  commit(message?: string): void;
}

export interface BadInputCase {
  name: string;
  /** Files written and committed before the run. */
  files?: Record<string, Content>;
  /** Any other mutation (after `files`): git commands, state branch edits, files outside the repository. */
  setup?(world: World): void;
  /** The command line (default: a build of the repository into dist/ at NOW). */
  argv?(world: World): string[];
  env?: Record<string, string>;
  /** The working directory (default: the world's root). */
  cwd?(world: World): string;
  /** The command itself is unknown: the line is `govpages: error: ...`. */
  unknownCommand?: true;
  /** Expected exit code (default 2). */
  code?: 1 | 2;
  /** The file the error names (omit when the input has none, e.g. a bad option); a RegExp where its spelling is open. */
  file?: string | RegExp | ((world: World) => string);
  /** The line, column or JSON path inside the file. */
  where?: RegExp;
  /** The error message after the file and where; with `report`, unused. */
  message?: RegExp;
  /**
   * A policy failure (exit 1, as the seed has it): not an error but a report on stdout, one line of
   * which matches this (naming the file and the line or JSON path); stderr stays empty.
   */
  report?: RegExp;
}

/**
 * Commits `files` (path -> text, null deletes) on the state branch, as a hand edit or a force push
 * would: on top of the tip, or (`replaceTip`) in place of it, with the tip's parent. Written with
 * govpages' identity and the marker kept, so only the edited files are wrong.
 */
export function editState(world: World, files: Record<string, string | null>, options: { replaceTip?: boolean } = {}): void {
  const ref = `refs/heads/${STATE_BRANCH}`;
  const tip = world.git(['rev-parse', ref]);
  const index = join(world.root, 'state-index');
  const env = { GIT_INDEX_FILE: index };
  const git = (args: string[], input?: string) => world.git(args, input, env);
  git(['read-tree', tip]);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) git(['rm', '--cached', '--quiet', path]);
    else git(['update-index', '--add', '--cacheinfo', `100644,${world.git(['hash-object', '-w', '--stdin'], content)},${path}`]);
  }
  const tree = git(['write-tree']);
  const parents = options.replaceTip ? world.git(['rev-list', '--parents', '-n', '1', tip]).split(' ').slice(1) : [tip];
  const commit = world.git(['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', 'edited by hand'], undefined, {
    GIT_AUTHOR_NAME: 'govpages',
    GIT_AUTHOR_EMAIL: 'govpages@localhost',
    GIT_COMMITTER_NAME: 'govpages',
    GIT_COMMITTER_EMAIL: 'govpages@localhost',
  });
  world.git(['update-ref', ref, commit]);
  rmSync(index, { force: true });
}

/** A file of the state branch's tip. */
export function stateFile(world: World, path: string): string {
  return execFileSync('git', ['show', `refs/heads/${STATE_BRANCH}:${path}`], { cwd: world.repo, encoding: 'utf8' });
}

/** `govpages build` of the world's repository into its dist/ at NOW. */
export function buildArgs(world: World, ...extra: string[]): string[] {
  return ['build', '--repo', world.repo, '--out', world.dist, '--now', NOW, ...extra];
}

const COMMIT_DATE = '2026-01-16T00:00:00Z';

function gitIn(dir: string) {
  return (args: string[], input?: string, env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: dir,
      input,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
        GIT_AUTHOR_DATE: COMMIT_DATE,
        GIT_COMMITTER_DATE: COMMIT_DATE,
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    }).trim();
}

export function writeContent(root: string, files: Record<string, Content>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    rmSync(target, { recursive: true, force: true });
    if (content === null) continue;
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) writeFileSync(target, content);
    else if ('symlink' in content) symlinkSync(content.symlink, target);
    else {
      mkdirSync(target, { recursive: true });
      writeContent(target, content.directory);
    }
  }
}

/** Creates the fixture repository and its first build: the dist/ and state branch every case must leave alone. */
async function publishFixture(): Promise<string> {
  const root = tempDir('govpages-bad-input-');
  mkdirSync(join(root, 'repo'));
  const repo = scratchRepo(join(root, 'repo'));
  writeContent(repo.dir, FILES);
  repo.commit('Start the governance repository', '2026-01-01T00:00:00Z');
  repo.commit('A second commit', '2026-01-15T00:00:00Z');
  await build({ repoDir: repo.dir, outDir: join(root, 'dist'), now: PREVIOUS_NOW, env: {}, site: false, webhook: false });
  return root;
}

function copyWorld(fixture: string): World {
  const root = tempDir('govpages-bad-case-');
  cpSync(fixture, root, { recursive: true, verbatimSymlinks: true });
  const repo = join(root, 'repo');
  const git = gitIn(repo);
  return {
    root,
    repo,
    dist: join(root, 'dist'),
    git,
    write: (files) => writeContent(repo, files),
    commit: (message = 'bad input') => {
      git(['add', '-A']);
      git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message]);
    },
  };
}

/**
 * Every file under the world's root (the repository's work tree, dist/ and whatever a case put
 * beside them) with its bytes or link target, `.git` aside; links are not followed.
 */
function worldBytes(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const key = relative(root, path);
      if (key === join('repo', '.git')) continue;
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) files.set(key, `link:${readlinkSync(path)}`);
      else if (stat.isDirectory()) {
        files.set(`${key}/`, (stat.mode & 0o7777).toString(8));
        walk(path);
      } else files.set(key, `${(stat.mode & 0o7777).toString(8)}:${readFileSync(path).toString('base64')}`);
    }
  };
  walk(root);
  return files;
}

/**
 * Every ref with the object it names, and HEAD: the state branch's ref among them, and with it its
 * tree (a commit id names its tree). Objects are not read: a case may point a ref at a missing one.
 */
function refsAndState(world: World): string {
  return world.git(['for-each-ref', '--format=%(HEAD) %(objectname) %(refname)']);
}

/** A progress line of the build (`govpages: taxonomy: collecting`), not an error. */
const PROGRESS = /^govpages: (?!error: )/;

/** Control characters, a BOM, bidi overrides and U+FFFD: none may reach the terminal from an input. */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/;

/** `govpages <cmd>: error: <file>: <where>: <message>`, printable. */
function assertErrorLine(line: string, command: string, world: World, testCase: BadInputCase): void {
  expect(line, 'printable').not.toMatch(UNPRINTABLE);
  const file = typeof testCase.file === 'function' ? testCase.file(world) : testCase.file;
  const head = testCase.unknownCommand ? 'govpages: error: ' : `govpages ${command}: error: `;
  expect(line.startsWith(head), `"${line}" starts with "${head}"`).toBe(true);
  let rest = line.slice(head.length);
  if (file instanceof RegExp) {
    const named = new RegExp(`^(?:${file.source}): `).exec(rest);
    expect(named, `"${rest}" names the file ${file}`).not.toBeNull();
    rest = rest.slice(named![0].length);
  } else if (file !== undefined) {
    expect(rest.startsWith(`${file}: `), `"${rest}" names the file "${file}"`).toBe(true);
    rest = rest.slice(file.length + 2);
  }
  if (testCase.where) {
    // A reader may add the column to a line: more precise, still the place asked for.
    const where = new RegExp(`^(?:${testCase.where.source})(?: column \\d+)?: `).exec(rest);
    expect(where, `"${rest}" starts with ${testCase.where}`).not.toBeNull();
    rest = rest.slice(where![0].length);
  }
  expect(rest, line).toMatch(testCase.message ?? /./);
}

/** Asserts everything a bad-input case promises about one run. */
export async function runCase(fixture: string, testCase: BadInputCase): Promise<void> {
  const world = copyWorld(fixture);
  try {
    if (testCase.files) {
      world.write(testCase.files);
      world.commit(testCase.name);
    }
    testCase.setup?.(world);
    const argv = testCase.argv ? testCase.argv(world) : buildArgs(world);
    const dist = snapshotTree(world.dist);
    const everything = worldBytes(world.root);
    const refs = refsAndState(world);

    const result = await runCli(argv, {
      cwd: testCase.cwd ? testCase.cwd(world) : world.root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...testCase.env },
    });

    const output = `${result.stdout}\n${result.stderr}`;
    expect(output, 'no internal error').not.toMatch(/internal error|\n {4}at /);
    expect(result.code, `exit code; stderr: ${result.stderr.slice(-600)}`).toBe(testCase.code ?? 2);
    // The build's progress lines (`govpages: ...`) aside, stderr is the one error line.
    const lines = result.stderr.split('\n').filter((line, index, all) => !PROGRESS.test(line) && !(index === all.length - 1 && line === ''));
    if (testCase.report) {
      expect(lines, 'a policy failure prints no error').toEqual([]);
      expect(result.stdout.split('\n'), 'the report names the file and where').toContainEqual(expect.stringMatching(testCase.report));
      expect(result.stdout, 'printable').not.toMatch(UNPRINTABLE);
    } else {
      expect(result.stderr.endsWith('\n'), 'stderr ends with a newline').toBe(true);
      expect(lines, `stderr is one error line: ${JSON.stringify(lines).slice(0, 600)}`).toHaveLength(1);
      assertErrorLine(lines[0]!, argv[0]!, world, testCase);
    }

    expect(snapshotTree(world.dist), 'the previous dist/ is untouched').toEqual(dist);
    expect(worldBytes(world.root), 'the work tree and everything beside it are untouched').toEqual(everything);
    expect(refsAndState(world), 'refs and the state branch are untouched').toBe(refs);
  } finally {
    rmSync(world.root, { recursive: true, force: true });
  }
}

/** Registers one test per case over a fixture published once for the file. */
export function corpus(cases: readonly BadInputCase[]): void {
  let fixture = '';
  beforeAll(async () => {
    fixture = await publishFixture();
  });
  afterAll(() => {
    if (fixture) rmSync(fixture, { recursive: true, force: true });
  });
  const names = new Set<string>();
  for (const testCase of cases) {
    if (names.has(testCase.name)) throw new Error(`duplicate case name: ${testCase.name}`);
    names.add(testCase.name);
    it(testCase.name, () => runCase(fixture, testCase));
  }
}
