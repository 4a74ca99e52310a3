export { type Blob, readBlobs } from './blobs.ts';
export { commitAt, lastChangeTo, revisionCommit } from './commits.ts';
export { createRepositoryFromCommits, type ImportedCommit } from './fast-import.ts';
export { type FirstVersion, firstVersions } from './first-versions.ts';
export { type FileVersion, type FileVersionContent, fileHistory, listFileVersions } from './history.ts';
export { openRepository, type Repository } from './repository.ts';
export { openSnapshot, type Snapshot, type SnapshotEntry, type SnapshotFile } from './snapshot.ts';
export {
  FRESH_STATE_HINT,
  inspectStateBranch,
  readStateAt,
  readStateBranch,
  STATE_AUTHOR,
  STATE_MARKER_CONTENT,
  STATE_MARKER_FILE,
  StateConflictError,
  type StateFiles,
  stateBefore,
  stateBranchTip,
  stateFileAtParent,
  writeStateBranch,
} from './state-branch.ts';
export { type WorkTreeRoot, workTreeRoot } from './top-level.ts';
export { globPathspec, pathPathspec, tracksFilesUnder, workTreeChanges } from './work-tree.ts';
