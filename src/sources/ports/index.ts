export { parseRegistry } from './parse.ts';
export { readRegistry } from './read.ts';
export {
  registrySchema,
  type Registry,
  type RegistryRecord,
  type LocatedService,
  type LocatedPort,
  type PortRange,
} from './registry-schema.ts';
