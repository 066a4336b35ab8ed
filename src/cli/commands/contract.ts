// ackchain contract assemble|disasm: the SM83 toolchain for contract code.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { assemble, AssemblyError, disassemble } from '../../vm/asm/index.ts';
import { action, rpcCommand, txCommand } from '../common.ts';
import { printJson } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';
import { eventAttribute, submitTx, type TxCommandOptions } from '../submit.ts';

export function contractCommand(): Command {
  const contract = new Command('contract').description('assemble, disassemble, deploy and inspect SM83 contracts (see docs/vm.md)');
  contract.addCommand(new Command('assemble')
    .description('assemble SM83 source (RGBDS-style syntax) into a flat contract image loaded at $0000')
    .argument('<file>', 'assembly source')
    .option('-o, --out <file>', 'where to write the binary (default: the source name with .bin)')
    .option('-I, --include-dir <dir>', 'search <dir> for includes after the source\'s own directory (repeatable; src/vm, with abi.inc, is searched last)',
      (dir: string, dirs: string[]) => [...dirs, dir], [])
    .action(action(async (file: string, o: { out?: string; includeDir: string[] }) => {
      const out = o.out ?? path.join(path.dirname(file), path.basename(file, path.extname(file)) + '.bin');
      let image: Uint8Array;
      try {
        image = assemble(readFileSync(file, 'utf8'), { filename: file, includePaths: o.includeDir });
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
  contract.addCommand(txCommand('deploy', 'deploy a contract binary to the chain; its address is the SHA-256 of the code')
    .argument('<file>', 'raw binary, as written by `contract assemble` or an SM83 toolchain')
    .requiredOption('--name <name>', 'a name for people reading the chain')
    .action(action(async (file: string, o: TxCommandOptions & { name: string }) => {
      await submitTx(o, { deployContract: { name: o.name, code: readFileSync(file) } },
        (r) => `contract ${o.name} deployed at ${eventAttribute(r, 'contract.deployed', 'address')}`);
    })));
  contract.addCommand(rpcCommand('show', 'show a deployed contract')
    .argument('<address>', 'the contract address (hex SHA-256 of its code)')
    .option('--disasm', 'print its code as assembly')
    .action(action(async (address: string, o: { rpc: string; json?: boolean; disasm?: boolean }) => {
      const c = await new RpcClient(o.rpc).call<{ address: string; name: string; code: string; deployer: string | null; deployed_height: number }>('contract_get', { address });
      if (o.json) { printJson(c); return; }
      process.stdout.write(`${c.name}  ${c.address}\n  ${c.code.length / 2} bytes, deployed at height ${c.deployed_height}${c.deployer ? ` by ${c.deployer}` : ' (genesis)'}\n`);
      if (o.disasm) process.stdout.write(disassemble(Buffer.from(c.code, 'hex')));
    })));
  return contract;
}
