import { resolve } from 'node:path';
import { createDemoRepository } from '../../demo/index.ts';
import type { Command } from '../command.ts';

const command: Command = {
  name: 'demo',
  usage: `usage: govpages demo [--out DIR] [--force]

Creates a git repository at DIR (default: .demo-repo) with about six months of backdated commits
of governance files made from govpages' content/ folder. Build it with:
  govpages build --repo DIR --out dist --reproducible

  --force   replace DIR if it holds a previous demo repository (anything else is refused)`,
  options: {
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ values }, io) {
    const dir = resolve(io.cwd, (values.out as string | undefined) ?? '.demo-repo');
    const result = createDemoRepository(dir, { replace: values.force === true });
    io.stderr(`govpages: demo repository with ${result.commits} commits at ${result.dir}\n`);
    io.stdout(`${result.dir}\n`);
    return 0;
  },
};

export default command;
