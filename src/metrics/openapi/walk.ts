import { escapePointer, structuralHash } from './json.ts';
import { flatten, matchMembers, members, properties, type Schema } from './schema.ts';

/**
 * Walks two schemas side by side and lists every pair of corresponding nodes: the roots, common
 * properties, `items`, `additionalProperties`, and paired `oneOf`/`anyOf` members. Schema rules then
 * look at each pair on their own. Terminates on recursive schemas: a pair is visited once per walk
 * (visited set keyed by the pair of objects).
 */

export type Direction = 'request' | 'response';
/** What the root schema belongs to; rules pick their id family from it. */
export type Subject = 'parameter' | 'body' | 'header';

export interface SchemaPair {
  operation: string;
  direction: Direction;
  subject: Subject;
  /** Pointer-like location, relative to the operation, in the revision. */
  location: string;
  base: Schema;
  revision: Schema;
  /** Depth below the root: 0 is the parameter, header or body schema itself. */
  depth: number;
}

export interface WalkRoot {
  operation: string;
  direction: Direction;
  subject: Subject;
  location: string;
  base: unknown;
  revision: unknown;
}

export function walkSchemas(root: WalkRoot, out: SchemaPair[]): void {
  const visited = new Map<Schema, Set<Schema>>();
  const visit = (baseRaw: unknown, revisionRaw: unknown, location: string, depth: number): void => {
    // Identical subtrees cannot differ in anything a rule looks at: most of a document between two
    // consecutive versions is unchanged, so this is where the time goes.
    if (baseRaw === revisionRaw || structuralHash(baseRaw) === structuralHash(revisionRaw)) return;
    const base = flatten(baseRaw);
    const revision = flatten(revisionRaw);
    let seen = visited.get(base);
    if (!seen) visited.set(base, (seen = new Set()));
    if (seen.has(revision)) return;
    seen.add(revision);
    out.push({ ...root, location, base, revision, depth });

    const baseProperties = properties(base);
    const revisionProperties = properties(revision);
    for (const name of Object.keys(revisionProperties).sort()) {
      if (!Object.hasOwn(baseProperties, name)) continue;
      visit(baseProperties[name], revisionProperties[name], `${location}/properties/${escapePointer(name)}`, depth + 1);
    }
    if (base.items !== undefined && revision.items !== undefined) visit(base.items, revision.items, `${location}/items`, depth + 1);
    if (typeof base.additionalProperties === 'object' && typeof revision.additionalProperties === 'object') {
      visit(base.additionalProperties, revision.additionalProperties, `${location}/additionalProperties`, depth + 1);
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (base[keyword] === undefined || revision[keyword] === undefined) continue;
      const discriminator = typeof revision.discriminator === 'object' ? String((revision.discriminator as Schema).propertyName) : undefined;
      const revisionMembers = members(revision, keyword);
      const match = matchMembers(members(base, keyword), revisionMembers, discriminator);
      for (const [b, r] of match.pairs) visit(b, r, `${location}/${keyword}/${revisionMembers.indexOf(r)}`, depth + 1);
    }
  };
  visit(root.base, root.revision, root.location, 0);
}
