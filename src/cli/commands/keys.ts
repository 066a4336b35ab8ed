// ackchain keys generate|show
import { Command } from 'commander';
import { toHex } from '../../chain/bytes.ts';
import { generateKeyPair, readKeyFile, writeKeyFile } from '../../chain/keys.ts';
import { action } from '../common.ts';
import { printJson } from '../output.ts';

export function keysCommand(): Command {
  const keys = new Command('keys').description('create and inspect Ed25519 key files');
  keys.addCommand(new Command('generate').description('write a new key file (mode 0600); prints the public key')
    .requiredOption('-o, --out <file>', 'where to write it (must not exist)')
    .option('--json', 'print JSON')
    .action(action(async (o: { out: string; json?: boolean }) => {
      const pair = generateKeyPair();
      try {
        writeKeyFile(o.out, pair);
      } catch (e) {
        throw new Error((e as NodeJS.ErrnoException).code === 'EEXIST' ? `${o.out} exists; not overwriting a key` : (e as Error).message);
      }
      if (o.json) printJson({ file: o.out, public_key: toHex(pair.publicKey) });
      else process.stdout.write(`${toHex(pair.publicKey)}\n`);
    })));
  keys.addCommand(new Command('show').description('print the public key (the account) of a key file')
    .argument('<file>', 'key file')
    .option('--json', 'print JSON')
    .action(action(async (file: string, o: { json?: boolean }) => {
      const pair = readKeyFile(file);
      if (o.json) printJson({ file, public_key: toHex(pair.publicKey) });
      else process.stdout.write(`${toHex(pair.publicKey)}\n`);
    })));
  return keys;
}
