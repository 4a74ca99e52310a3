import { escapePointerSegment } from '../../core/json-pointer.ts';
import { structuralHash } from './json.ts';
import { flatten, isNullable, type MemberMatch, matchMembers, members, properties, type Schema } from './schema.ts';

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

/** Two lists of `oneOf`/`anyOf` members (a plain schema counts as a list of one), paired up. */
export interface VariantPair {
  operation: string;
  direction: Direction;
  subject: Subject;
  location: string;
  keyword: 'oneOf' | 'anyOf';
  match: MemberMatch;
}

export interface WalkRoot {
  operation: string;
  direction: Direction;
  subject: Subject;
  location: string;
  base: unknown;
  revision: unknown;
}

export function walkSchemas(root: WalkRoot, out: SchemaPair[], variants: VariantPair[]): void {
  const visited = new Map<Schema, Set<Schema>>();
  const visit = (baseRaw: unknown, revisionRaw: unknown, location: string, depth: number): void => {
    // Identical subtrees cannot differ in anything a rule looks at: most of a document between two
    // consecutive versions is unchanged, so this is where the time goes.
    if (baseRaw === revisionRaw || structuralHash(baseRaw) === structuralHash(revisionRaw)) return;
    // A schema that is absent on one side says nothing to compare with (only roots can be absent).
    if (baseRaw === undefined || revisionRaw === undefined) return;
    const base = flatten(baseRaw);
    const revision = flatten(revisionRaw);
    let seen = visited.get(base);
    if (!seen) visited.set(base, (seen = new Set()));
    if (seen.has(revision)) return;
    seen.add(revision);

    const baseChoice = choiceKeyword(base);
    const revisionChoice = choiceKeyword(revision);
    if ((baseChoice === undefined) !== (revisionChoice === undefined)) {
      // One side is a choice of shapes, the other a single shape (`Pet` became `oneOf: [Pet,
      // Pets]`): the single shape is compared with the member it corresponds to, and the other
      // members count as added or removed. Nullability of the choice carries over to its members.
      const keyword = (baseChoice ?? revisionChoice)!;
      const baseList = baseChoice ? members(base, keyword).map((member) => carryNull(member, base)) : [base];
      const revisionList = revisionChoice ? members(revision, keyword).map((member) => carryNull(member, revision)) : [revision];
      const match = matchMembers(baseList, revisionList, discriminatorOf(revision) ?? discriminatorOf(base));
      variants.push({ ...root, location, keyword, match });
      for (const [b, r] of match.pairs) visit(b, r, revisionChoice ? `${location}/${keyword}/${revisionList.indexOf(r)}` : location, depth + 1);
      return;
    }

    out.push({ ...root, location, base, revision, depth });
    const baseProperties = properties(base);
    const revisionProperties = properties(revision);
    for (const name of Object.keys(revisionProperties).sort()) {
      if (!Object.hasOwn(baseProperties, name)) continue;
      visit(baseProperties[name], revisionProperties[name], `${location}/properties/${escapePointerSegment(name)}`, depth + 1);
    }
    if (base.items !== undefined && revision.items !== undefined) visit(base.items, revision.items, `${location}/items`, depth + 1);
    if (typeof base.additionalProperties === 'object' && typeof revision.additionalProperties === 'object') {
      visit(base.additionalProperties, revision.additionalProperties, `${location}/additionalProperties`, depth + 1);
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (base[keyword] === undefined || revision[keyword] === undefined) continue;
      const baseMembers = members(base, keyword);
      const revisionMembers = members(revision, keyword);
      if (baseMembers.length === 0 && revisionMembers.length === 0) continue;
      const match = matchMembers(baseMembers, revisionMembers, discriminatorOf(revision));
      variants.push({ ...root, location, keyword, match });
      for (const [b, r] of match.pairs) visit(b, r, `${location}/${keyword}/${revisionMembers.indexOf(r)}`, depth + 1);
    }
  };
  visit(root.base, root.revision, root.location, 0);
}

/** `oneOf`/`anyOf` when the schema is only a choice of shapes (no properties of its own). */
function choiceKeyword(schema: Schema): 'oneOf' | 'anyOf' | undefined {
  if (schema.properties !== undefined) return undefined;
  if (members(schema, 'oneOf').length > 0) return 'oneOf';
  if (members(schema, 'anyOf').length > 0) return 'anyOf';
  return undefined;
}

function discriminatorOf(schema: Schema): string | undefined {
  const discriminator = schema.discriminator;
  return typeof discriminator === 'object' && discriminator !== null ? String((discriminator as Schema).propertyName) : undefined;
}

const nullableCopies = new WeakMap<Schema, Schema>();

/** The member as the choice admits it: `nullable` when the choice has a `null` member. */
function carryNull(member: Schema, choice: Schema): Schema {
  if (!isNullable(choice) || isNullable(member)) return member;
  let copy = nullableCopies.get(member);
  if (!copy) nullableCopies.set(member, (copy = { ...member, nullable: true }));
  return copy;
}
