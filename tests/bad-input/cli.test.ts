import { join } from 'node:path';
import { describe } from 'vitest';
import { type BadInputCase, buildArgs, corpus, NOW, type World } from './harness.ts';

/** The command line: options of every command, --now, --repo and --out. */
const HELP = (command: string) => new RegExp(`\\(see 'govpages ${command} --help'\\)$`);
const build = (world: World, ...extra: string[]) => ['build', '--repo', world.repo, ...extra];

const usage: BadInputCase[] = [
  { name: 'no such command', argv: () => ['bulid'], unknownCommand: true, message: /^unknown command 'bulid' \(expected build, .*; see 'govpages --help'\)$/ },
  // Every command: an unknown option, an option without its value, an unexpected argument.
  ...['build', 'lint', 'diff', 'verify', 'keygen', 'demo', 'notify', 'probe', 'ports', 'catalog'].map((command) => ({
    name: `${command}: an unknown option`,
    argv: () => [command, '--colour'],
    message: new RegExp(`^unknown option '--colour' ${HELP(command).source}`),
  })),
  ...[
    ['build', '--out'],
    ['lint', '--repo'],
    ['diff', '--format'],
    ['verify', '--timeout'],
    ['notify', '--url'],
    ['probe', '--config'],
    ['ports', '--registry'],
    ['catalog', '--now'],
  ].map(([command, option]) => ({
    name: `${command}: ${option} without its value`,
    argv: () => [command!, option!],
    message: new RegExp(`^option '(-\\w, )?${option} <value>' argument missing ${HELP(command!).source}`),
  })),
  ...['build', 'lint', 'keygen', 'demo', 'notify', 'probe'].map((command) => ({
    name: `${command}: an unexpected argument`,
    argv: () => [command, 'extra'],
    message: new RegExp(`^unexpected argument 'extra' ${HELP(command).source}`),
  })),
  { name: 'build: an option with an escape sequence', argv: () => ['build', '--\u001b[2Jx'], message: /^unknown option '--\\u001b\[2Jx'/ },
  { name: 'diff: one file', argv: () => ['diff', 'a.yaml'], message: /expected two files, OLD and NEW \(got 1\)/ },
  { name: 'diff: three files', argv: () => ['diff', 'a.yaml', 'b.yaml', 'c.yaml'], message: /expected two files, OLD and NEW \(got 3\)/ },
  { name: 'diff: an unknown format', argv: () => ['diff', '--format', 'xml', 'a.yaml', 'b.yaml'], message: /unknown --format "xml"/ },
  { name: 'verify: no directory', argv: () => ['verify'], message: /verify takes one DIR or URL, got 0/ },
  { name: 'verify: two directories', argv: (world) => ['verify', world.dist, world.dist], message: /verify takes one DIR or URL, got 2/ },
  { name: 'verify: --timeout abc', argv: (world) => ['verify', world.dist, '--timeout', 'abc'], message: /--timeout takes a number of seconds above 0/ },
  { name: 'verify: --timeout 0', argv: (world) => ['verify', world.dist, '--timeout', '0'], message: /--timeout takes a number of seconds above 0/ },
  { name: 'verify: --timeout -5', argv: (world) => ['verify', world.dist, '--timeout=-5'], message: /--timeout takes a number of seconds above 0/ },
  { name: 'verify: --rebuild of a URL', argv: () => ['verify', 'https://example.org/', '--rebuild'], message: /--rebuild compares a directory/ },
  { name: 'notify: no URL', argv: (world) => ['notify', '--dir', world.dist], message: /no webhook URL/ },
  {
    name: 'notify: a URL that is not http',
    argv: (world) => ['notify', '--dir', world.dist, '--url', 'file:///etc/passwd'],
    message: /must start with http:\/\/ or https:\/\//,
  },
  {
    name: 'notify: --timeout-ms abc',
    argv: (world) => ['notify', '--dir', world.dist, '--url', 'http://127.0.0.1:9/', '--timeout-ms', 'abc'],
    message: /--timeout-ms must be an integer >= 100, got "abc"/,
  },
  {
    name: 'notify: --timeout-ms 50',
    argv: (world) => ['notify', '--dir', world.dist, '--url', 'http://127.0.0.1:9/', '--timeout-ms', '50'],
    message: /--timeout-ms must be an integer >= 100/,
  },
  {
    name: 'notify: --retries 1.5',
    argv: (world) => ['notify', '--dir', world.dist, '--url', 'http://127.0.0.1:9/', '--retries', '1.5'],
    message: /--retries must be an integer >= 0/,
  },
  {
    name: 'notify: --retries -1',
    argv: (world) => ['notify', '--dir', world.dist, '--url', 'http://127.0.0.1:9/', '--retries=-1'],
    message: /--retries must be an integer >= 0/,
  },
  { name: 'ports: no action', argv: () => ['ports'], message: /missing action \(expected check or scan/ },
  { name: 'ports: an unknown action', argv: () => ['ports', 'list'], message: /unknown action 'list'/ },
  { name: 'ports: check with an argument', argv: () => ['ports', 'check', 'x'], message: /ports check takes no positional arguments/ },
  { name: 'ports: scan without a directory', argv: () => ['ports', 'scan'], message: /ports scan needs exactly one directory, got 0/ },
  { name: 'catalog: an unknown action', argv: (world) => ['catalog', 'audit', '--repo', world.repo], message: /unknown action 'audit'/ },
  { name: 'catalog: two actions', argv: (world) => ['catalog', 'report', 'enforce', '--repo', world.repo], message: /unexpected argument 'enforce'/ },
  {
    name: 'catalog: --baseline with enforce',
    argv: (world) => ['catalog', 'enforce', '--baseline', '--repo', world.repo],
    message: /--baseline belongs to 'catalog checkpoint'/,
  },
  { name: 'keygen: --endorse without the old key', argv: () => ['keygen', '--endorse'], message: /--endorse needs the old key/ },
  {
    name: 'keygen: --endorse with a broken key',
    argv: () => ['keygen', '--endorse'],
    env: { GOV_SIGNING_PRIVATE_KEY: '%%%' },
    message: /GOV_SIGNING_PRIVATE_KEY/,
  },
];

const now: BadInputCase[] = [
  ['12', /not a date and time with an offset/],
  ['yesterday', /not a date and time with an offset/],
  ['2026-01-21', /not a date and time with an offset/],
  ['2026-01-21T00:00:00', /not a date and time with an offset/],
  ['2026-01-21 00:00:00Z', /not a date and time with an offset/],
  ['2026-13-01T00:00:00Z', /not a date and time with an offset/],
  ['2026-02-30T00:00:00Z', /not a date and time with an offset/],
  ['2026-01-21T00:00:00+25:00', /not a date and time with an offset/],
  ['+275760-09-13T00:00:00Z', /not a date and time with an offset/],
  ['10000-01-01T00:00:00Z', /not a date and time with an offset|out of range/],
  ['', /not a date and time with an offset/],
  ['\u202E2026-01-21T00:00:00Z', /not a date and time with an offset/],
].map(([value, message]) => ({
  name: `build: --now ${JSON.stringify(value)}`,
  argv: (world: World) => build(world, '--out', world.dist, '--now', value as string),
  message: message as RegExp,
}));
now.push(
  { name: 'lint: --now 12', argv: (world) => ['lint', '--repo', world.repo, '--now', '12'], message: /--now "12" is not a date/ },
  { name: 'catalog: --now 2026', argv: (world) => ['catalog', '--repo', world.repo, '--now', '2026'], message: /--now "2026" is not a date/ },
  { name: 'probe: --now tomorrow', argv: (world) => ['probe', '--repo', world.repo, '--now', 'tomorrow'], message: /--now "tomorrow" is not a date/ },
);

const repo: BadInputCase[] = [
  {
    name: 'build: --repo that does not exist',
    argv: (world) => ['build', '--repo', join(world.root, 'nope'), '--out', world.dist, '--now', NOW],
    file: (world) => join(world.root, 'nope'),
    message: /directory not found/,
  },
  {
    name: 'build: --repo that is a file',
    setup: (world) => world.write({ '../file': 'x' }),
    argv: (world) => ['build', '--repo', join(world.root, 'file'), '--out', world.dist, '--now', NOW],
    file: (world) => join(world.root, 'file'),
    message: /directory not found/,
  },
  {
    name: 'build: --repo that is not a git repository',
    setup: (world) => world.write({ '../plain/a.txt': 'x' }),
    argv: (world) => ['build', '--repo', join(world.root, 'plain'), '--out', world.dist, '--now', NOW],
    file: (world) => join(world.root, 'plain'),
    message: /not a git repository/,
  },
  {
    name: 'build: --repo without commits',
    setup: (world) => {
      world.write({ '../empty/.keep': '' });
      world.git(['init', '--quiet', join(world.root, 'empty')]);
    },
    argv: (world) => ['build', '--repo', join(world.root, 'empty'), '--out', world.dist, '--now', NOW],
    file: (world) => join(world.root, 'empty'),
    message: /no commits yet/,
  },
  {
    name: 'build: --repo a shallow clone',
    setup: (world) => world.git(['clone', '--quiet', '--depth', '1', `file://${world.repo}`, join(world.root, 'shallow')]),
    argv: (world) => ['build', '--repo', join(world.root, 'shallow'), '--out', world.dist, '--now', NOW],
    file: (world) => join(world.root, 'shallow'),
    message: /shallow clone.*fetch-depth: 0/,
  },
];

const out: BadInputCase[] = [
  {
    name: 'build: --out the repository',
    argv: (world) => build(world, '--out', world.repo, '--now', NOW),
    file: (world) => world.repo,
    message: /^the output folder is the repository itself .*; nothing was changed$/,
  },
  {
    name: 'build: --out a folder that contains the repository',
    argv: (world) => build(world, '--out', world.root, '--now', NOW),
    file: (world) => world.root,
    message: /contains the repository/,
  },
  {
    name: 'build: --out a folder of tracked files',
    argv: (world) => build(world, '--out', join(world.repo, 'repos'), '--now', NOW),
    file: (world) => join(world.repo, 'repos'),
    message: /holds files tracked by git/,
  },
  {
    name: 'build: --out .git',
    argv: (world) => build(world, '--out', join(world.repo, '.git'), '--now', NOW),
    file: (world) => join(world.repo, '.git'),
    message: /not written by govpages/,
  },
  {
    name: 'build: --out "" (the current directory)',
    setup: (world) => world.write({ '../here/keep.txt': 'mine' }),
    cwd: (world) => join(world.root, 'here'),
    argv: (world) => build(world, '--out', '', '--now', NOW),
    file: (world) => join(world.root, 'here'),
    message: /is the current directory/,
  },
  {
    name: 'build: --out . (the current directory)',
    setup: (world) => world.write({ '../here/keep.txt': 'mine' }),
    cwd: (world) => join(world.root, 'here'),
    argv: (world) => build(world, '--out', '.', '--now', NOW),
    file: (world) => join(world.root, 'here'),
    message: /is the current directory/,
  },
  {
    name: 'build: --out an existing file',
    setup: (world) => world.write({ '../site': 'a file' }),
    argv: (world) => build(world, '--out', join(world.root, 'site'), '--now', NOW),
    file: (world) => join(world.root, 'site'),
    message: /is a file/,
  },
  {
    name: "build: --out somebody else's folder",
    setup: (world) => world.write({ '../photos/cat.jpg': 'meow' }),
    argv: (world) => build(world, '--out', join(world.root, 'photos'), '--now', NOW),
    file: (world) => join(world.root, 'photos'),
    message: /is not empty and was not written by govpages/,
  },
  {
    name: 'build: --out a folder inside the previous output',
    argv: (world) => build(world, '--out', join(world.dist, 'status'), '--now', NOW),
    file: (world) => join(world.dist, 'status'),
    message: /is not empty and was not written by govpages/,
  },
  {
    name: 'build: --out a link to the repository',
    setup: (world) => world.write({ '../link': { symlink: world.repo } }),
    argv: (world) => build(world, '--out', join(world.root, 'link'), '--now', NOW),
    file: (world) => join(world.root, 'link'),
    message: /repository|not written by govpages/,
  },
  {
    name: 'build: --out under a file',
    setup: (world) => world.write({ '../site': 'a file' }),
    argv: (world) => build(world, '--out', join(world.root, 'site', 'x', 'y'), '--now', NOW),
    file: (world) => join(world.root, 'site'),
    message: /is not a folder, so the output folder cannot be created in it/,
  },
  {
    name: 'build: --out /dev/null/x',
    argv: (world) => build(world, '--out', '/dev/null/x', '--now', NOW),
    file: '/dev/null',
    message: /is not a folder, so the output folder cannot be created in it/,
  },
  { name: 'build: --out /', argv: (world) => build(world, '--out', '/', '--now', NOW), file: '/', message: /contains the repository/ },
  { name: 'build: --no-state with --fresh-state', argv: (world) => buildArgs(world, '--no-state', '--fresh-state'), message: /exclude each other/ },
  { name: 'build: --now with --reproducible', argv: (world) => buildArgs(world, '--reproducible'), message: /exclude each other/ },
  {
    name: 'demo: --out a folder that is not empty',
    argv: (world) => ['demo', '--out', world.repo],
    file: (world) => world.repo,
    message: /exists and is not empty/,
  },
  {
    name: 'demo: --out the repository with --force',
    argv: (world) => ['demo', '--out', world.repo, '--force'],
    file: (world) => world.repo,
    message: /is not a demo repository made by govpages demo/,
  },
];

describe('bad input: the command line', () => {
  corpus([...usage, ...now, ...repo, ...out]);
});
