import { UsageError } from '../../errors.ts';
import type { Command } from '../command.ts';

// Not built yet: replaced by the issue that owns this command.
const command: Command = {
  name: 'lint',
  summary: 'lint',
  usage: 'usage: govpages lint',
  options: {},
  async run() {
    throw new UsageError('govpages lint is not available in this version');
  },
};

export default command;
