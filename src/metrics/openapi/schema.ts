import { asArray, asNumber, asObject, asString, fingerprint, type JsonObject, structuralHash } from './json.ts';

/** Schema semantics the rules share: allOf flattening, type sets, nullability, enums, members. */

export type Schema = JsonObject;

const flattened = new WeakMap<object, Schema>();

/**
 * `allOf` merged into one schema (properties and required united, other keywords first wins), so
 * that moving properties into an `allOf` or behind a `$ref` is not a change. Memoised per object:
 * the same input gives the same output object, which keeps walkers' visited sets effective.
 */
export function flatten(value: unknown): Schema {
  const schema = asObject(value);
  if (!schema) return {};
  const cached = flattened.get(schema);
  if (cached) return cached;
  const members = asArray(schema.allOf);
  if (members.length === 0) {
    flattened.set(schema, schema);
    return schema;
  }
  const merged: Schema = {};
  flattened.set(schema, merged);
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of [{ ...schema, allOf: undefined }, ...members.map((member) => flatten(member))]) {
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined || key === 'allOf') continue;
      if (key === 'properties') Object.assign(properties, { ...asObject(value), ...properties });
      else if (key === 'required') for (const name of asArray(value)) required.add(String(name));
      else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  if (merged.type === undefined && merged.properties !== undefined) merged.type = 'object';
  return merged;
}

export function properties(schema: Schema): JsonObject {
  return asObject(schema.properties) ?? {};
}

export function requiredNames(schema: Schema): Set<string> {
  return new Set(asArray(schema.required).map(String));
}

/** 3.0 `nullable: true`, 3.1 `type: [x, "null"]`, or `null` among enum/oneOf members. */
export function isNullable(schema: Schema): boolean {
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  if (schema.type === 'null') return true;
  for (const member of [...asArray(schema.oneOf), ...asArray(schema.anyOf)]) {
    const type = asObject(member)?.type;
    if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
  }
  return false;
}

/** The non-null JSON types a schema admits; `undefined` means any type. */
export function typeSet(schema: Schema): Set<string> | undefined {
  const raw = schema.type;
  const types = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  const set = new Set(types.filter((type) => type !== 'null'));
  if (set.size === 0) {
    if (schema.properties !== undefined || schema.additionalProperties !== undefined) return new Set(['object']);
    if (schema.items !== undefined) return new Set(['array']);
    return undefined;
  }
  return set;
}

/** Every value of `inner` types is a value of `outer` types (integer is a number). */
export function typesWithin(inner: Set<string> | undefined, outer: Set<string> | undefined): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  for (const type of inner) {
    if (outer.has(type)) continue;
    if (type === 'integer' && outer.has('number')) continue;
    return false;
  }
  return true;
}

/** `enum` (or `const`) values as fingerprints, without `null`; `undefined` when unrestricted. */
export function enumValues(schema: Schema): Map<string, unknown> | undefined {
  let values: unknown[] | undefined;
  if (Array.isArray(schema.enum)) values = schema.enum;
  else if ('const' in schema) values = [schema.const];
  if (values === undefined) return undefined;
  const map = new Map<string, unknown>();
  for (const value of values) if (value !== null) map.set(fingerprint(value), value);
  return map;
}

export function format(schema: Schema): string | undefined {
  return asString(schema.format);
}

export interface Bound {
  value: number;
  exclusive: boolean;
}

/** 3.0 (`exclusiveMinimum: true`) and 3.1 (`exclusiveMinimum: 5`) lower bounds as one shape. */
export function lowerBound(schema: Schema): Bound | undefined {
  return bound(schema.minimum, schema.exclusiveMinimum, (a, b) => Math.max(a, b));
}

export function upperBound(schema: Schema): Bound | undefined {
  return bound(schema.maximum, schema.exclusiveMaximum, (a, b) => Math.min(a, b));
}

