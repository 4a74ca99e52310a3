#!/usr/bin/env node
// Plain JavaScript that any Node.js since 12.17 (ES modules; no top-level await, which needs 14.8)
// can parse and run up to the version check: an older
// Node must get one clear line and exit 2, not a syntax error or an EBADENGINE stack from Astro.
// Keep MINIMUM equal to package.json's engines.node (tests/package/engines.test.ts checks it).
import { existsSync } from 'node:fs';

const MINIMUM = [22, 19, 0];
const current = process.versions.node.split('.').map(Number);
const tooOld = current.findIndex((part, i) => part !== MINIMUM[i]);
if (tooOld !== -1 && current[tooOld] < MINIMUM[tooOld]) {
  process.stderr.write(`govpages: error: Node.js ${process.versions.node} is too old; govpages needs Node.js ${MINIMUM.join('.')} or later\n`);
  process.exit(2);
}

// The package runs the compiled JavaScript in lib/ (built by `npm run build:js`, and by `prepack`
// for the tarball). A checkout that has not built it (the GitHub Action runs from one), or
// GOVPAGES_FROM_SOURCE=1 (the tests, so that a stale lib/ never answers for the current sources),
// runs src/ directly: Node >= 22.18 strips the types itself (the sources use erasable syntax only).
const compiled = new URL('../lib/cli/main.js', import.meta.url);
const fromSource = process.env.GOVPAGES_FROM_SOURCE === '1' || !existsSync(compiled);
const entry = fromSource ? new URL('../src/cli/main.ts', import.meta.url) : compiled;
import(entry.href)
  .then(({ main, cleanUpOnSignals }) => {
    cleanUpOnSignals();
    return main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: process.env,
      cwd: process.cwd(),
    });
  })
  .then((code) => {
    process.exitCode = code;
  });
