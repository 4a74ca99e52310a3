import { UsageError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import type { PortsScanReport, PortsSection } from '../../model/ports.ts';
import { checkWorkTreeRegistry, scanWorkTreePorts } from '../../pipeline/work-tree/ports.ts';
import { portsMarkdown } from '../../publish/files/ports.ts';
import type { Command, Io } from '../command.ts';

const usage = `usage: govpages ports check [--repo DIR] [--registry FILE] [--json | --markdown]
       govpages ports scan DIR [--registry FILE] [--all] [--json]

  check   validate the port registry: exit 0 when clean, 1 on a conflict or a port outside its
          range, 2 when the registry is missing, malformed or breaks its schema
  scan    list hard-coded port numbers in compose files, .env files, JS/TS, Python and YAML
          under DIR that the registry does not own (--all: owned ones too); exit 1 when any

options:
  --repo DIR        repository holding govpages.config.json (default: current directory)
  --registry FILE   registry file (default: sources.ports.path, else config/ports/registry.yaml)
  --all             scan: also list ports the registry owns
  --json            machine-readable output
  --markdown        check: print the generated PORTS.md table`;

const command: Command = {
  name: 'ports',
  usage,
  options: {
    repo: { type: 'string' },
    registry: { type: 'string' },
    all: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
  },
  allowPositionals: true,
  async run(args, io) {
    const [action, ...rest] = args.positionals;
    if (action === 'check') {
      if (rest.length) throw new UsageError(`ports check takes no positional arguments (see 'govpages ports --help')`);
      return check(args.values, io);
    }
    if (action === 'scan') {
      if (rest.length !== 1) throw new UsageError(`ports scan needs exactly one directory, got ${rest.length} (see 'govpages ports --help')`);
      return scan(rest[0]!, args.values, io);
    }
    throw new UsageError(`${action ? `unknown action '${action}'` : 'missing action'} (expected check or scan; see 'govpages ports --help')`);
  },
};

export default command;

/** Exit 1 on any registry error (a conflict, a port outside its range). */
async function check(values: Values, io: Io): Promise<number> {
  const section = await checkWorkTreeRegistry({ cwd: io.cwd, repo: text(values.repo), registry: text(values.registry), env: io.env });
  io.stdout(values.json ? stableJson(section) : values.markdown ? portsMarkdown(section) : checkText(section));
  return section.summary.errors > 0 ? 1 : 0;
}

/** Exit 1 when any hard-coded port is reported. */
async function scan(dir: string, values: Values, io: Io): Promise<number> {
  const report = await scanWorkTreePorts({ cwd: io.cwd, dir, registry: text(values.registry), all: values.all === true, env: io.env });
  io.stdout(values.json ? stableJson(report) : scanText(report));
  return report.hardcoded.length > 0 ? 1 : 0;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function text(value: Values[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function checkText(section: PortsSection): string {
  const { services, host_ports, errors, warnings } = section.summary;
  const findings = section.findings.map((finding) => `${section.registry}:${finding.lines[0]}: ${finding.level}: [${finding.rule}] ${finding.message}\n`);
  return `${findings.join('')}${section.registry}: ${services} services, ${host_ports} host ports, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}

function scanText(report: PortsScanReport): string {
  const hits = report.hardcoded.map((hit) => {
    const owner = hit.owners.length ? `owned by ${hit.owners.join(', ')}` : 'not in the registry';
    return `${hit.file}:${hit.line}: port ${hit.port} (${hit.pattern}, ${owner}): ${hit.text}\n`;
  });
  const registry = report.registry ? ` (registry ${report.registry})` : ' (no registry found: every port counts)';
  return `${hits.join('')}${plural(report.hardcoded.length, 'hard-coded port')} in ${report.files_scanned} files scanned${registry}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
