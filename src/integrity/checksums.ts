import { InputError } from '../core/errors.ts';
import { sha256Hex } from '../core/sha256.ts';
import type { OutputFile } from '../model/output-file.ts';
import { aggregateInput, artifactPathSchema, type ChecksumsDocument, INTEGRITY_FILES, sortedArtifacts } from './formats.ts';

/** checksums.json for the published files: sha256 per path and the aggregate over the sorted list. */
export function buildChecksums(files: readonly OutputFile[]): ChecksumsDocument {
  const artifacts: Record<string, string> = {};
  for (const file of files) {
    if (!artifactPathSchema.safeParse(file.path).success) throw new InputError('published path is not a clean relative path', { file: file.path });
    if (INTEGRITY_FILES.includes(file.path)) throw new InputError('this path is reserved for the integrity files', { file: file.path });
    if (Object.hasOwn(artifacts, file.path)) throw new InputError('published twice', { file: file.path });
    artifacts[file.path] = sha256Hex(file.content);
  }
  return {
    checksums_format_version: 1,
    algorithm: 'sha256',
    aggregate_sha256: sha256Hex(aggregateInput(sortedArtifacts(artifacts))),
    count: Object.keys(artifacts).length,
    artifacts,
  };
}
