import { resolve } from 'node:path';
import { initRepository } from '../../pipeline/work-tree/init.ts';
import type { Command } from '../command.ts';

const command: Command = {
  name: 'init',
  usage: `usage: govpages init [--repo DIR] [--dry-run]

Sets a repository up for govpages from what it already has. Finds Prometheus rule files (plain
\`groups:\` files and PrometheusRule resources), OpenAPI documents, .meta/repo.yaml files, gate
records, incidents and a port registry (node_modules, .git and dist are skipped), then writes:

  govpages.config.json            naming what was found (unless the file exists)
  alerts_taxonomy.json            one entry per alert name of the rules; an existing taxonomy only
                                  gets the alerts it lacks appended, its own entries untouched
  .github/workflows/govpages.yml  GitHub Pages deploy (unless the file exists)

Guessed fields of a new alert are listed in its "review" key. A second run changes nothing; after
new rules appear it adds their alerts. Then run 'govpages lint' and 'govpages build'.

options:
  --repo DIR   a folder of the git repository to set up (default: current directory)
  --dry-run    print what would be written, write nothing

Exit 0 when done (also when nothing needed writing), 2 on bad usage or input (not a git
repository, an existing config or taxonomy that cannot be read, a path that is a link).`,
  options: {
    repo: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  async run({ values }, io) {
    const result = await initRepository({
      dir: resolve(io.cwd, typeof values.repo === 'string' ? values.repo : '.'),
      dryRun: values['dry-run'] === true,
    });
    io.stdout(result.text);
    return 0;
  },
};

export default command;
