export { parseRegistry } from './parse.ts';
export { type RegistryChange, readRegistry } from './read.ts';
export {
  type LocatedPort,
  type LocatedService,
  type PortRange,
  type Registry,
  type RegistryRecord,
  registrySchema,
} from './registry-schema.ts';
export { directoryToScan, SCAN_PATTERNS, scanDirectory } from './scan-files.ts';
export { findHardcodedPorts, isComposeFile } from './scan-text.ts';
export { readWorkTreeRegistry, type WorkTreeRegistryOptions } from './work-tree.ts';
