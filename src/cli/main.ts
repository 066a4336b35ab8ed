// The ackchain command line: one binary for operators, on-call engineers and auditors.
import { Command } from 'commander';
import { alertCommand } from './commands/alert.ts';
import { auditCommand } from './commands/audit.ts';
import { contractCommand } from './commands/contract.ts';
import { deviceCommand } from './commands/device.ts';
import { genesisCommand } from './commands/genesis.ts';
import { keysCommand } from './commands/keys.ts';
import { devCommand, initCommand, startCommand } from './commands/node.ts';
import { olaCommand } from './commands/ola.ts';
import { oncallCommand } from './commands/oncall.ts';
import { statusCommand } from './commands/status.ts';
import { teamCommand } from './commands/team.ts';
import { testnetCommand } from './commands/testnet.ts';

const program = new Command('ackchain')
  .description('ackchain: a permissioned BFT chain for on-call alerts, acknowledgments and OLAs')
  .version('0.1.0')
  // The root's options (--version) only before a command: `team policy --version 2` and `ola sign 1 --version 2` are the command's own.
  .enablePositionalOptions()
  .showHelpAfterError();
for (const command of [initCommand(), keysCommand(), genesisCommand(), testnetCommand(), startCommand(), devCommand(), statusCommand(), alertCommand(), oncallCommand(), teamCommand(), deviceCommand(), olaCommand(), auditCommand(), contractCommand()]) {
  program.addCommand(command);
}
await program.parseAsync(process.argv);
