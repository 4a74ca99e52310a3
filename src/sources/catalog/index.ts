export { repoMetadataSchema, repoSchemaJson, type RepoMetadata } from './metadata-schema.ts';
export { readCatalog, parseMetadata, listingBase, listingBases, type RepoRecord } from './read.ts';
export { sha256, type FileTree } from './file-tree.ts';
export { snapshotTree } from './snapshot-tree.ts';
export { workTree, workTreeConfig } from './work-tree.ts';
export { readCheckpointState, STATE_FILES, STATE_FOLDER } from './state.ts';
export { commitBeforeLastChange } from './previous-commit.ts';
export { parseYamlDocument } from './yaml.ts';
