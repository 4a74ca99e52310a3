import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'keygen',
  summary: 'keygen',
  usage: 'usage: govpages keygen',
  options: {},
  async run() {
    throw new UsageError('govpages keygen is not available in this version');
  },
};

export default command;
