// Settings for running Astro directly on the site sources (`GOVPAGES_MODEL=tests/fixtures/model/status-model.json npx astro dev`).
// `govpages build` does not read this file: `src/site/render.ts` passes the same settings inline,
// with the base path and URL from the model and caches in a temp dir.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  trailingSlash: 'ignore',
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
