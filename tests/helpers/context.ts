import { openRepository, openSnapshot, type Repository, type Snapshot } from '../../src/git/index.ts';

/** The repository and its HEAD snapshot, for a hand-made BuildContext: `{ ...(await atHead(dir)), config, ... }`. */
export async function atHead(dir: string): Promise<{ repo: Repository; snapshot: Snapshot }> {
  const repo = await openRepository(dir);
  return { repo, snapshot: await openSnapshot(repo) };
}
