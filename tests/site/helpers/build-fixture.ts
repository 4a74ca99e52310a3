import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StatusModel } from '../../../src/model/status-model.ts';
import { renderSite } from '../../../src/site/render.ts';

export const FIXTURE_MODEL = path.resolve(import.meta.dirname, '../../fixtures/model/status-model.json');

export async function fixtureModel(): Promise<StatusModel> {
  return JSON.parse(await readFile(FIXTURE_MODEL, 'utf8')) as StatusModel;
}

/** Renders the fixture model's site into a fresh temp dir and returns it with the model. */
export async function buildFixtureSite(patch: (model: StatusModel) => StatusModel = (model) => model): Promise<{ dir: string; model: StatusModel }> {
  const model = patch(await fixtureModel());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'govpages-site-test-'));
  await renderSite(model, dir);
  return { dir, model };
}
