import type { OpenApiDocument } from '../../../sources/openapi/index.ts';
import type { DiffContext } from '../context.ts';
import { asObject } from '../json.ts';
import type { Finding, RuleInfo } from '../types.ts';
import type { SchemaPair } from '../walk.ts';

/** A rule module: the ids it may report (with levels) and one pure check. */
export interface RuleModule {
  rules: readonly RuleInfo[];
  check(base: OpenApiDocument, revision: OpenApiDocument, context: DiffContext): Finding[];
}

/**
 * `query parameter "limit"`, `request body property "owner.name"`, `response 200 header "X-Rate"`:
 * the element a schema location names, for messages.
 */
export function describeLocation(location: string): string {
  const segments = location.split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let head: string;
  let rest: string[];
  if (segments[0] === 'parameters') {
    head = `${segments[1]} parameter "${segments[2]}"`;
    rest = segments.slice(3);
  } else if (segments[0] === 'requestBody') {
    head = `request body (${segments[2]})`;
    rest = segments.slice(4);
  } else if (segments[0] === 'responses' && segments[2] === 'headers') {
    head = `response ${segments[1]} header "${segments[3]}"`;
    rest = segments.slice(4);
  } else if (segments[0] === 'responses') {
    head = `response ${segments[1]} (${segments[3]})`;
    rest = segments.slice(5);
  } else return location;
  const path = propertyPath(rest);
  return path ? `${head} property "${path}"` : head;
}

function propertyPath(segments: string[]): string {
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === 'properties') out += `${out ? '.' : ''}${segments[++i]}`;
    else if (segment === 'items') out += '[]';
    else if (segment === 'additionalProperties') out += '{*}';
    else if (segment === 'oneOf' || segment === 'anyOf') out += `<${segment} ${segments[++i]}>`;
  }
  return out;
}

/** The element of a schema pair, plus an optional child property. */
export function describePair(pair: SchemaPair, property?: string): string {
  return describeLocation(property === undefined ? pair.location : `${pair.location}/properties/${property}`);
}

/** Request checks skip properties the client never sends; response checks those it never receives. */
export function invisible(pair: SchemaPair): boolean {
  return pair.direction === 'request' ? pair.revision.readOnly === true : pair.revision.writeOnly === true;
}

export function isFlag(value: unknown, flag: 'readOnly' | 'writeOnly' | 'deprecated'): boolean {
  return asObject(value)?.[flag] === true;
}

/** Id family of a schema pair: `request-parameter`, `request-property`, `response-property`, `response-header`. */
export function family(pair: SchemaPair, allowHeader = false): string {
  if (pair.direction === 'request') return pair.subject === 'parameter' ? 'request-parameter' : 'request-property';
  return pair.subject === 'header' && allowHeader ? 'response-header' : 'response-property';
}
