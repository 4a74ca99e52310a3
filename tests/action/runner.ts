import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Runs action.yml's steps the way a GitHub runner runs a composite action, close enough to catch
 * what the YAML gets wrong: each `run:` step as `bash --noprofile --norc -eo pipefail` with its
 * `${{ }}` expressions substituted, its `env:`, its `working-directory`, and fresh GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files; `if:` conditions evaluated (and the default: skip after a failure);
 * outputs read back into `steps.<id>.outputs`. `uses:` steps are not run: setup-node is the Node
 * on PATH, actions/cache is a cache miss (its inputs are recorded). No git identity and no user
 * config (an empty HOME), and `npm` is a stub that only records how it was called.
 */

export const ACTION_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface ActionFile {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepRun {
  name: string;
  skipped: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  with?: Record<string, string>;
}

export interface ActionRun {
  steps: StepRun[];
  /** The exit code of the step that failed, or 0. */
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  npmCalls: string[];
}

export function readAction(): ActionFile {
  return parse(readFileSync(join(ACTION_ROOT, 'action.yml'), 'utf8')) as ActionFile;
}

export function runAction(options: { workspace: string; scratch: string; inputs?: Record<string, string>; cacheHit?: boolean }): ActionRun {
  const action = readAction();
  if (action.runs.using !== 'composite') throw new Error(`runs.using is ${action.runs.using}`);
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) inputs[name] = String(input.default ?? '');
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in inputs)) throw new Error(`action.yml has no input ${name}`);
    inputs[name] = value;
  }
  const temp = join(options.scratch, 'runner-temp');
  const home = join(options.scratch, 'home');
  const stubs = join(options.scratch, 'stubs');
  for (const dir of [temp, home, stubs]) mkdirSync(dir, { recursive: true });
  const npmLog = join(options.scratch, 'npm-calls.log');
  writeFileSync(npmLog, '');
  writeFileSync(join(stubs, 'npm'), '#!/bin/sh\necho "$PWD $*" >> "$NPM_LOG"\n');
  chmodSync(join(stubs, 'npm'), 0o755);

  const context: Record<string, string> = {
    'github.action_path': ACTION_ROOT.replace(/\/$/, ''),
    'github.workspace': options.workspace,
    'runner.os': 'Linux',
    'runner.arch': 'X64',
    'runner.temp': temp,
  };
  const stepOutputs: Record<string, Record<string, string>> = {};
  const lookup = (name: string): string => {
    if (name.startsWith('inputs.')) {
      const key = name.slice('inputs.'.length);
      if (!(key in inputs)) throw new Error(`unknown input in an expression: ${name}`);
      return inputs[key]!;
    }
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(name);
    if (step) return stepOutputs[step[1]!]?.[step[2]!] ?? '';
    if (name in context) return context[name]!;
    throw new Error(`expression not supported by the test runner: ${name}`);
  };
  // The few expression forms action.yml uses: a context value, or one comparison with a string.
  const evaluate = (expression: string): string | boolean => {
    const trimmed = expression.trim();
    const comparison = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(trimmed);
    if (comparison) return (lookup(comparison[1]!) === comparison[3]) === (comparison[2] === '==');
    if (/^[\w.-]+$/.test(trimmed)) return lookup(trimmed);
    throw new Error(`expression not supported by the test runner: ${trimmed}`);
  };
  const substitute = (text: string): string => text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression)));
  const condition = (text: string): boolean => {
    const inner = /^\s*\$\{\{(.*)\}\}\s*$/.exec(text);
    return evaluate(inner ? inner[1]! : text) === true;
  };

  const runs: StepRun[] = [];
  let failed = 0;
  let summary = '';
  action.runs.steps.forEach((step, index) => {
    const name = step.name ?? step.uses ?? `step ${index + 1}`;
    const skip = failed !== 0 || (step.if !== undefined && !condition(step.if));
    if (skip) {
      runs.push({ name, skipped: true, exitCode: null, stdout: '', stderr: '' });
      return;
    }
    if (step.uses) {
      const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value))]));
      if (step.id) stepOutputs[step.id] = step.uses.startsWith('actions/cache/restore@') ? { 'cache-hit': options.cacheHit ? 'true' : '' } : {};
      runs.push({ name, skipped: false, exitCode: 0, stdout: '', stderr: '', with: withValues });
      return;
    }
    if (step.shell !== 'bash') throw new Error(`${name}: shell is ${step.shell}, expected bash`);
    const script = join(temp, `step-${index}.sh`);
    writeFileSync(script, substitute(step.run ?? ''));
    const outputFile = join(temp, `output-${index}`);
    const summaryFile = join(temp, `summary-${index}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string> = {
      PATH: [stubs, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: context['github.action_path']!,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      NPM_LOG: npmLog,
      // The action's checkout holds no lib/; run the sources as it then does, never a stale lib/.
      GOVPAGES_FROM_SOURCE: '1',
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value));
    const cwd = step['working-directory'] ? substitute(step['working-directory']) : options.workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 240_000 });
    if (step.id) stepOutputs[step.id] = parseOutputFile(readFileSync(outputFile, 'utf8'));
    summary += readFileSync(summaryFile, 'utf8');
    runs.push({ name, skipped: false, exitCode: result.status, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0) failed = result.status ?? 1;
  });
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value)]));
  const npmCalls = readFileSync(npmLog, 'utf8').split('\n').filter(Boolean);
  return { steps: runs, exitCode: failed, outputs, summary, npmCalls };
}

/** GITHUB_OUTPUT lines: `name=value`, or `name<<DELIMITER` ... `DELIMITER` for several lines. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: ${heredoc[1]} has no closing ${heredoc[2]}`);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line !== '') {
      throw new Error(`GITHUB_OUTPUT: malformed line ${JSON.stringify(line)}`);
    }
  }
  return outputs;
}
