export { parseRegistry } from './parse.ts';
export { readRegistry, type RegistryChange } from './read.ts';
export {
  registrySchema,
  type Registry,
  type RegistryRecord,
  type LocatedService,
  type LocatedPort,
  type PortRange,
} from './registry-schema.ts';
export { findHardcodedPorts, isComposeFile } from './scan-text.ts';
export { directoryToScan, scanDirectory, SCAN_PATTERNS } from './scan-files.ts';
export { readWorkTreeRegistry, workTreePortsConfig, type WorkTreeRegistryOptions } from './work-tree.ts';
