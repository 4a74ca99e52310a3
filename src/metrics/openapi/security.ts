import type { OpenApiDocument } from '../../sources/openapi/index.ts';
import { asArray, asObject, asString, entries, fingerprint, type JsonObject } from './json.ts';

/** Security requirements in effect for an operation, with scheme renames seen through. */

/** One requirement: every scheme in it must be satisfied (AND), with its scopes. */
export type Requirement = Map<string, Set<string>>;

export function securitySchemes(document: OpenApiDocument): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const [name, scheme] of entries(asObject(document.components)?.securitySchemes)) map.set(name, asObject(scheme) ?? {});
  return map;
}

/** The operation's `security`, else the document's: a list of alternatives (OR). */
export function effectiveSecurity(operation: JsonObject, document: OpenApiDocument): Requirement[] {
  const raw = operation.security !== undefined ? operation.security : document.security;
  return asArray(raw).map((requirement) => {
    const map: Requirement = new Map();
    for (const [name, scopes] of entries(requirement)) map.set(name, new Set(asArray(scopes).map(String)));
    return map;
  });
}

/** Anonymous access is allowed when there is no requirement or one of them is empty (`{}`). */
export function allowsAnonymous(requirements: Requirement[]): boolean {
  return requirements.length === 0 || requirements.some((requirement) => requirement.size === 0);
}

/** What a scheme means on the wire, without its documentation. */
export function schemeSignature(scheme: JsonObject): string {
  const { description: _description, ...rest } = scheme;
  return fingerprint({ ...rest, scheme: asString(rest.scheme)?.toLowerCase() });
}

/**
 * Maps base scheme names to revision names: the same name if it still exists, else a revision
 * scheme with the same definition (a rename of the component is not a change).
 */
export function schemeRenames(base: Map<string, JsonObject>, revision: Map<string, JsonObject>): Map<string, string> {
  const bySignature = new Map<string, string>();
  for (const [name, scheme] of revision) if (!base.has(name)) bySignature.set(schemeSignature(scheme), name);
  const renames = new Map<string, string>();
  for (const [name, scheme] of base) {
    if (revision.has(name)) continue;
    const renamed = bySignature.get(schemeSignature(scheme));
    if (renamed) renames.set(name, renamed);
  }
  return renames;
}
