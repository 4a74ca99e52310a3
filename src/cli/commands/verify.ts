import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'verify',
  summary: 'verify',
  usage: 'usage: govpages verify',
  options: {},
  async run() {
    throw new UsageError('govpages verify is not available in this version');
  },
};

export default command;
