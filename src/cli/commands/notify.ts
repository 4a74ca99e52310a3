import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'notify',
  summary: 'notify',
  usage: 'usage: govpages notify',
  options: {},
  async run() {
    throw new UsageError('govpages notify is not available in this version');
  },
};

export default command;
