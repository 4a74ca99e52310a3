import { type Document, isNode, LineCounter } from 'yaml';
import { InputError } from '../../core/errors.ts';
import { jsonPath, parseWith } from '../../core/validation.ts';
import { parseYamlDocument } from '../catalog/yaml.ts';
import { type RegistryRecord, registrySchema } from './registry-schema.ts';

/**
 * Parses `registry.yaml` (pure). Malformed YAML, a schema error, a duplicate service name or a
 * service naming an undeclared range is bad input (exit 2) naming the file, the JSON path and the
 * line. Port conflicts are not errors here: they are findings of the registry check.
 */
export function parseRegistry(text: string, file: string): RegistryRecord {
  const { data, document } = parseYamlDocument(text, file);
  const lineOf = lineOfOffset(text);
  const lineAt = (path: (string | number)[]) => lineOfPath(document, lineOf, path);
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
      throw new InputError(`range "${range.name}" is declared twice (expected unique range names)`, {
        file,
        where: `${jsonPath(['ranges', index, 'name'])} (line ${lineAt(['ranges', index, 'name'])})`,
      });
    }
    rangeNames.add(range.name);
  });
  const serviceNames = new Set<string>();
  registry.services.forEach((service, index) => {
    if (serviceNames.has(service.name)) {
      throw new InputError(`service "${service.name}" is listed twice (expected unique service names)`, {
        file,
        where: `${jsonPath(['services', index, 'name'])} (line ${lineAt(['services', index, 'name'])})`,
      });
    }
    serviceNames.add(service.name);
    if (service.range !== undefined && !rangeNames.has(service.range)) {
      const declared = [...rangeNames].map((name) => `"${name}"`).join(', ') || 'none declared';
      throw new InputError(`service "${service.name}" names range "${service.range}", which is not declared (expected one of: ${declared})`, {
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

/** 1-based line of the node at `path`, or of the deepest ancestor that exists. */
function lineOfPath(document: Document, lineOf: (offset: number) => number, path: (string | number)[]): number {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineOf(node.range[0]);
  }
  return 1;
}

/**
 * 1-based line of a character offset (as `lineColumn` counts it: one more than the `\n` before it),
 * by binary search over line starts found once: every service and port asks for its line, and
 * rescanning the text each time made a large registry quadratic.
 */
function lineOfOffset(text: string): (offset: number) => number {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return (offset) => lines.linePos(offset).line;
}
