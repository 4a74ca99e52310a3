import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { globby } from 'globby';
import { integritySchema } from '../../../src/config/integrity.ts';
import { runIntegrity } from '../../../src/integrity/index.ts';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { renderSite } from '../../../src/site/render.ts';

export const FIXTURE_MODEL = path.resolve(import.meta.dirname, '../../fixtures/model/status-model.json');

/** A fixed test seed (never a real key): base64 of 32 bytes 0x07. */
export const TEST_SIGNING_SEED = Buffer.alloc(32, 7).toString('base64');

export async function fixtureModel(): Promise<StatusModel> {
  return JSON.parse(await readFile(FIXTURE_MODEL, 'utf8')) as StatusModel;
}

/**
 * Renders the fixture model's site into a fresh temp dir, adds the files the pipeline publishes
 * beside it (badge JSON, status.json) and runs the real integrity stage over everything, signed
 * with the test key, so the verify and integrity pages see what a real build publishes.
 */
export async function buildFixtureSite(patch: (model: StatusModel) => StatusModel = (model) => model): Promise<{ dir: string; model: StatusModel }> {
  // The fixture is an unsigned build; this site is signed, and its pages must know it before they render.
  const unsigned = await fixtureModel();
  const model = patch({ ...unsigned, build: { ...unsigned.build, signed: true } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-site-test-'));
  await renderSite(model, dir);
  for (const badge of model.badges) await writeFile(path.join(dir, badge.file), `${JSON.stringify(badge.endpoint)}\n`);
  await mkdir(path.join(dir, 'status'), { recursive: true });
  await writeFile(path.join(dir, 'status/status.json'), `${JSON.stringify(model)}\n`);
  const files = await Promise.all(
    (await globby('**/*', { cwd: dir, dot: true })).sort().map(async (file) => ({ path: file, content: new Uint8Array(await readFile(path.join(dir, file))) })),
  );
  const integrity = await runIntegrity({
    files,
    previousState: new Map(),
    env: { GOV_SIGNING_PRIVATE_KEY: TEST_SIGNING_SEED },
    now: model.build.now,
    commit: model.build.commit,
    config: integritySchema.parse({}),
    siteUrl: model.site.url ?? undefined,
  });
  for (const file of integrity.files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.content);
  }
  return { dir, model };
}
