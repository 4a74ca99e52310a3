import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { type BadInputCase, buildArgs, config, corpus, editState, PATHS, STATE_BRANCH, stateFile, type World } from './harness.ts';

/** The state branch a previous build wrote: its ref, its tree and every state file. */
const REF = `refs/heads/${STATE_BRANCH}`;
const LOG = 'archive/log.jsonl';
const at = (path: string) => `${STATE_BRANCH}:${path}`;
const firstLogLine = (world: World) => stateFile(world, LOG).split('\n')[0]!;
const entry = (world: World) => JSON.parse(firstLogLine(world)) as Record<string, unknown>;

const ref: BadInputCase[] = [
  {
    name: 'the state ref names a blob',
    setup: (world) => world.write({ [`.git/${REF}`]: `${world.git(['hash-object', '-w', '--stdin'], 'not a commit\n')}\n` }),
    file: REF,
    message: /does not point at a commit.*--fresh-state/,
  },
  {
    name: 'the state ref names a tree',
    setup: (world) => world.write({ [`.git/${REF}`]: `${world.git(['rev-parse', `${REF}^{tree}`])}\n` }),
    file: REF,
    message: /does not point at a commit.*--fresh-state/,
  },
  {
    name: 'the state ref names a missing object',
    setup: (world) => world.write({ [`.git/${REF}`]: '0123456789abcdef0123456789abcdef01234567\n' }),
    file: REF,
    message: /does not point at a commit.*--fresh-state/,
  },
  {
    name: 'the state commit lost a state file object',
    setup: (world) => {
      const blob = world.git(['rev-parse', `${REF}:${LOG}`]);
      rmSync(join(world.repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    },
    file: at(LOG),
    message: /missing.*--fresh-state/,
  },
  {
    name: 'the state ref is a symbolic ref to main',
    setup: (world) => world.git(['symbolic-ref', REF, 'refs/heads/main']),
    file: REF,
    message: /checked out|not written by govpages/,
  },
  {
    name: 'the state branch was written by someone else',
    setup: (world) => {
      editState(world, { '.govpages-state': null }, { replaceTip: true });
      world.git(['update-ref', REF, world.git(['commit-tree', `${REF}^{tree}`, '-m', 'mine'])]);
    },
    file: REF,
    message: /not written by govpages/,
  },
  {
    name: 'the state branch is checked out in another work tree',
    setup: (world) => world.git(['worktree', 'add', '--quiet', join(world.root, 'state-wt'), STATE_BRANCH]),
    file: REF,
    message: /is checked out in a work tree/,
  },
  {
    name: 'state.branch names the checked-out branch',
    files: { [PATHS.config]: config({ state: { branch: 'main' } }) },
    file: 'refs/heads/main',
    message: /is checked out/,
  },
  {
    name: 'state.branch names a branch that is not govpages state',
    setup: (world) => {
      world.git(['branch', 'notes', 'main']);
      world.write({ [PATHS.config]: config({ state: { branch: 'notes' } }) });
      world.commit();
    },
    file: 'refs/heads/notes',
    message: /not written by govpages/,
  },
];

const log: BadInputCase[] = [
  {
    name: 'archive log truncated (no final newline)',
    setup: (world) => editState(world, { [LOG]: firstLogLine(world) }),
    file: at(LOG),
    where: /line 1/,
    message: /does not end with a newline \(truncated\?\)/,
  },
  {
    name: 'archive log cut in the middle of a line',
    setup: (world) => editState(world, { [LOG]: `${firstLogLine(world).slice(0, 40)}\n` }),
    file: at(LOG),
    where: /line 1/,
    message: /malformed JSON line/,
  },
  {
    name: 'archive log line not canonical (spaces)',
    setup: (world) => editState(world, { [LOG]: `${JSON.stringify(entry(world), null, 1).replaceAll('\n', '')}\n` }),
    file: at(LOG),
    where: /line 1/,
    message: /not in RFC 8785 canonical form/,
  },
  {
    name: 'archive log line not canonical (key order)',
    setup: (world) => {
      const { commit, ...rest } = entry(world);
      editState(world, { [LOG]: `${JSON.stringify({ commit, ...rest })}\n` });
    },
    file: at(LOG),
    where: /line 1/,
    message: /not in RFC 8785 canonical form/,
  },
  {
    name: 'archive log with a blank line',
    setup: (world) => editState(world, { [LOG]: `${firstLogLine(world)}\n\n${firstLogLine(world)}\n` }),
    file: at(LOG),
    where: /line 2/,
    message: /blank line/,
  },
  {
    name: 'archive log entry with an unknown key',
    setup: (world) => editState(world, { [LOG]: `${JSON.stringify({ ...entry(world), zzz: 1 })}\n` }),
    file: at(LOG),
    where: /line 1: \$\.zzz/,
    message: /unknown key "zzz"/,
  },
  {
    name: 'archive log entry with an aggregate that is not hex',
    setup: (world) => editState(world, { [LOG]: `${JSON.stringify({ ...entry(world), aggregate_sha256: 'x'.repeat(64) })}\n` }),
    file: at(LOG),
    where: /line 1: \$\.aggregate_sha256/,
    message: /./,
  },
  {
    name: 'archive log with binary content',
    setup: (world) => editState(world, { [LOG]: '\u0000\u0001\u00ff\n' }),
    file: at(LOG),
    where: /line 1/,
    message: /malformed JSON line/,
  },
  {
    name: 'archive log truncated on the first state commit',
    setup: (world) => editState(world, { [LOG]: firstLogLine(world) }, { replaceTip: true }),
    file: at(LOG),
    where: /line 1/,
    message: /does not end with a newline \(truncated\?\)/,
  },
  {
    name: 'archive log emptied on top of a log with entries',
    setup: (world) => editState(world, { [LOG]: '' }),
    file: at(LOG),
    message: /does not extend the log of the previous state commit.*--fresh-state/,
  },
  {
    name: 'archive log rewritten on top of a log with entries',
    setup: (world) => editState(world, { [LOG]: `${JSON.stringify({ ...entry(world), count: 1 })}\n` }),
    file: at(LOG),
    message: /does not extend the log of the previous state commit/,
  },
];

const files: BadInputCase[] = [
  {
    name: 'notice-state.json is garbage',
    setup: (world) => editState(world, { 'api/notice-state.json': 'garbage\n' }, { replaceTip: true }),
    file: at('api/notice-state.json'),
    where: /line 1 column 1/,
    message: /malformed JSON/,
  },
  {
    name: 'notice-state.json with an unknown key',
    setup: (world) =>
      editState(
        world,
        { 'api/notice-state.json': JSON.stringify({ ...JSON.parse(stateFile(world, 'api/notice-state.json')), owed: [] }) },
        { replaceTip: true },
      ),
    file: at('api/notice-state.json'),
    where: /\$\.owed/,
    message: /unknown key "owed"/,
  },
  {
    name: 'notice-state.json is an empty object',
    setup: (world) => editState(world, { 'api/notice-state.json': '{}' }, { replaceTip: true }),
    file: at('api/notice-state.json'),
    where: /\$\.\w+/,
    message: /./,
  },
  {
    name: 'stability history with a malformed line',
    setup: (world) => editState(world, { 'api/stability-history.jsonl': `${stateFile(world, 'api/stability-history.jsonl')}{oops\n` }, { replaceTip: true }),
    file: at('api/stability-history.jsonl'),
    where: /line \d+/,
    message: /malformed JSON line/,
  },
  {
    name: 'stability history with an unknown key',
    setup: (world) => {
      const [first] = stateFile(world, 'api/stability-history.jsonl').split('\n');
      editState(world, { 'api/stability-history.jsonl': `${JSON.stringify({ ...JSON.parse(first!), extra: true })}\n` }, { replaceTip: true });
    },
    file: at('api/stability-history.jsonl'),
    where: /line 1: \$\.extra/,
    message: /unknown key "extra"/,
  },
  {
    name: 'a checkpoint with an unknown key',
    setup: (world) =>
      editState(
        world,
        { 'catalog/checkpoint-latest.json': JSON.stringify({ ...JSON.parse(stateFile(world, 'catalog/checkpoint-latest.json')), extra: 1 }) },
        { replaceTip: true },
      ),
    file: at('catalog/checkpoint-latest.json'),
    where: /\$\.extra/,
    message: /unknown key "extra"/,
  },
  {
    name: 'a checkpoint that is not JSON',
    setup: (world) => editState(world, { 'catalog/checkpoint-latest.json': '{"commit": ' }, { replaceTip: true }),
    file: at('catalog/checkpoint-latest.json'),
    where: /line 1 column \d+/,
    message: /malformed JSON/,
  },
  {
    name: 'a checkpoint history line that is not JSON',
    setup: (world) => editState(world, { 'catalog/checkpoint-history.jsonl': 'nope\n' }, { replaceTip: true }),
    file: at('catalog/checkpoint-history.jsonl'),
    where: /line 1/,
    message: /malformed JSON line/,
  },
  {
    name: 'a probe history line that is not JSON',
    setup: (world) => editState(world, { 'gates/probe-history.jsonl': '{"time": \n' }, { replaceTip: true }),
    file: at('gates/probe-history.jsonl'),
    where: /line 1/,
    message: /malformed JSON line/,
  },
  {
    name: 'a probe history line with an unknown status',
    setup: (world) =>
      editState(
        world,
        {
          'gates/probe-history.jsonl': `${JSON.stringify({ time: '2026-01-19T00:00:00.000Z', probe: 'api', type: 'http', status: 'green', response_ms: 5, http_status: 200, message: 'ok', commit: null })}\n`,
        },
        { replaceTip: true },
      ),
    file: at('gates/probe-history.jsonl'),
    where: /line 1: \$\.status/,
    message: /"green"/,
  },
  {
    name: '--fresh-state on a branch govpages did not write',
    setup: (world) => {
      world.git(['branch', 'notes', 'main']);
      world.write({ [PATHS.config]: config({ state: { branch: 'notes' } }) });
      world.commit();
    },
    argv: (world) => buildArgs(world, '--fresh-state'),
    file: 'refs/heads/notes',
    message: /not written by govpages/,
  },
];

describe('bad input: a damaged state branch', () => {
  corpus([...ref, ...log, ...files]);
});
