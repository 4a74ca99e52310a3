import { execFile } from 'node:child_process';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

const MAX_BUFFER = 1 << 30;

/**
 * Runs one git command and resolves with its output and exit code; never throws for a non-zero
 * exit, so callers decide what a failure means for the user. Output is read as UTF-8 text: use
 * `readBlobs` for contents.
 */
export function runGit(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ stdout, stderr, code: error ? Number(error.code) : 0 });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
