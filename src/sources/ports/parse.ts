import { InputError } from '../../core/errors.ts';
import { quote } from '../../core/printable.ts';
import { jsonPath, parseWith, parseYamlDocument } from '../../core/validation.ts';
import { type RegistryRecord, registrySchema } from './registry-schema.ts';

/**
 * Parses `registry.yaml` (pure). Malformed YAML, a schema error, a duplicate service name or a
 * service naming an undeclared range is bad input (exit 2) naming the file, the JSON path and the
 * line. Port conflicts are not errors here: they are findings of the registry check.
 */
export function parseRegistry(text: string, file: string): RegistryRecord {
  const { data, lineAt } = parseYamlDocument(text, file);
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    try {
      parseWith(registrySchema, data, file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const issue = result.error.issues[0]!;
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      throw new InputError(error.message, { file, where: `${error.location.where} (line ${lineAt(path)})` });
    }
  }
  const registry = result.data!;
  const rangeNames = new Set<string>();
  registry.ranges.forEach((range, index) => {
    if (rangeNames.has(range.name)) {
      throw new InputError(`range ${quote(range.name)} is declared twice (expected unique range names)`, {
        file,
        where: `${jsonPath(['ranges', index, 'name'])} (line ${lineAt(['ranges', index, 'name'])})`,
      });
    }
    rangeNames.add(range.name);
  });
  const serviceNames = new Set<string>();
  registry.services.forEach((service, index) => {
    if (serviceNames.has(service.name)) {
      throw new InputError(`service ${quote(service.name)} is listed twice (expected unique service names)`, {
        file,
        where: `${jsonPath(['services', index, 'name'])} (line ${lineAt(['services', index, 'name'])})`,
      });
    }
    serviceNames.add(service.name);
    if (service.range !== undefined && !rangeNames.has(service.range)) {
      const declared = [...rangeNames].map((name) => quote(name)).join(', ') || 'none declared';
      throw new InputError(`service ${quote(service.name)} names range ${quote(service.range)}, which is not declared (expected one of: ${declared})`, {
        file,
        where: `${jsonPath(['services', index, 'range'])} (line ${lineAt(['services', index, 'range'])})`,
      });
    }
  });
  return {
    file,
    version: 1,
    ranges: registry.ranges.map((range, index) => ({ ...range, line: lineAt(['ranges', index]) })),
    services: registry.services.map((service, index) => ({
      ...service,
      line: lineAt(['services', index]),
      ports: service.ports.map((port, portIndex) => ({ ...port, line: lineAt(['services', index, 'ports', portIndex]) })),
    })),
  };
}
