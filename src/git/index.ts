export { openRepository, type Repository } from './repository.ts';
export { listFileVersions, fileHistory, readHeadFile, type FileVersion, type FileVersionContent } from './history.ts';
export { firstVersions, type FirstVersion } from './first-versions.ts';
export { readBlobs, type Blob } from './blobs.ts';
export { openSnapshot, workTreeChanges, type Snapshot, type SnapshotEntry, type SnapshotFile } from './snapshot.ts';
export { readStateAt, readStateBranch, stateBefore, writeStateBranch, type StateFiles } from './state-branch.ts';
export { runGit } from './run.ts';