function bound(inclusive: unknown, exclusive: unknown, tighter: (a: number, b: number) => number): Bound | undefined {
  const value = asNumber(inclusive);
  const exclusiveValue = asNumber(exclusive);
  if (exclusiveValue !== undefined) {
    if (value === undefined || tighter(value, exclusiveValue) === exclusiveValue) return { value: exclusiveValue, exclusive: true };
    return { value, exclusive: false };
  }
  if (value === undefined) return undefined;
  return { value, exclusive: exclusive === true };
}

/** The `oneOf` or `anyOf` members of a schema, flattened. */
export function members(schema: Schema, keyword: 'oneOf' | 'anyOf'): Schema[] {
  return asArray(schema[keyword])
    .map((member) => flatten(member))
    .filter((member) => !(member.type === 'null' && Object.keys(member).length === 1));
}

export interface MemberMatch {
  pairs: [Schema, Schema][];
  removed: Schema[];
  added: Schema[];
}

/**
 * Pairs the members of two `oneOf`/`anyOf` lists: identical members first, then by a name (title,
 * or the discriminator value the member pins), then what is left by position when both sides have
 * one left each. Unpaired members were added or removed.
 */
export function matchMembers(base: Schema[], revision: Schema[], discriminator?: string): MemberMatch {
  const pairs: [Schema, Schema][] = [];
  const restBase = [...base];
  const restRevision = [...revision];
  const take = (key: (schema: Schema) => string | undefined) => {
    for (let i = 0; i < restBase.length; i++) {
      const wanted = key(restBase[i]!);
      if (wanted === undefined) continue;
      const j = restRevision.findIndex((candidate) => key(candidate) === wanted);
      if (j < 0) continue;
      pairs.push([restBase[i]!, restRevision[j]!]);
      restBase.splice(i, 1);
      restRevision.splice(j, 1);
      i--;
    }
  };
  take((schema) => String(structuralHash(schema)));
  take((schema) => memberName(schema, discriminator));
  // One shape left on a side: it became (or came from) the most similar shape on the other side.
  if (restBase.length === 1 && restRevision.length > 0) {
    const other = closest(restBase[0]!, restRevision);
    if (other) {
      pairs.push([restBase[0]!, other]);
      return { pairs, removed: [], added: restRevision.filter((member) => member !== other) };
    }
  } else if (restRevision.length === 1 && restBase.length > 0) {
    const other = closest(restRevision[0]!, restBase);
    if (other) {
      pairs.push([other, restRevision[0]!]);
      return { pairs, removed: restBase.filter((member) => member !== other), added: [] };
    }
  }
  return { pairs, removed: restBase, added: restRevision };
}

/** The candidate of the same type sharing the most property names (ties: the first), if any. */
function closest(schema: Schema, candidates: Schema[]): Schema | undefined {
  const types = typeSet(schema);
  const names = Object.keys(properties(schema));
  let best: Schema | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const candidateTypes = typeSet(candidate);
    const sameType = types === undefined || candidateTypes === undefined ? types === candidateTypes : [...types].some((type) => candidateTypes.has(type));
    if (!sameType) continue;
    const candidateProperties = properties(candidate);
    const score = names.filter((name) => Object.hasOwn(candidateProperties, name)).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function memberName(schema: Schema, discriminator?: string): string | undefined {
  if (discriminator) {
    const property = asObject(properties(schema)[discriminator]);
    const pinned = property ? (enumValues(flatten(property)) ?? new Map()) : new Map();
    if (pinned.size === 1) return `value:${[...pinned.keys()][0]}`;
  }
  const title = asString(schema.title);
  return title === undefined ? undefined : `title:${title}`;
}

/** A short description of a member for messages. */
export function describeMember(schema: Schema): string {
  const title = asString(schema.title);
  if (title) return `"${title}"`;
  const types = typeSet(schema);
  return types ? [...types].join('|') : 'schema';
}
