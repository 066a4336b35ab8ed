import { Command } from 'commander';

// Placeholder until the contract toolchain lands (issue 4): assemble and disasm register here.
export function contractCommand(): Command {
  return new Command('contract').description('assemble and disassemble SM83 contracts');
}
