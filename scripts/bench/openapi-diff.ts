import { diffOpenApi } from '../../src/metrics/openapi/index.ts';
import { type OpenApiDocument, parseOpenApiSync } from '../../src/sources/openapi/index.ts';

/**
 * Diff engine benchmark: 1,000 versions of a 300-operation OpenAPI document, each a few realistic
 * edits away from the one before (optional fields and parameters added, enum values added,
 * descriptions reworded, now and then a breaking edit). Generated from a fixed seed, so every run
 * measures the same documents. Times parsing every version (YAML, refs resolved) and diffing every
 * consecutive pair.
 */
export async function runOpenApiDiffBench(versions = 1000, resources = 60): Promise<Record<string, number | string>> {
  let start = performance.now();
  const history = generateHistory(versions, resources);
  const generateMs = performance.now() - start;

  // The whole history: parse every version (JSON) and diff it with the one before.
  let parseMs = 0;
  let diffMs = 0;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  let parseCpuMs = 0;
  let diffCpuMs = 0;
  let findings = 0;
  let breakingPairs = 0;
  let previous: OpenApiDocument | undefined;
  for (const [index, text] of history.entries()) {
    start = performance.now();
    let cpu = process.cpuUsage();
    const document = parseOpenApiSync(text, `v${index}.json`);
    parseMs += performance.now() - start;
    parseCpuMs += cpuMs(cpu);
    if (previous) {
      start = performance.now();
      cpu = process.cpuUsage();
      const diff = diffOpenApi(previous, document);
      diffMs += performance.now() - start;
      diffCpuMs += cpuMs(cpu);
      findings += diff.findings.length;
      if (diff.breaking > 0) breakingPairs++;
    }
    previous = document;
  }

  // YAML (block style, as specs are usually written) is parsed far slower than JSON: measured on a
  // sample of versions so the benchmark stays short.
  const sample = history.filter((_, index) => index % YAML_SAMPLE_EVERY === 0).map((text) => toBlockYaml(JSON.parse(text)));
  start = performance.now();
  for (const [index, text] of sample.entries()) parseOpenApiSync(text, `v${index}.yaml`);
  const yamlMs = performance.now() - start;

  const pairs = versions - 1;
  return {
    versions,
    operations_per_version: countOperations(JSON.parse(history[0]!)),
    json_bytes_per_version: history[0]!.length,
    yaml_bytes_per_version: sample[0]!.length,
    pairs,
    findings,
    breaking_pairs: breakingPairs,
    generate_ms: round(generateMs),
    parse_json_ms_total: round(parseMs),
    parse_json_ms_per_version: round(parseMs / versions, 2),
    diff_ms_total: round(diffMs),
    diff_ms_per_pair: round(diffMs / pairs, 2),
    parse_json_cpu_ms_total: round(parseCpuMs),
    diff_cpu_ms_total: round(diffCpuMs),
    diff_cpu_ms_per_pair: round(diffCpuMs / pairs, 2),
    parse_and_diff_ms_total: round(parseMs + diffMs),
    parse_yaml_ms_per_version: round(yamlMs / sample.length, 2),
    parse_yaml_sample_versions: sample.length,
  };
}

const YAML_SAMPLE_EVERY = 20;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

type Json = Record<string, unknown>;

