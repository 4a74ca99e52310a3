import type { OpenApiDocument } from '../../sources/openapi/index.ts';
import { diffOpenApi, type OpenApiDiff } from '../openapi/index.ts';

/** A readable version of the spec: the commit it is from, its blob (null: not in git) and document. */
export interface SpecAt {
  commit: string;
  blob: string | null;
  doc: OpenApiDocument;
}

/** Diffs by (base blob, revision blob), so the same pair is never diffed twice in one build. */
export class DiffCache {
  private readonly cache = new Map<string, OpenApiDiff>();

  get(base: Pick<SpecAt, 'blob' | 'doc'>, revision: Pick<SpecAt, 'blob' | 'doc'>): OpenApiDiff {
    const key = base.blob && revision.blob ? `${base.blob}:${revision.blob}` : null;
    const cached = key ? this.cache.get(key) : undefined;
    if (cached) return cached;
    const diff = diffOpenApi(base.doc, revision.doc);
    if (key) this.cache.set(key, diff);
    return diff;
  }
}

/** Breaking findings and operations added and removed: what a run and a version summary count. */
export function changeCounts(diff: OpenApiDiff): { added: number; removed: number; breaking: number } {
  return { added: diff.operations.added.length, removed: diff.operations.removed.length, breaking: diff.breaking };
}
