import { escapePointerSegment } from '../../core/json-pointer.ts';
import type { OpenApiDocument } from '../../sources/openapi/index.ts';
import { asObject, entries, type JsonObject } from './json.ts';
import { collectOperations, type OperationEntry, parameterSchema } from './operations.ts';
import type { Finding, FindingLevel } from './types.ts';
import { type SchemaPair, type VariantPair, walkSchemas } from './walk.ts';

/** What every rule is given: operations matched once, and every corresponding pair of schemas. */
export interface DiffContext {
  baseOperations: Map<string, OperationEntry>;
  revisionOperations: Map<string, OperationEntry>;
  /** Operations present in both, in key order. */
  matched: OperationPair[];
  /**
   * The matched operations that differ in any way (operation object or path-level parameters).
   * Rules that only look inside operations iterate these: most operations of two consecutive
   * versions are unchanged. Rules that also depend on document-level parts (security) use `matched`.
   */
  changed: OperationPair[];
  schemaPairs: SchemaPair[];
  /** Every pair of `oneOf`/`anyOf` member lists met while walking the schema pairs. */
  variantPairs: VariantPair[];
  /** Makes a finding at the level the rule table gives `id`. */
  report(id: string, message: string, operation?: string, location?: string): Finding;
}

export interface OperationPair {
  key: string;
  /** The revision's label, `GET /pets/{petId}`. */
  label: string;
  base: OperationEntry;
  revision: OperationEntry;
}

export function buildContext(base: OpenApiDocument, revision: OpenApiDocument, levels: ReadonlyMap<string, FindingLevel>): DiffContext {
  const baseOperations = collectOperations(base.paths);
  const revisionOperations = collectOperations(revision.paths);
  const matched: OperationPair[] = [];
  for (const key of [...revisionOperations.keys()].sort()) {
    const baseOperation = baseOperations.get(key);
    const revisionOperation = revisionOperations.get(key)!;
    if (baseOperation) matched.push({ key, label: revisionOperation.label, base: baseOperation, revision: revisionOperation });
  }
  const changed = matched.filter((pair) => pair.base.hash !== pair.revision.hash);
  const schemaPairs: SchemaPair[] = [];
  const variantPairs: VariantPair[] = [];
  for (const pair of changed) collectSchemaPairs(pair, schemaPairs, variantPairs);
  return {
    baseOperations,
    revisionOperations,
    matched,
    changed,
    schemaPairs,
    variantPairs,
    report(id, message, operation, location) {
      const level = levels.get(id);
      if (!level) throw new Error(`rule id "${id}" is not in the rule table`);
      const finding: Finding = { id, level, message };
      if (operation !== undefined) finding.operation = operation;
      if (location !== undefined) finding.location = location;
      return finding;
    },
  };
}

function collectSchemaPairs(pair: OperationPair, out: SchemaPair[], variants: VariantPair[]): void {
  const operation = pair.label;
  for (const [key, parameter] of pair.revision.parameters) {
    const baseParameter = pair.base.parameters.get(key);
    if (!baseParameter) continue;
    walkSchemas(
      {
        operation,
        direction: 'request',
        subject: 'parameter',
        location: `parameters/${parameter.in}/${escapePointerSegment(parameter.name)}`,
        base: parameterSchema(baseParameter.object),
        revision: parameterSchema(parameter.object),
      },
      out,
      variants,
    );
  }
  const baseBody = asObject(pair.base.object.requestBody);
  const revisionBody = asObject(pair.revision.object.requestBody);
  for (const [mediaType, base, revision] of commonMedia(baseBody, revisionBody)) {
    walkSchemas(
      {
        operation,
        direction: 'request',
        subject: 'body',
        location: `requestBody/content/${escapePointerSegment(mediaType)}/schema`,
        base: base.schema,
        revision: revision.schema,
      },
      out,
      variants,
    );
  }
  const baseResponses = asObject(pair.base.object.responses) ?? {};
  for (const [status, revisionResponse] of entries(pair.revision.object.responses)) {
    const baseResponse = asObject(baseResponses[status]);
    const revisionObject = asObject(revisionResponse);
    if (!baseResponse || !revisionObject) continue;
    for (const [mediaType, base, revision] of commonMedia(baseResponse, revisionObject)) {
      walkSchemas(
        {
          operation,
          direction: 'response',
          subject: 'body',
          location: `responses/${status}/content/${escapePointerSegment(mediaType)}/schema`,
          base: base.schema,
          revision: revision.schema,
        },
        out,
        variants,
      );
    }
    const baseHeaders = headerMap(baseResponse);
    for (const [name, header] of headerMap(revisionObject)) {
      const baseHeader = baseHeaders.get(name);
      if (!baseHeader) continue;
      walkSchemas(
        {
          operation,
          direction: 'response',
          subject: 'header',
          location: `responses/${status}/headers/${escapePointerSegment(header.name)}`,
          base: parameterSchema(baseHeader.object),
          revision: parameterSchema(header.object),
        },
        out,
        variants,
      );
    }
  }
}

/**
 * `application/json; charset=utf-8` and `Application/JSON` are the same media type; other
 * parameters (`version=2`) can select a different representation, so they stay.
 */
export function normalizeMediaType(mediaType: string): string {
  return mediaType
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/;charset=[^;]*/g, '');
}

export function mediaMap(holder: JsonObject | undefined): Map<string, { name: string; object: JsonObject }> {
  const map = new Map<string, { name: string; object: JsonObject }>();
  for (const [name, value] of entries(holder?.content)) map.set(normalizeMediaType(name), { name, object: asObject(value) ?? {} });
  return map;
}

function commonMedia(base: JsonObject | undefined, revision: JsonObject | undefined): [string, JsonObject, JsonObject][] {
  const baseMedia = mediaMap(base);
  const out: [string, JsonObject, JsonObject][] = [];
  for (const [key, media] of mediaMap(revision)) {
    const baseEntry = baseMedia.get(key);
    if (baseEntry) out.push([media.name, baseEntry.object, media.object]);
  }
  return out;
}

/** Response headers by lower-cased name; `Content-Type` is described by `content`, not here. */
export function headerMap(response: JsonObject | undefined): Map<string, { name: string; object: JsonObject }> {
  const map = new Map<string, { name: string; object: JsonObject }>();
  for (const [name, value] of entries(response?.headers)) {
    if (name.toLowerCase() === 'content-type') continue;
    map.set(name.toLowerCase(), { name, object: asObject(value) ?? {} });
  }
  return map;
}
