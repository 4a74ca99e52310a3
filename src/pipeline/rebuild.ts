import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CONFIG_FILE, parseConfig } from '../config/index.ts';
import { compareStrings } from '../core/compare.ts';
import { InputError } from '../core/errors.ts';
import { parseJson, parseWith } from '../core/validation.ts';
import { openRepository, openSnapshot, stateBefore } from '../git/index.ts';
import { ARCHIVE_STATE_FILE } from '../integrity/archive.ts';
import { CHECKSUMS_FILE, checksumsDocumentSchema, SIGNATURE_FILE } from '../integrity/index.ts';
import { build } from './build.ts';

/** What of `status/status.json` a rebuild needs: which commit, at which `now`. */
const publishedBuildSchema = z.looseObject({
  build: z.looseObject({ commit: z.string().regex(/^[0-9a-f]{40}$/), now: z.string() }),
});

export interface RebuildDifference {
  path: string;
  /** `missing`: the rebuild makes it, the published site lacks it; `not-rebuilt`: published, but the rebuild does not make it. */
  kind: 'changed' | 'missing' | 'not-rebuilt';
}

export interface RebuildReport {
  ok: boolean;
  commit: string;
  now: string;
  /**
   * The state the rebuild started from: `state-branch` (the state that build started from),
   * `empty` (that build was the first on the branch) or `not-found` (no build of this commit on the
   * state branch: started empty, so state-derived files may differ).
   */
  state: 'state-branch' | 'empty' | 'not-found';
  published_aggregate: string;
  rebuilt_aggregate: string;
  differences: RebuildDifference[];
}

/**
 * `verify --rebuild`: builds the commit a published directory says it was built from, at the `now`
 * it records, from the state that build started from, and compares every artifact hash. The same
 * inputs give byte-identical output, so any difference means the published files are not what this
 * repository builds. Needs no signing key (signatures are not part of the aggregate).
 */
export async function rebuildPublished(options: {
  publishedDir: string;
  repoDir: string;
  env: NodeJS.ProcessEnv;
  progress?: (message: string) => void;
}): Promise<RebuildReport> {
  const progress = options.progress ?? (() => {});
  const statusFile = join(options.publishedDir, 'status/status.json');
  const checksumsFile = join(options.publishedDir, CHECKSUMS_FILE);
  for (const file of [statusFile, checksumsFile]) {
    if (!existsSync(file)) throw new InputError('not found (expected the output directory of a govpages build)', { file });
  }
  const published = parseWith(publishedBuildSchema, parseJson(readFileSync(statusFile, 'utf8'), statusFile), statusFile);
  const checksums = parseWith(checksumsDocumentSchema, parseJson(readFileSync(checksumsFile, 'utf8'), checksumsFile), checksumsFile);
  const { commit, now } = published.build;

  // The commit is read through git, like every build: no checkout, and the work tree is not looked at.
  const repo = await openRepository(options.repoDir, commit);
  const snapshot = await openSnapshot(repo);
  const configText = await snapshot.readFile(CONFIG_FILE);
  // The state branch is named by the config of the commit being rebuilt, as that build read it.
  const config = parseConfig(configText === null ? null : configText.toString('utf8'), CONFIG_FILE, options.env);

  const work = mkdtempSync(join(tmpdir(), 'govpages-rebuild-'));
  try {
    progress(`rebuild: ${commit.slice(0, 7)} at ${now}`);
    // The state-branch commit that build wrote has this build in its audit log; its parent is the
    // state the build started from.
    const from = await stateBefore(repo, config.state.branch, commit, (files) =>
      (files.get(ARCHIVE_STATE_FILE) ?? '').includes(`"aggregate_sha256":"${checksums.aggregate_sha256}"`),
    );
    if (from === undefined) {
      progress(`rebuild: no build of ${commit.slice(0, 7)} on the ${config.state.branch} branch; starting from an empty state`);
    }
    const outDir = join(work, 'dist');
    const result = await build({
      repoDir: repo.root,
      commit,
      outDir,
      now,
      env: { ...options.env, GOV_SIGNING_PRIVATE_KEY: '', GOVERNANCE_WEBHOOK: '' },
      writeState: false,
      webhook: false,
      stateFrom: from ?? null,
      assumeSigned: existsSync(join(options.publishedDir, SIGNATURE_FILE)),
      progress: (message) => progress(`rebuild: ${message}`),
    });
    const rebuilt = result.integrity!.section;
    const rebuiltArtifacts = parseWith(checksumsDocumentSchema, parseJson(readFileSync(join(outDir, CHECKSUMS_FILE), 'utf8'), 'rebuild'), 'rebuild').artifacts;
    // Compare the files actually on disk, not only the published checksums.json: a file altered
    // after publishing must show up too.
    const differences: RebuildDifference[] = [];
    for (const [path, hash] of Object.entries(rebuiltArtifacts)) {
      const file = join(options.publishedDir, path);
      if (!existsSync(file)) differences.push({ path, kind: 'missing' });
      else if (createHash('sha256').update(readFileSync(file)).digest('hex') !== hash) differences.push({ path, kind: 'changed' });
    }
    for (const path of Object.keys(checksums.artifacts)) {
      if (!(path in rebuiltArtifacts)) differences.push({ path, kind: 'not-rebuilt' });
    }
    differences.sort((a, b) => compareStrings(a.path, b.path));
    return {
      ok: differences.length === 0 && rebuilt.aggregate_sha256 === checksums.aggregate_sha256,
      commit,
      now,
      state: from === undefined ? 'not-found' : from === null ? 'empty' : 'state-branch',
      published_aggregate: checksums.aggregate_sha256,
      rebuilt_aggregate: rebuilt.aggregate_sha256,
      differences,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
