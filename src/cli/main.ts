import { Command } from 'commander';
import { contractCommand } from './commands/contract.ts';

const program = new Command('ackchain')
  .description('ackchain: a permissioned BFT chain for on-call alerts, acknowledgments and OLAs')
  .showHelpAfterError();
program.addCommand(contractCommand());
await program.parseAsync(process.argv);
