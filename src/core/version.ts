import { readFileSync } from 'node:fs';

/** The govpages version, from package.json, for build info and `--version`. */
export const GOVPAGES_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
