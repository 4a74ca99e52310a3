import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../core/errors.ts';
import type { StatusModel } from '../model/status-model.ts';
import { parseJson, parseWith } from '../core/validation.ts';

/** Environment variable naming the model JSON file the pages render (set by `renderSite`). */
export const MODEL_ENV = 'GOVPAGES_MODEL';

// The pages rely on the envelope; each section is typed by its kind and checked where it is built.
const envelopeSchema = z.looseObject({
  model_version: z.literal(1),
  site: z.looseObject({
    title: z.string(),
    url: z.string().nullable(),
    base: z.string().regex(/^\/([^/]+\/)*$/),
    auto_refresh_minutes: z.number().int().min(0),
  }),
  build: z.looseObject({ commit: z.string(), short_commit: z.string(), commit_date: z.string(), now: z.string(), govpages_version: z.string() }),
  verdict: z.looseObject({ status: z.enum(['pass', 'warn', 'fail']), checks: z.array(z.looseObject({})) }),
  badges: z.array(z.looseObject({ file: z.string(), kind: z.string(), endpoint: z.looseObject({ label: z.string(), message: z.string() }) })),
  events: z.array(z.looseObject({ id: z.string(), title: z.string(), date: z.string() })),
  sections: z.looseObject({}),
});

/** Parses a model file's text; errors name the file and the JSON path. */
export function parseModel(text: string, file: string): StatusModel {
  const data = parseJson(text, file);
  parseWith(envelopeSchema, data, file);
  return data as StatusModel;
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
