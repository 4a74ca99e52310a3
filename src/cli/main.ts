import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runInterruptCleanups } from '../core/cleanup.ts';
import { formatError, GovpagesError } from '../core/errors.ts';
import { printable } from '../core/printable.ts';
import type { Command, Io } from './command.ts';

/**
 * Commands load lazily so that `govpages diff` or `verify` never pays for the site builder.
 */
const commands: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  build: { summary: 'compute the status of a repository and write the site, badges and status JSON', load: () => import('./commands/build.ts') },
  lint: { summary: 'lint the alert taxonomy and check coverage against Prometheus rules', load: () => import('./commands/lint.ts') },
  init: { summary: 'set a repository up: config, alert taxonomy from its Prometheus rules, Pages workflow', load: () => import('./commands/init.ts') },
  demo: { summary: 'create the demo governance repository (six months of backdated history)', load: () => import('./commands/demo.ts') },
  diff: { summary: 'diff two OpenAPI documents and classify breaking changes', load: () => import('./commands/diff.ts') },
  keygen: { summary: 'make an Ed25519 signing key pair', load: () => import('./commands/keygen.ts') },
  verify: { summary: 'verify a published build (checksums, signature, audit archive)', load: () => import('./commands/verify.ts') },
  notify: { summary: 'POST the governance_notice webhook for a built site', load: () => import('./commands/notify.ts') },
  probe: { summary: 'run the configured HTTP and environment checks and record the results', load: () => import('./commands/probe.ts') },
  ports: { summary: 'port registry: check the registry, scan a directory for hard-coded ports', load: () => import('./commands/ports.ts') },
  catalog: { summary: 'repository metadata and policies: enforce, report, checkpoint (--baseline)', load: () => import('./commands/catalog.ts') },
};

function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `usage: govpages <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'govpages <command> --help' for a command's options; 'govpages --version' prints the version.\n`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    const { GOVPAGES_VERSION } = await import('../core/version.ts');
    io.stdout(`${GOVPAGES_VERSION}\n`);
    return 0;
  }
  const load = commands[name]?.load;
  if (!load) {
    io.stderr(`govpages: error: ${printable(`unknown command '${name}' (expected ${Object.keys(commands).join(', ')}; see 'govpages --help')`)}\n`);
    return 2;
  }
  try {
    const command = (await load()).default;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      io.stderr(`govpages ${name}: error: ${printable(usageProblem(error as Error))} (see 'govpages ${name} --help')\n`);
      return 2;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof GovpagesError) {
      io.stderr(`govpages ${name}: error: ${formatError(error)}\n`);
      return error.exitCode;
    }
    const detail = io.env.GOVPAGES_DEBUG ? (error as Error).stack : printable((error as Error).message);
    io.stderr(`govpages ${name}: internal error: ${detail}\n(this is a bug in govpages; set GOVPAGES_DEBUG=1 for the stack)\n`);
    return 70;
  }
}

/**
 * node:util parseArgs' message as one clause: "unknown option '--outt'", "option '--out <value>'
 * argument missing", "unexpected argument 'x'" (its advice on `--` and positionals left out).
 */
function usageProblem(error: Error): string {
  const first = error.message.split(/\. (?=To specify|This command)/)[0]!.replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * For the process entry points: on Ctrl-C or a cancelled CI job, remove the staging and scratch
 * folders in progress before exiting (130 and 143, as shells report the signals).
 */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      runInterruptCleanups();
      process.exit(code);
    });
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  cleanUpOnSignals();
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
