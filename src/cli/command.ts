import type { ParseArgsConfig } from 'node:util';

/** What a command can write to; tests pass their own to capture output. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * A command is a declaration: its name, its usage text, its options for `node:util` parseArgs, and
 * `run`, which parses nothing itself, calls one pipeline function, prints and returns the exit
 * code. Errors are thrown as GovpagesError and become exit codes in `main.ts`, which also holds the
 * one-line summaries (the commands load lazily, so the summaries cannot live in them).
 */
export interface Command {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(args: ParsedArgs, io: Io): Promise<number>;
}
