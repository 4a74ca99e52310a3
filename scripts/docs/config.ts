import { z } from 'zod';
import { cell, code, inlineJson, table } from './markdown.ts';

/** One setting of govpages.config.json, as the manual lists it. */
export interface ConfigRow {
  /** `sources.gates.probes.http[].name` */
  path: string;
  type: string;
  default: string;
  description: string;
}

type Node = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch']);

/**
 * Every setting of a zod schema, depth first in declaration order: its JSON path, type, default
 * and the `.describe()` text. Defaults are the schema's own (so a transform such as a repository
 * path check does not hide them, as it does in z.toJSONSchema).
 */
export function configRows(schema: Node): ConfigRow[] {
  const rows: ConfigRow[] = [];
  walk(schema, '', rows);
  return rows;
}

function walk(node: Node, path: string, rows: ConfigRow[], inArray = false): void {
  let description: string | undefined;
  let fallback: { value: unknown } | undefined;
  let optional = false;
  let inner = node;
  for (;;) {
    description ??= meta(inner)?.description;
    const def = defOf(inner);
    if (!WRAPPERS.has(def.type)) break;
    if ((def.type === 'default' || def.type === 'prefault') && fallback === undefined) fallback = { value: def.defaultValue };
    if (def.type === 'optional') optional = true;
    inner = def.innerType as Node;
  }
  // A list takes the description of what it lists when it has none of its own.
  const element = arrayElement(inner);
  if (element) description ??= meta(element)?.description;
  if (path !== '') {
    rows.push({
      path,
      type: typeText(inner),
      default: fallback !== undefined ? code(inlineJson(fallback.value)) : optional ? 'none' : inArray ? 'required' : 'none',
      description: description ?? '',
    });
  }
  for (const [key, child] of Object.entries(objectShape(inner))) walk(child, path ? `${path}.${key}` : key, rows, inArray);
  if (element) for (const [key, child] of Object.entries(objectShape(element))) walk(child, `${path}[].${key}`, rows, true);
}

/** The properties of an object schema, or of the object members of a union. */
function objectShape(node: Node): Record<string, Node> {
  const def = defOf(node);
  if (def.type === 'object') return def.shape as Record<string, Node>;
  if (def.type === 'union') return Object.assign({}, ...(def.options as Node[]).map(objectShape));
  if (def.type === 'pipe') return objectShape(def.in as Node);
  return {};
}

function arrayElement(node: Node): Node | null {
  const def = defOf(node);
  return def.type === 'array' ? unwrap(def.element as Node) : null;
}

function unwrap(node: Node): Node {
  let inner = node;
  while (WRAPPERS.has(defOf(inner).type)) inner = defOf(inner).innerType as Node;
  return inner;
}

function defOf(node: Node): Def {
  return node._zod.def as unknown as Def;
}

function meta(node: Node): { description?: string; title?: string } | undefined {
  return z.globalRegistry.get(node as z.ZodType) as { description?: string; title?: string } | undefined;
}

/** `integer ≥ 300`, `number 0..1`, `glob[]`, `"GET" or "HEAD"`, ... */
function typeText(node: Node): string {
  const title = meta(node)?.title;
  if (title) return title;
  const def = defOf(node);
  switch (def.type) {
    case 'object':
      return 'object';
    case 'array': {
      const element = unwrap(def.element as Node);
      const items = typeText(element);
      const atLeastOne = jsonSchema(node).minItems === 1 ? ', at least one' : '';
      return `list of ${items}${atLeastOne}`;
    }
    case 'record':
      return `map of ${typeText(def.keyType as Node)} to ${typeText(def.valueType as Node)}`;
    case 'union':
      return (def.options as Node[]).map(typeText).join(' or ');
    case 'pipe':
      return typeText(def.in as Node);
    case 'literal':
      return (def.values as unknown[]).map((value) => code(JSON.stringify(value))).join(' or ');
    case 'enum':
      return Object.values(def.entries as Record<string, string>)
        .map((value) => code(JSON.stringify(value)))
        .join(' or ');
    case 'boolean':
      return 'boolean';
    case 'number':
      return numberText(jsonSchema(node));
    case 'string':
      return stringText(jsonSchema(node));
    default:
      return def.type;
  }
}

function jsonSchema(node: Node): Record<string, unknown> {
  return z.toJSONSchema(node as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function numberText(schema: Record<string, unknown>): string {
  const base = schema.type === 'integer' ? 'integer' : 'number';
  const min = schema.minimum as number | undefined;
  const max = schema.maximum as number | undefined;
  const above = schema.exclusiveMinimum as number | undefined;
  const upper = max !== undefined && max < Number.MAX_SAFE_INTEGER ? max : undefined;
  if (min !== undefined && upper !== undefined) return `${base} ${min}..${upper}`;
  if (min !== undefined) return `${base} ≥ ${min}`;
  if (above !== undefined) return `${base} > ${above}`;
  return base;
}

function stringText(schema: Record<string, unknown>): string {
  if (schema.format === 'uri') return 'URL';
  if (schema.format === 'starts_with' && typeof schema.pattern === 'string') {
    return `string starting with ${code(schema.pattern.replace(/^\^/, '').replace(/\.\*$/, '').replace(/\\(.)/g, '$1'))}`;
  }
  if (typeof schema.pattern === 'string') return `string matching ${code(schema.pattern)}`;
  return 'string';
}

/** The settings table, optionally only those under `prefix` (a kind's page shows its own). */
export function configTable(rows: readonly ConfigRow[], prefix?: string): string {
  const shown = prefix === undefined ? rows : rows.filter((row) => row.path === prefix || row.path.startsWith(`${prefix}.`));
  if (shown.length === 0) throw new Error(`no configuration keys under "${prefix}"`);
  return table(
    ['Key', 'Type', 'Default', 'Meaning'],
    shown.map((row) => [code(row.path), row.type, row.default, cell(row.description)]),
  );
}
