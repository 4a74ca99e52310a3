export { openRepository, type Repository } from './repository.ts';
export { listFileVersions, fileHistory, readHeadFile, type FileVersion, type FileVersionContent } from './history.ts';
export { firstVersions, type FirstVersion } from './first-versions.ts';
export { readBlobs, type Blob } from './blobs.ts';
export { openSnapshot, type Snapshot, type SnapshotEntry, type SnapshotFile } from './snapshot.ts';
export { tracksFilesUnder, workTreeChanges } from './work-tree.ts';
export {
  readStateAt,
  readStateBranch,
  STATE_AUTHOR,
  STATE_MARKER_CONTENT,
  STATE_MARKER_FILE,
  StateConflictError,
  stateBefore,
  stateBranchTip,
  writeStateBranch,
  type StateFiles,
} from './state-branch.ts';
export { commitAt, lastChangeTo, revisionCommit } from './commits.ts';
export { runGit } from './run.ts';
