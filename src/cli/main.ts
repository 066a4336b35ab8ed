// The ackchain command line: one binary for operators, on-call engineers and auditors.
import { Command } from 'commander';
import { alertCommand } from './commands/alert.ts';
import { contractCommand } from './commands/contract.ts';
import { genesisCommand } from './commands/genesis.ts';
import { keysCommand } from './commands/keys.ts';
import { devCommand, initCommand, startCommand } from './commands/node.ts';
import { statusCommand } from './commands/status.ts';
import { teamCommand } from './commands/team.ts';

const program = new Command('ackchain')
  .description('ackchain: a permissioned BFT chain for on-call alerts, acknowledgments and OLAs')
  .version('0.1.0')
  .showHelpAfterError();
for (const command of [initCommand(), keysCommand(), genesisCommand(), startCommand(), devCommand(), statusCommand(), alertCommand(), teamCommand(), contractCommand()]) {
  program.addCommand(command);
}
await program.parseAsync(process.argv);
