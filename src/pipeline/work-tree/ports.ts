import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.ts';
import { pathInside } from '../../core/repo-path.ts';
import { checkRegistry, portsSection, scanReport } from '../../metrics/ports/index.ts';
import type { PortsScanReport, PortsSection } from '../../model/ports.ts';
import { directoryToScan, readWorkTreeRegistry, scanDirectory } from '../../sources/ports/index.ts';

/**
 * `govpages ports check|scan`: checks of the work tree, like `lint`, so an edit is checked before
 * it is committed. A build reads the committed registry instead (`collectPorts`).
 */

export interface PortsCheckOptions {
  cwd: string;
  /** Repository holding govpages.config.json (default: `cwd`). */
  repo?: string | undefined;
  /** `--registry FILE`, relative to `cwd`. */
  registry?: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** The registry's section, as the build would publish it from the work tree's registry. */
export async function checkWorkTreeRegistry(options: PortsCheckOptions): Promise<PortsSection> {
  const repoDir = resolve(options.cwd, options.repo ?? '.');
  const source = loadConfig(repoDir, options.env, undefined, { withSource: 'ports' }).sources.ports!;
  const { registry } = (await readWorkTreeRegistry({ cwd: options.cwd, repoDir, explicit: options.registry, source, required: true }))!;
  return portsSection(registry, checkRegistry(registry));
}

export interface PortsScanOptions {
  cwd: string;
  /** The directory to scan, relative to `cwd`; its config and registry are used when present. */
  dir: string;
  registry?: string | undefined;
  /** Report ports the registry owns too. */
  all: boolean;
  env: NodeJS.ProcessEnv;
}

/** Hard-coded ports under `dir`, checked against the registry when there is one. */
export async function scanWorkTreePorts(options: PortsScanOptions): Promise<PortsScanReport> {
  const root = directoryToScan(options.cwd, options.dir);
  const source = loadConfig(root, options.env, undefined, { withSource: 'ports' }).sources.ports!;
  const loaded = await readWorkTreeRegistry({ cwd: options.cwd, repoDir: root, explicit: options.registry, source, required: false });
  // The registry owns its ports, so it is not scanned when it lies inside DIR.
  const inside = loaded ? pathInside(root, loaded.absolute) : null;
  const scanned = await scanDirectory(root, source.scan_exclude, inside || null);
  return scanReport(scanned, loaded?.registry ?? null, options.all);
}
