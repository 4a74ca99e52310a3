import { InputError } from '../../core/errors.ts';
import { escapePointerSegment, pointerSegments, toPointer } from '../../core/json-pointer.ts';
import { quote } from '../../core/printable.ts';
import { jsonPath } from '../../core/validation.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

/**
 * Replaces every local `$ref` (`#/components/schemas/Pet`) by the object it points to. Each target
 * is copied once and shared, so a recursive schema becomes a cyclic object graph (walkers must keep
 * a visited set), and the component itself and every ref to it are one object. Keys beside a `$ref`
 * (3.1 allows `description`, `nullable` is common in 3.0 documents) are laid over a copy of the
 * target. External refs and refs to nowhere are InputErrors naming the ref and where it is.
 */
export function resolveLocalRefs(root: JsonObject, file: string): JsonObject {
  // Only places some ref points to (and their ancestors) need their pointer tracked: everywhere
  // else the copy is made without building pointer strings, which is most of a large document.
  const onTargetPath = new Set<string>(['']);
  for (const ref of collectRefs(root)) {
    if (!ref.startsWith('#')) continue;
    let prefix = '';
    for (const segment of pointerSegments(ref.slice(1))) onTargetPath.add((prefix += `/${escapePointerSegment(segment)}`));
  }
  const copies = new Map<string, Json>();
  const resolving = new Set<string>();

  function resolveRef(refObject: JsonObject, ref: string): Json {
    if (!ref.startsWith('#')) {
      throw new InputError(
        `external $ref ${quote(ref, 80)} is not supported (expected a local ref such as "#/components/schemas/Name"; bundle the document first)`,
        {
          file,
          where: whereOf(root, refObject),
        },
      );
    }
    const segments = pointerSegments(ref.slice(1));
    const pointer = toPointer(segments);
    const done = copies.get(pointer);
    if (done !== undefined) return done;
    if (resolving.has(pointer)) {
      throw new InputError(`$ref ${quote(ref, 80)} refers to itself through a chain of $refs only`, { file, where: whereOf(root, refObject) });
    }
    const target = lookup(root, segments);
    if (target === undefined) {
      throw new InputError(`$ref ${quote(ref, 80)} points to nowhere (expected it to name an existing part of this document)`, {
        file,
        where: whereOf(root, refObject),
      });
    }
    resolving.add(pointer);
    const value = resolveNode(target, pointer);
    resolving.delete(pointer);
    return value;
  }

  /** `pointer` is the node's place when it is on the path to some ref target, else null. */
  function resolveNode(node: Json, pointer: string | null): Json {
    if (typeof node !== 'object' || node === null) return node;
    if (pointer !== null) {
      const done = copies.get(pointer);
      if (done !== undefined) return done;
    }
    if (!Array.isArray(node) && typeof (node as JsonObject).$ref === 'string') {
      const refObject = node as JsonObject;
      const target = resolveRef(refObject, refObject.$ref as string);
      let value = target;
      const siblings = Object.keys(refObject).filter((key) => key !== '$ref');
      if (siblings.length > 0 && typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const merged: JsonObject = { ...(target as JsonObject) };
        for (const key of siblings) merged[key] = resolveNode(refObject[key], child(pointer, key));
        value = merged;
      }
      if (pointer !== null) copies.set(pointer, value);
      return value;
    }
    if (Array.isArray(node)) {
      const copy: Json[] = [];
      if (pointer !== null) copies.set(pointer, copy);
      for (let index = 0; index < node.length; index++) copy.push(resolveNode(node[index], child(pointer, String(index))));
      return copy;
    }
    const copy: JsonObject = {};
    if (pointer !== null) copies.set(pointer, copy);
    for (const key of Object.keys(node)) {
      const value = (node as JsonObject)[key];
      // Examples are data, not schema: a `$ref` key inside one is just a value.
      copy[key] = key === 'example' || key === 'examples' ? value : resolveNode(value, child(pointer, key));
    }
    return copy;
  }

  function child(pointer: string | null, key: string): string | null {
    if (pointer === null) return null;
    const next = `${pointer}/${escapePointerSegment(key)}`;
    return onTargetPath.has(next) ? next : null;
  }

  return resolveNode(root, '') as JsonObject;
}

/** Every `$ref` string in the document, examples excluded. */
function collectRefs(root: Json): string[] {
  const refs: string[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      const value = (node as JsonObject)[key];
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else if (key !== 'example' && key !== 'examples') stack.push(value);
    }
  }
  return refs;
}

/** `$.paths["/pets"].get.$ref`: where a `$ref` object sits (searched for: only errors need it). */
function whereOf(root: Json, target: JsonObject): string | undefined {
  const path: PropertyKey[] = [];
  const seen = new Set<object>();
  function search(node: Json): boolean {
    if (node === target) return true;
    if (typeof node !== 'object' || node === null || seen.has(node)) return false;
    seen.add(node);
    const keys: PropertyKey[] = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    for (const key of keys) {
      path.push(key);
      if (search((node as Record<PropertyKey, Json>)[key as string])) return true;
      path.pop();
    }
    return false;
  }
  return search(root) ? jsonPath([...path, '$ref']) : undefined;
}

function lookup(root: Json, segments: string[]): Json {
  let node: Json = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as JsonObject)[segment];
  }
  return node;
}
