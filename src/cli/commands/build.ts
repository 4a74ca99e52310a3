import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'build',
  summary: 'build',
  usage: 'usage: govpages build',
  options: {},
  async run() {
    throw new UsageError('govpages build is not available in this version');
  },
};

export default command;
