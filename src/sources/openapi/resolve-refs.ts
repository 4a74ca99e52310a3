import { InputError } from '../../errors.ts';
import { jsonPath } from '../../validation.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

/**
 * Replaces every local `$ref` (`#/components/schemas/Pet`) by the object it points to. Targets are
 * resolved once and shared, so a recursive schema becomes a cyclic object graph (walkers must keep
 * a visited set). Keys beside a `$ref` (3.1 allows `description`, `nullable` is common in 3.0
 * documents) are laid over a copy of the target. External refs and refs to nowhere are InputErrors
 * naming the ref and where it is.
 */
export function resolveLocalRefs(root: JsonObject, file: string): JsonObject {
  // Copies by the pointer of their source, so that a ref and the walk of the target's own place in
  // the document meet in one object (and a cycle finds the copy it is still filling).
  const copies = new Map<string, Json>();
  const resolving = new Set<string>();

  function resolveRef(ref: string, from: string): Json {
    if (!ref.startsWith('#')) {
      throw new InputError(
        `external $ref "${ref}" is not supported (expected a local ref such as "#/components/schemas/Name"; bundle the document first)`,
        { file, where: whereOf(from) },
      );
    }
    const segments = pointerSegments(ref.slice(1));
    const pointer = toPointer(segments);
    const done = copies.get(pointer);
    if (done !== undefined) return done;
    if (resolving.has(pointer)) {
      throw new InputError(`$ref "${ref}" refers to itself through a chain of $refs only`, {
        file,
        where: whereOf(from),
      });
    }
    const target = lookup(root, segments);
    if (target === undefined) {
      throw new InputError(`$ref "${ref}" points to nowhere (expected it to name an existing part of this document)`, {
        file,
        where: whereOf(from),
      });
    }
    resolving.add(pointer);
    const value = resolveNode(target, pointer);
    resolving.delete(pointer);
    return value;
  }

  function resolveNode(node: Json, pointer: string): Json {
    if (!isObject(node)) return node;
    const done = copies.get(pointer);
    if (done !== undefined) return done;
    if (!Array.isArray(node) && typeof node.$ref === 'string') {
      const target = resolveRef(node.$ref, pointer);
      const siblings = Object.keys(node).filter((key) => key !== '$ref');
      let value = target;
      if (siblings.length > 0 && isObject(target) && !Array.isArray(target)) {
        const merged: JsonObject = { ...target };
        for (const key of siblings) merged[key] = resolveNode(node[key], `${pointer}/${escape(key)}`);
        value = merged;
      }
      copies.set(pointer, value);
      return value;
    }
    const copy: JsonObject | Json[] = Array.isArray(node) ? [] : {};
    copies.set(pointer, copy);
    if (Array.isArray(node)) {
      node.forEach((item, index) => (copy as Json[]).push(resolveNode(item, `${pointer}/${index}`)));
    } else {
      for (const [key, value] of Object.entries(node)) {
        // Examples are data, not schema: a `$ref` key inside one is just a value.
        (copy as JsonObject)[key] = key === 'example' || key === 'examples' ? value : resolveNode(value, `${pointer}/${escape(key)}`);
      }
    }
    return copy;
  }

  /** `$.paths["/pets"].get.$ref` for the `$ref` at a pointer (walks the document to tell arrays). */
  function whereOf(pointer: string): string {
    const path: PropertyKey[] = [];
    let node: Json = root;
    for (const segment of pointerSegments(pointer)) {
      const key = Array.isArray(node) ? Number(segment) : segment;
      path.push(key);
      node = isObject(node) ? (node as Record<string, Json>)[segment] : undefined;
    }
    return jsonPath([...path, '$ref']);
  }

  return resolveNode(root, '') as JsonObject;
}

function isObject(value: Json): value is JsonObject | Json[] {
  return typeof value === 'object' && value !== null;
}

function escape(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toPointer(segments: string[]): string {
  return segments.map((segment) => `/${escape(segment)}`).join('');
}

/** RFC 6901 segments of a URI-fragment JSON pointer (`/components/schemas/a~1b`). */
function pointerSegments(pointer: string): string[] {
  if (pointer === '' || !pointer.startsWith('/')) return pointer === '' ? [] : [pointer];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lookup(root: Json, segments: string[]): Json {
  let node: Json = root;
  for (const segment of segments) {
    if (!isObject(node) || !Object.hasOwn(node, segment)) return undefined;
    node = (node as JsonObject)[segment];
  }
  return node;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
