#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
// The CLI is written in TypeScript and run through tsx's loader, so there is no separate build step
// between a checkout and a working `govpages`.
import { register } from 'tsx/esm/api';

register();
const { main, cleanUpOnSignals } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
cleanUpOnSignals();
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
