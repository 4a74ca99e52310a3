import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'probe',
  summary: 'probe',
  usage: 'usage: govpages probe',
  options: {},
  async run() {
    throw new UsageError('govpages probe is not available in this version');
  },
};

export default command;
