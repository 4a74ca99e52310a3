import { asArray, asObject, asString, entries, type JsonObject, structuralHash } from './json.ts';

/** Operations of a document, keyed so that renaming a path parameter is not a change. */

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Parameter {
  /** `query:limit`; header names lower-cased; path parameters by position (`path:#0`). */
  key: string;
  in: string;
  name: string;
  object: JsonObject;
}

export interface OperationEntry {
  /** `GET /pets/{}`: method plus the path template with parameter names erased. */
  key: string;
  /** `GET /pets/{petId}`, as written in the document. */
  label: string;
  method: string;
  path: string;
  object: JsonObject;
  /** Path-level parameters merged under operation-level ones, by key. */
  parameters: Map<string, Parameter>;
  /** Structural hash of the operation and its path-level parameters: equal means unchanged. */
  hash: string;
}

export function normalizePath(path: string): string {
  const withoutSlash = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return withoutSlash.replace(/\{[^}]*\}/g, '{}');
}

export function collectOperations(paths: unknown): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  for (const [path, item] of entries(paths)) {
    const pathItem = asObject(item);
    if (!pathItem) continue;
    const pathNames = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
    for (const method of METHODS) {
      const object = asObject(pathItem[method]);
      if (!object) continue;
      const parameters = new Map<string, Parameter>();
      for (const raw of [...asArray(pathItem.parameters), ...asArray(object.parameters)]) {
        const parameter = toParameter(raw, pathNames);
        if (parameter) parameters.set(parameter.key, parameter);
      }
      const upper = method.toUpperCase();
      const key = `${upper} ${normalizePath(path)}`;
      const hash = `${structuralHash(object)}${structuralHash(pathItem.parameters)}`;
      operations.set(key, { key, label: `${upper} ${path}`, method: upper, path, object, parameters, hash });
    }
  }
  return operations;
}

// Per the specification these header parameters are ignored: content negotiation and auth own them.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function toParameter(raw: unknown, pathNames: string[]): Parameter | undefined {
  const object = asObject(raw);
  const location = asString(object?.in);
  const name = asString(object?.name);
  if (!object || !location || name === undefined) return undefined;
  if (location === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return undefined;
  let key: string;
  if (location === 'path') {
    const index = pathNames.indexOf(name);
    key = index >= 0 ? `path:#${index}` : `path:${name}`;
  } else if (location === 'header') key = `header:${name.toLowerCase()}`;
  else key = `${location}:${name}`;
  return { key, in: location, name, object };
}

/** The schema of a parameter or header: `schema`, or the schema of its single `content` entry. */
export function parameterSchema(object: JsonObject): unknown {
  if (object.schema !== undefined) return object.schema;
  const first = entries(object.content)[0];
  return first ? asObject(first[1])?.schema : undefined;
}

/** The style and explode a parameter has in effect, defaults applied (OpenAPI 3 table). */
export function serialization(object: JsonObject, location: string): { style: string; explode: boolean } {
  const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
  const style = asString(object.style) ?? defaultStyle;
  const explode = typeof object.explode === 'boolean' ? object.explode : style === 'form';
  return { style, explode };
}

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
