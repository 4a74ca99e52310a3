export type { FileTree } from './file-tree.ts';
export { type RepoMetadata, repoMetadataSchema, repoSchemaJson } from './metadata-schema.ts';
export { commitBeforeLastChange } from './previous-commit.ts';
export { listingBase, listingBases, parseMetadata, type RepoRecord, readCatalog } from './read.ts';
export { snapshotTree } from './snapshot-tree.ts';
export { readCheckpointState, STATE_FILES, STATE_FOLDER } from './state.ts';
export { workTree } from './work-tree.ts';
