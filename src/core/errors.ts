import { printable, printableLines } from './printable.ts';

/**
 * Errors that reach the user. Every failure the user can cause is a GovpagesError carrying the exit
 * code the seed prescribes (2 bad usage or input, 1 policy failure); the CLI turns it into one
 * paragraph on stderr in one place (`src/cli/main.ts`), never a stack trace.
 */
export type ExitCode = 0 | 1 | 2;

export interface ErrorLocation {
  /** File the problem is in, relative to the repository where possible. */
  file?: string;
  /** JSON path (`$.alerts[3].severity`) or `line N` inside the file. */
  where?: string;
}

export class GovpagesError extends Error {
  readonly exitCode: ExitCode;
  readonly location: ErrorLocation;
  constructor(message: string, exitCode: ExitCode, location: ErrorLocation = {}) {
    super(message);
    this.name = 'GovpagesError';
    this.exitCode = exitCode;
    this.location = location;
  }
}

/** Bad input: a file that is missing, malformed or breaks its schema. Exit code 2. */
export class InputError extends GovpagesError {
  constructor(message: string, location: ErrorLocation = {}) {
    super(message, 2, location);
    this.name = 'InputError';
  }
}

/** Bad command line. Exit code 2. */
export class UsageError extends GovpagesError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** A governance policy failed (lint error, SemVer fail, ...). Exit code 1. */
export class PolicyError extends GovpagesError {
  constructor(message: string, location: ErrorLocation = {}) {
    super(message, 1, location);
    this.name = 'PolicyError';
  }
}

/**
 * One paragraph: `file: where: message`, printable: a file name, an option or an input may carry
 * control characters or bidi overrides, written as `\\uXXXX` escapes (line breaks of the message kept).
 */
export function formatError(error: GovpagesError): string {
  const prefix = [error.location.file, error.location.where]
    .filter((part): part is string => Boolean(part))
    .map((part) => printable(part))
    .join(': ');
  const message = printableLines(error.message);
  return prefix ? `${prefix}: ${message}` : message;
}
