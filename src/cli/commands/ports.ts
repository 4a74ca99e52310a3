import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'ports',
  summary: 'ports',
  usage: 'usage: govpages ports',
  options: {},
  async run() {
    throw new UsageError('govpages ports is not available in this version');
  },
};

export default command;
