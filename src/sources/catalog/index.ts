export { repoMetadataSchema, repoSchemaJson, type RepoMetadata } from './metadata-schema.ts';
export { readCatalog, parseMetadata, listingBase, type RepoRecord } from './read.ts';
export { workTree, commitTree, sha256, type FileTree } from './file-tree.ts';
export { readCheckpointState, checkpointStateFiles, STATE_FILES } from './state.ts';
export { commitBeforeLastChange } from './previous-commit.ts';
export { parseYamlDocument } from './yaml.ts';
