import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { compareStrings } from '../core/compare.ts';
import { InputError } from '../core/errors.ts';
import { sha256Hex } from '../core/sha256.ts';
import { parseJson, parseWith } from '../core/validation.ts';
import { openRepository, openSnapshot, stateBefore } from '../git/index.ts';
import { ARCHIVE_STATE_FILE, parseLog } from '../integrity/archive.ts';
import { CHECKSUMS_FILE, checksumsDocumentSchema, SIGNATURE_FILE } from '../integrity/index.ts';
import { build, buildConfig } from './build.ts';

/** What of `status/status.json` a rebuild needs: which commit, at which `now`. */
const publishedBuildSchema = z.looseObject({
  build: z.looseObject({ commit: z.string().regex(/^[0-9a-f]{40}$/), now: z.string() }),
  site: z.looseObject({ base: z.string(), url: z.string().nullable() }),
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
  /** The `--config FILE` the build was given, if any. */
  configPath?: string;
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
  // Where the site was served (the Action's base-path and site-url) is recorded in status.json.
  const repo = await openRepository(options.repoDir, commit);
  const siteOverrides = { base: published.site.base, ...(published.site.url === null ? {} : { url: published.site.url }) };
  const settings = { configPath: options.configPath, env: options.env, siteOverrides };
  // The state branch is named by the config of the commit being rebuilt, as that build read it.
  const config = await buildConfig(repo, await openSnapshot(repo), settings);

  const work = mkdtempSync(join(tmpdir(), 'govpages-rebuild-'));
  try {
    progress(`rebuild: ${commit.slice(0, 7)} at ${now}`);
    // The state-branch commit that build wrote has this build in its audit log; its parent is the
    // state the build started from.
    const from = await stateBefore(repo, config.state.branch, commit, (files) =>
      parseLog(files.get(ARCHIVE_STATE_FILE) ?? '', ARCHIVE_STATE_FILE).some((entry) => entry.aggregate_sha256 === checksums.aggregate_sha256),
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
      ...settings,
      env: { ...options.env, GOV_SIGNING_PRIVATE_KEY: '', GOVERNANCE_WEBHOOK: '' },
      writeState: false,
      webhook: false,
      stateFrom: from ?? null,
      assumeSigned: existsSync(join(options.publishedDir, SIGNATURE_FILE)),
      progress: (message) => progress(`rebuild: ${message}`),
    });
    const rebuilt = result.integrity!.section;
    const rebuiltFile = join(outDir, CHECKSUMS_FILE);
    const rebuiltArtifacts = parseWith(checksumsDocumentSchema, parseJson(readFileSync(rebuiltFile, 'utf8'), rebuiltFile), rebuiltFile).artifacts;
    // Compare the files actually on disk, not only the published checksums.json: a file altered
    // after publishing must show up too.
    const differences: RebuildDifference[] = [];
    for (const [path, hash] of Object.entries(rebuiltArtifacts)) {
      const file = join(options.publishedDir, path);
      if (!existsSync(file)) differences.push({ path, kind: 'missing' });
      else if (sha256Hex(readFileSync(file)) !== hash) differences.push({ path, kind: 'changed' });
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
