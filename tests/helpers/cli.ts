import { main } from '../../src/cli/main.ts';

/** Runs `govpages <argv>` in-process with captured output. */
export async function runCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
