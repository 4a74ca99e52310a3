import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { stableJson } from '../../core/json.ts';
import { isoSeconds } from '../../core/time.ts';
import { type CatalogAction, checkCatalogWorkTree } from '../../pipeline/work-tree/catalog.ts';
import type { Command } from '../command.ts';
import { resolveNow } from '../now.ts';

const usage = `usage: govpages catalog [enforce|report|checkpoint] [options]

  enforce      (default) evaluate every repository's .meta/repo.yaml and policies; exit 0 when
               clean, 1 on violations (with --strict or GOVERN_STRICT=true: on warnings too)
  report       print the catalog grouped by tier (--json: status/catalog.json)
  checkpoint   print the drift between the saved checkpoint and the work tree now;
               --baseline saves the work tree as a new baseline on the state branch

options:
  --repo DIR   repository (default: current directory)
  --json       machine-readable output
  --strict     warnings fail too (overrides GOVERN_STRICT and the config)
  --baseline   checkpoint: reset drift; writes catalog/ on the state branch
  --now ISO    time recorded in reports and checkpoints (default: the clock)`;

const ACTIONS = ['enforce', 'report', 'checkpoint'];

const command: Command = {
  name: 'catalog',
  usage,
  options: {
    repo: { type: 'string' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean' },
    baseline: { type: 'boolean', default: false },
    now: { type: 'string' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const [action = 'enforce', ...rest] = positionals;
    if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}' (see 'govpages catalog --help')`);
    if (values.baseline && action !== 'checkpoint') throw new UsageError(`--baseline belongs to 'catalog checkpoint' (see 'govpages catalog --help')`);
    if (!ACTIONS.includes(action)) throw new UsageError(`unknown action '${action}' (expected enforce, report or checkpoint; see 'govpages catalog --help')`);
    const dir = resolve(io.cwd, typeof values.repo === 'string' ? values.repo : '.');
    const now = isoSeconds(await resolveNow({ now: values.now, repoDir: dir, env: io.env }));
    const result = await checkCatalogWorkTree({
      action: values.baseline ? 'baseline' : (action as CatalogAction),
      dir,
      env: io.env,
      now,
      strict: typeof values.strict === 'boolean' ? values.strict : undefined,
    });
    io.stdout(values.json ? stableJson(result.json) : result.text);
    return result.exitCode;
  },
};

export default command;
