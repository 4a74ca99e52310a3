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
  const resolvedByPointer = new Map<string, Json>();
  const resolving = new Set<string>();

  function resolveRef(ref: string, path: PropertyKey[]): Json {
    if (!ref.startsWith('#')) {
      throw new InputError(
        `external $ref "${ref}" is not supported (expected a local ref such as "#/components/schemas/Name"; bundle the document first)`,
        { file, where: jsonPath([...path, '$ref']) },
      );
    }
    const pointer = ref.slice(1);
    const done = resolvedByPointer.get(pointer);
    if (done !== undefined) return done;
    if (resolving.has(pointer)) {
      throw new InputError(`$ref "${ref}" refers to itself through a chain of $refs only`, {
        file,
        where: jsonPath([...path, '$ref']),
      });
    }
    const target = lookup(root, pointer);
    if (target === undefined) {
      throw new InputError(`$ref "${ref}" points to nowhere (expected it to name an existing part of this document)`, {
        file,
        where: jsonPath([...path, '$ref']),
      });
    }
    const targetPath = pointerSegments(pointer);
    if (isObject(target) && !Array.isArray(target) && typeof target.$ref === 'string') {
      resolving.add(pointer);
      const value = resolveNode(target, targetPath);
      resolving.delete(pointer);
      resolvedByPointer.set(pointer, value);
      return value;
    }
    if (!isObject(target)) {
      resolvedByPointer.set(pointer, target);
      return target;
    }
    // Register the (still empty) copy before filling it, so a cycle finds it and closes.
    const copy: JsonObject | Json[] = Array.isArray(target) ? [] : {};
    resolvedByPointer.set(pointer, copy);
    fill(target, copy, targetPath);
    return copy;
  }

  function resolveNode(node: Json, path: PropertyKey[]): Json {
    if (!isObject(node)) return node;
    if (!Array.isArray(node) && typeof node.$ref === 'string') {
      const target = resolveRef(node.$ref, path);
      const siblings = Object.keys(node).filter((key) => key !== '$ref');
      if (siblings.length === 0 || !isObject(target) || Array.isArray(target)) return target;
      const merged: JsonObject = { ...target };
      for (const key of siblings) merged[key] = resolveNode(node[key], [...path, key]);
      return merged;
    }
    const copy: JsonObject | Json[] = Array.isArray(node) ? [] : {};
    fill(node, copy, path);
    return copy;
  }

  function fill(source: JsonObject | Json[], target: JsonObject | Json[], path: PropertyKey[]): void {
    if (Array.isArray(source)) {
      source.forEach((item, index) => (target as Json[]).push(resolveNode(item, [...path, index])));
      return;
    }
    for (const [key, value] of Object.entries(source)) {
      // Examples are data, not schema: a `$ref` key inside one is just a value.
      (target as JsonObject)[key] = key === 'example' || key === 'examples' ? value : resolveNode(value, [...path, key]);
    }
  }

  return resolveNode(root, []) as JsonObject;
}

function isObject(value: Json): value is JsonObject | Json[] {
  return typeof value === 'object' && value !== null;
}

/** RFC 6901 segments of a URI-fragment JSON pointer (`/components/schemas/a~1b`). */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lookup(root: Json, pointer: string): Json {
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  let node: Json = root;
  for (const segment of pointerSegments(pointer)) {
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
