import { canonicalJson, stableJson } from '../../core/json.ts';
import { sha256Hex } from '../../core/sha256.ts';
import { GOVPAGES_VERSION } from '../../core/version.ts';
import { type SpecVersionSummary, specVersionsCacheSchema } from '../../model/api.ts';
import { RULES } from '../openapi/index.ts';

/**
 * Changes whenever the diff rules, the summary format or govpages itself change, so stale summaries
 * are redone: a rule's logic can change without its id or level changing, and a new release may
 * carry such a change. Format 2: the first readable version is the baseline and adds 0 operations.
 */
export const ENGINE_FINGERPRINT = sha256Hex(canonicalJson({ format: 2, govpages: GOVPAGES_VERSION, rules: RULES.map((rule) => [rule.id, rule.level]) })).slice(
  0,
  16,
);

/**
 * The summaries of `api/spec-versions.json` still valid for `versions`: the longest prefix whose
 * commits and blobs match (a rewritten history changes the ids). A cache from other rules, or one
 * that does not parse, is simply redone.
 */
export function cachedSummaries(text: string | undefined, versions: readonly { commit: string; blob: string }[]): SpecVersionSummary[] {
  const cached = readCache(text);
  let reusable = 0;
  while (reusable < versions.length && cached[reusable]?.commit === versions[reusable]!.commit && cached[reusable]!.blob === versions[reusable]!.blob)
    reusable++;
  return cached.slice(0, reusable);
}

/** The new `api/spec-versions.json`. */
export function serializeSpecCache(summaries: readonly SpecVersionSummary[]): string {
  return stableJson({ engine: ENGINE_FINGERPRINT, versions: summaries });
}

function readCache(text: string | undefined): SpecVersionSummary[] {
  if (!text) return [];
  try {
    const parsed = specVersionsCacheSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.engine === ENGINE_FINGERPRINT ? parsed.data.versions : [];
  } catch {
    return [];
  }
}
