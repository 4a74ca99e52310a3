import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'diff',
  summary: 'diff',
  usage: 'usage: govpages diff',
  options: {},
  async run() {
    throw new UsageError('govpages diff is not available in this version');
  },
};

export default command;
