import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../../config/index.ts';
import { portsSourceSchema, type PortsSourceConfig } from '../../config/sources/ports.ts';
import { InputError, UsageError } from '../../core/errors.ts';
import { checkRegistry, portsMarkdown, portsSection } from '../../metrics/ports/index.ts';
import { stableJson } from '../../core/json.ts';
import { parseRegistry, type RegistryRecord } from '../../sources/ports/index.ts';
import { scanDirectory } from '../../sources/ports/scan-files.ts';
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
  summary: 'port registry tools',
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
      if (rest.length) throw new UsageError(`ports check takes no positional arguments\n\n${usage}`);
      return check(args.values, io);
    }
    if (action === 'scan') {
      if (rest.length !== 1) throw new UsageError(`ports scan needs exactly one directory\n\n${usage}`);
      return scan(rest[0]!, args.values, io);
    }
    throw new UsageError(`${action ? `unknown action '${action}'` : 'missing action'} (expected check or scan)\n\n${usage}`);
  },
};

export default command;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

async function check(values: Values, io: Io): Promise<number> {
  const repoDir = resolve(io.cwd, typeof values.repo === 'string' ? values.repo : '.');
  const source = portsConfig(repoDir, io);
  const { registry } = loadRegistry(repoDir, io, values, source, true)!;
  const section = portsSection(registry, checkRegistry(registry));
  if (values.json) io.stdout(stableJson(section));
  else if (values.markdown) io.stdout(portsMarkdown(section));
  else {
    const { services, host_ports, errors, warnings } = section.summary;
    for (const finding of section.findings) io.stdout(`${registry.file}:${finding.lines[0]}: ${finding.level}: [${finding.rule}] ${finding.message}\n`);
    io.stdout(`${registry.file}: ${services} services, ${host_ports} host ports, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return section.summary.errors > 0 ? 1 : 0;
}

async function scan(dir: string, values: Values, io: Io): Promise<number> {
  const root = resolve(io.cwd, dir);
  if (!existsSync(root)) throw new InputError('directory not found (expected a directory to scan)', { file: dir });
  const source = portsConfig(root, io);
  const loaded = loadRegistry(root, io, values, source, false);
  const registry = loaded?.registry ?? null;
  // The registry owns its ports, so it is not scanned when it lies inside DIR.
  const inside = loaded ? relative(root, loaded.absolute) : null;
  const result = await scanDirectory(root, registry, source.scan_exclude, inside && !inside.startsWith('..') ? inside : null);
  const reported = values.all ? result.hits : result.hits.filter((hit) => hit.owners.length === 0);
  if (values.json) {
    io.stdout(stableJson({ files_scanned: result.files_scanned, registry: result.registry, hardcoded: reported, unowned: result.hits.filter((hit) => hit.owners.length === 0).length }));
  } else {
    for (const hit of reported) {
      const owner = hit.owners.length ? `owned by ${hit.owners.join(', ')}` : 'not in the registry';
      io.stdout(`${hit.file}:${hit.line}: port ${hit.port} (${hit.pattern}, ${owner}): ${hit.text}\n`);
    }
    io.stdout(`${reported.length} hard-coded port${reported.length === 1 ? '' : 's'} in ${result.files_scanned} files scanned${registry ? ` (registry ${registry.file})` : ' (no registry found: every port counts)'}\n`);
  }
  return reported.length > 0 ? 1 : 0;
}

function portsConfig(repoDir: string, io: Io): PortsSourceConfig {
  const hasConfig = existsSync(join(repoDir, 'govpages.config.json'));
  return (hasConfig ? loadConfig(repoDir, io.env).sources.ports : undefined) ?? portsSourceSchema.parse({});
}

function loadRegistry(
  repoDir: string,
  io: Io,
  values: Values,
  source: PortsSourceConfig,
  required: boolean,
): { registry: RegistryRecord; absolute: string } | null {
  const explicit = typeof values.registry === 'string' ? values.registry : undefined;
  const path = explicit ? resolve(io.cwd, explicit) : join(repoDir, source.path);
  const shown = explicit ?? source.path;
  if (!existsSync(path)) {
    if (!required && !explicit) return null;
    throw new InputError('port registry not found (expected a registry.yaml; pass --registry FILE or set sources.ports.path)', { file: shown });
  }
  return { registry: parseRegistry(readFileSync(path, 'utf8'), shown), absolute: path };
}
