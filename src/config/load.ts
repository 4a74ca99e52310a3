import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.ts';
import { pathInside } from '../core/repo-path.ts';
import { decodeText } from '../core/text.ts';
import { parseJson, parseWith } from '../core/validation.ts';
import type { SourceKey } from '../model/kinds.ts';
import { environmentOverrides } from './env.ts';
import { configSchema, type GovpagesConfig } from './schema.ts';

export const CONFIG_FILE = 'govpages.config.json';

/**
 * Reads `govpages.config.json` from the work tree of the repository (or `configPath`), applies the
 * seed's environment variable overrides and validates the result. A repository without a config
 * file gets the defaults with the alert taxonomy at its seed path, so `govpages build` works on a
 * bare seed-style repository. `lint`, `catalog` and `ports` read the work tree; `build` reads the
 * committed file through `parseConfig`.
 */
export function loadConfig(repoDir: string, env: NodeJS.ProcessEnv, configPath?: string, options: ConfigOptions = {}): GovpagesConfig {
  const path = configPath ?? join(repoDir, CONFIG_FILE);
  // Errors name the file as the user knows it: relative to the repository when it is inside.
  const file = pathInside(repoDir, path) || path;
  if (!existsSync(path)) {
    if (configPath) throw new InputError('config file not found (expected a govpages.config.json)', { file });
    return parseConfig(null, file, env, options);
  }
  if (!statSync(path).isFile()) throw new InputError('is not a file (expected a govpages.config.json)', { file });
  // The repository's own config may come from a pull request: a link out of it is not followed (and
  // its target is never quoted). A --config the caller names is the caller's choice.
  if (!configPath && pathInside(realpathSync(repoDir), realpathSync(path)) === null) {
    throw new InputError('is a symbolic link to a path outside the repository (expected a file inside it)', { file });
  }
  return parseConfig(decodeText(readFileSync(path), file), file, env, options);
}

export interface ConfigOptions {
  /**
   * A kind's source to configure with its defaults when the file has none: the work-tree commands
   * (`catalog`, `ports`) run on a repository whatever its config turns on.
   */
  withSource?: SourceKey;
}

/** The config from its text (`null`: no config file, so the defaults), with the environment overrides. */
export function parseConfig(text: string | null, file: string, env: NodeJS.ProcessEnv, options: ConfigOptions = {}): GovpagesConfig {
  const written = text === null ? { sources: { taxonomy: {} } } : parseJson(text, file);
  const raw = options.withSource ? withDefaultSource(written, options.withSource) : written;
  const parsed = parseWith(configSchema, raw, file);
  const { thresholds, catalogStrict } = environmentOverrides(env);
  const strictCatalog = catalogStrict !== undefined && parsed.sources.catalog !== undefined;
  if (Object.keys(thresholds).length === 0 && !strictCatalog) return parsed;
  // The overrides go into the file's own values and the whole is validated again, so an
  // out-of-range variable is reported at its setting's JSON path.
  const given = raw as { thresholds?: object; sources?: { catalog?: object } };
  const overridden = {
    ...given,
    thresholds: { ...given.thresholds, ...thresholds },
    ...(strictCatalog ? { sources: { ...given.sources, catalog: { ...given.sources?.catalog, strict: catalogStrict } } } : {}),
  };
  return parseWith(configSchema, overridden, `${file} (with environment overrides)`);
}

function withDefaultSource(raw: unknown, key: SourceKey): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const sources = (raw as { sources?: unknown }).sources;
  if (sources !== undefined && (sources === null || typeof sources !== 'object' || key in sources)) return raw;
  return { ...raw, sources: { ...(sources as object | undefined), [key]: {} } };
}
