import type { Snapshot } from '../../git/index.ts';
import { type ParsedSpec, parseSpec } from './spec-file.ts';

/** The spec in the commit being built: its blob (null when it is missing) and what parsing it gave. */
export type HeadSpec = ParsedSpec & { blob: string | null };

/** Reads and parses the spec from the build's snapshot; a missing spec is a placeholder run's error. */
export async function readSpecAtHead(snapshot: Snapshot, path: string): Promise<HeadSpec> {
  if (!snapshot.entries.has(path)) {
    const message = `OpenAPI spec not found at HEAD (${snapshot.commit.slice(0, 7)}); set sources.openapi.path to where the spec lives`;
    return { blob: null, doc: null, error: { message, file: path, where: null } };
  }
  for await (const file of snapshot.read([path])) return { blob: file.blob, ...parseSpec(file.content, path) };
  throw new Error(`git returned nothing for ${path}`);
}