/** mulberry32: a tiny deterministic PRNG, so the generated history is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function baseDocument(resources: number): Json {
  const paths: Json = {};
  const schemas: Json = {
    Error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'integer' }, message: { type: 'string' } } },
  };
  const errors = { '400': { $ref: '#/components/responses/Error' }, '404': { $ref: '#/components/responses/Error' } };
  for (let r = 0; r < resources; r++) {
    const name = `Resource${r}`;
    const path = `/resource-${r}`;
    schemas[name] = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string', format: 'uuid', readOnly: true },
        name: { type: 'string', maxLength: 120 },
        status: { type: 'string', enum: ['active', 'archived'] },
        count: { type: 'integer', minimum: 0 },
        tags: { type: 'array', items: { type: 'string' } },
        owner: { $ref: '#/components/schemas/Owner' },
        created: { type: 'string', format: 'date-time', readOnly: true },
      },
    };
    const body = { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } };
    const one = { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } };
    const list = { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: `#/components/schemas/${name}` } } } } };
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    paths[path] = {
      get: {
        operationId: `list${name}`,
        parameters: [{ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Cursor' }],
        responses: { '200': list, ...errors },
      },
      post: { operationId: `create${name}`, requestBody: body, responses: { '201': one, ...errors } },
    };
    paths[`${path}/{id}`] = {
      parameters: [id],
      get: { operationId: `get${name}`, responses: { '200': one, ...errors } },
      put: { operationId: `update${name}`, requestBody: body, responses: { '200': one, ...errors } },
      delete: { operationId: `delete${name}`, responses: { '204': { description: 'deleted' }, ...errors } },
    };
  }
  schemas.Owner = {
    type: 'object',
    properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' }, manager: { $ref: '#/components/schemas/Owner' } },
  };
  return {
    openapi: '3.0.3',
    info: { title: 'Benchmark API', version: '1.0.0' },
    paths,
    components: {
      schemas,
      parameters: {
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
        Cursor: { name: 'cursor', in: 'query', schema: { type: 'string' } },
      },
      responses: { Error: { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }],
  };
}

/** One small edit, chosen by the PRNG; about one in twenty is breaking. */
function mutate(document: Json, next: () => number, version: number, resources: number): void {
  const components = document.components as Json;
  const schemas = components.schemas as Json;
  const paths = document.paths as Json;
  const r = Math.floor(next() * resources);
  const schema = schemas[`Resource${r}`] as Json;
  const properties = schema.properties as Json;
  const roll = next();
  if (roll < 0.3) properties[`field${version}`] = { type: 'string', description: `added in version ${version}` };
  else if (roll < 0.5) ((properties.status as Json).enum as string[]).push(`state${version}`);
  else if (roll < 0.7) (schema as Json).description = `Resource ${r}, revised in version ${version}`;
  else if (roll < 0.85) {
    const list = (paths[`/resource-${r}`] as Json).get as Json;
    (list.parameters as unknown[]).push({ name: `filter${version}`, in: 'query', schema: { type: 'string' } });
  } else if (roll < 0.95) (properties.name as Json).maxLength = 120 + version;
  else if (roll < 0.975) (schema.required as string[]).push('status');
  else delete properties.tags;
}

function generateHistory(versions: number, resources: number): string[] {
  const next = random(20251117);
  const document = baseDocument(resources);
  const json: string[] = [];
  for (let version = 0; version < versions; version++) {
    if (version > 0) {
      const edits = 1 + Math.floor(next() * 3);
      for (let edit = 0; edit < edits; edit++) mutate(document, next, version, resources);
      (document.info as Json).version = `1.${version}.0`;
    }
    json.push(JSON.stringify(document));
  }
  return json;
}

/** Block-style YAML of plain JSON data; strings double-quoted (JSON escapes are YAML escapes). */
function toBlockYaml(value: unknown, indent = ''): string {
  const key = (name: string) => (/^[A-Za-z_$][\w$.-]*$/.test(name) ? name : JSON.stringify(name));
  const inline = (item: unknown) =>
    typeof item !== 'object' || item === null
      ? JSON.stringify(item)
      : Array.isArray(item)
        ? item.length === 0
          ? '[]'
          : undefined
        : Object.keys(item).length === 0
          ? '{}'
          : undefined;
  let out = '';
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = inline(item);
      out += text !== undefined ? `${indent}- ${text}\n` : `${indent}-\n${toBlockYaml(item, `${indent}  `)}`;
    }
    return out;
  }
  for (const [name, item] of Object.entries(value as Json)) {
    const text = inline(item);
    out += text !== undefined ? `${indent}${key(name)}: ${text}\n` : `${indent}${key(name)}:\n${toBlockYaml(item, `${indent}  `)}`;
  }
  return out;
}

function countOperations(document: Json): number {
  let count = 0;
  for (const item of Object.values(document.paths as Json)) for (const method of ['get', 'put', 'post', 'delete', 'patch']) if ((item as Json)[method]) count++;
  return count;
}
