import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'catalog',
  summary: 'catalog',
  usage: 'usage: govpages catalog',
  options: {},
  async run() {
    throw new UsageError('govpages catalog is not available in this version');
  },
};

export default command;
