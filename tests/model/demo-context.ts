import { join } from 'node:path';
import { configSchema } from '../../src/config/index.ts';
import { createDemoRepository, demoConfig } from '../../src/demo/index.ts';
import { readStateBranch } from '../../src/git/index.ts';
import type { BuildContext } from '../../src/pipeline/kind.ts';
import { atHead } from '../helpers/context.ts';
import { tempDir } from '../helpers/git.ts';

/** The demo's `now`: noon of its last day. */
export const DEMO_NOW = '2026-11-20T12:00:00.000Z';

/** A build context on a fresh demo repository, its state branch read as a build reads it. */
export async function demoContext(): Promise<BuildContext> {
  const dir = createDemoRepository(join(tempDir('govpages-model-'), 'repo')).dir;
  const { repo, snapshot } = await atHead(dir);
  const config = configSchema.parse(demoConfig());
  return { config, repo, snapshot, now: DEMO_NOW, previousState: await readStateBranch(repo, config.state.branch), env: {}, progress: () => {} };
}
