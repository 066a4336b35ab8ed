// ackchain contract assemble|disasm: the SM83 toolchain for contract code.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { assemble, AssemblyError, disassemble } from '../../vm/asm/index.ts';
import { action } from '../common.ts';

export function contractCommand(): Command {
  const contract = new Command('contract').description('assemble and disassemble SM83 contract code (see docs/vm.md, "Toolchain")');
  contract.addCommand(new Command('assemble')
    .description('assemble SM83 source (RGBDS-style syntax) into a flat contract image loaded at $0000')
    .argument('<file>', 'assembly source; include paths are relative to it')
    .option('-o, --out <file>', 'where to write the binary (default: the source name with .bin)')
    .action(action(async (file: string, o: { out?: string }) => {
      const out = o.out ?? path.join(path.dirname(file), path.basename(file, path.extname(file)) + '.bin');
      let image: Uint8Array;
      try {
        image = assemble(readFileSync(file, 'utf8'), { filename: file });
      } catch (e) {
        // An assembly error is already `file:line: message`, the form editors jump to.
        if (!(e instanceof AssemblyError)) throw e;
        process.stderr.write(`${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      writeFileSync(out, image);
      process.stdout.write(`${image.length} bytes written to ${out}\n`);
    })));
  contract.addCommand(new Command('disasm')
    .description('print a contract binary as SM83 assembly, one instruction per line with its address and bytes; the listing assembles back to the same bytes')
    .argument('<file>', 'raw binary, as written by `contract assemble`')
    .action(action(async (file: string) => {
      process.stdout.write(disassemble(readFileSync(file)));
    })));
  return contract;
}
