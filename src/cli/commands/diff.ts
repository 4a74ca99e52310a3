import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { type DiffReportInput, diffOpenApi, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../metrics/openapi/index.ts';
// Not the sources/openapi barrel: it also reads git history, and `diff` loads only yaml, zod and canonicalize.
import { readOpenApiFile } from '../../sources/openapi/read.ts';
import type { Command } from '../command.ts';

const FORMATS = { text: formatDiffText, json: formatDiffJson, markdown: formatDiffMarkdown } as const;

const command: Command = {
  name: 'diff',
  usage: [
    'usage: govpages diff OLD NEW [--format text|json|markdown]',
    '',
    'Compares two OpenAPI 3.0/3.1 documents (JSON or YAML) and lists every change by rule id and level.',
    '',
    'options:',
    '  --format text|json|markdown   output format (default text; markdown is a pull-request comment)',
    '',
    'exit codes: 0 no breaking change, 1 breaking changes found, 2 bad usage or input',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f', default: 'text' } },
  allowPositionals: true,
  async run(args, io) {
    if (args.positionals.length !== 2) throw new UsageError(`expected two files, OLD and NEW (got ${args.positionals.length}); see govpages diff --help`);
    const format = String(args.values.format);
    if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`unknown --format "${format}" (expected text, json or markdown)`);
    const [oldFile, newFile] = args.positionals as [string, string];
    const [base, revision] = await Promise.all([readOpenApiFile(resolve(io.cwd, oldFile), oldFile), readOpenApiFile(resolve(io.cwd, newFile), newFile)]);
    const diff = diffOpenApi(base, revision);
    const input: DiffReportInput = {
      base: { file: oldFile, version: String(base.info.version) },
      revision: { file: newFile, version: String(revision.info.version) },
      diff,
    };
    io.stdout(FORMATS[format as keyof typeof FORMATS](input));
    return diff.breaking > 0 ? 1 : 0;
  },
};

export default command;
