import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import { parseJson, parseWith } from '../core/validation.ts';
import { type StatusModel, statusModelSchema } from '../model/status-model.ts';

/** Environment variable naming the model JSON file the pages render (set by `renderSite`). */
export const MODEL_ENV = 'GOVPAGES_MODEL';

/**
 * Parses a model file's text with the model's own schema, so a page never renders a shape the
 * build did not produce; errors name the file and the JSON path.
 */
export function parseModel(text: string, file: string): StatusModel {
  return parseWith(statusModelSchema, parseJson(text, file), file);
}

let cached: { file: string; model: StatusModel } | null = null;

/** The model the pages render: the file named by `GOVPAGES_MODEL`, read once per build. */
export function loadModel(env: NodeJS.ProcessEnv = process.env): StatusModel {
  const file = env[MODEL_ENV];
  if (!file) throw new InputError(`${MODEL_ENV} is not set: renderSite() sets it to the model JSON file`, { file: MODEL_ENV });
  if (cached?.file === file) return cached.model;
  const model = parseModel(readFileSync(file, 'utf8'), file);
  cached = { file, model };
  return model;
}
