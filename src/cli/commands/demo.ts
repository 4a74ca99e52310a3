import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'demo',
  summary: 'demo',
  usage: 'usage: govpages demo',
  options: {},
  async run() {
    throw new UsageError('govpages demo is not available in this version');
  },
};

export default command;
