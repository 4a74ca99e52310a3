import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('govpages entry point', () => {
  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists every command in its help and exits 2 without one', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    for (const command of ['build', 'lint', 'demo', 'diff', 'keygen', 'verify', 'notify', 'probe', 'ports', 'catalog']) {
      expect(bare.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect((await runCli(['help'])).code).toBe(0);
  });

  it('names an unknown command and an unknown option, exit 2', async () => {
    const unknown = await runCli(['bulid']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^govpages: error: unknown command 'bulid' \(expected build, lint, .*; see 'govpages --help'\)\n$/);
    const option = await runCli(['build', '--outt', 'x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("govpages build: error: unknown option '--outt' (see 'govpages build --help')\n");
  });

  it("prints a command's usage with --help", async () => {
    const help = await runCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: govpages build/);
  });
});
