// ackchain keys generate|show|network-key
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { formatNetworkKey, generateNetworkKey, peerIdOf } from '../../p2p/keys.ts';
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
  keys.addCommand(new Command('show').description('print the public key (the account) of a key file, or the libp2p peer id of a node key')
    .argument('<file>', 'key file')
    .option('--peer-id', 'print the libp2p peer id (12D3KooW...) the key gives a node, as genesis and peers\' configs name it')
    .option('--json', 'print JSON')
    .action(action(async (file: string, o: { json?: boolean; peerId?: boolean }) => {
      const pair = readKeyFile(file);
      const peerId = o.peerId ? await peerIdOf(pair) : undefined;
      if (o.json) printJson({ file, public_key: toHex(pair.publicKey), ...(peerId !== undefined ? { peer_id: peerId } : {}) });
      else process.stdout.write(`${peerId ?? toHex(pair.publicKey)}\n`);
    })));
  keys.addCommand(new Command('network-key').description('write a new network key (a pnet swarm key file, mode 0600): every node of a network needs the same one')
    .requiredOption('-o, --out <file>', 'where to write it (must not exist)')
    .action(action(async (o: { out: string }) => {
      try {
        writeFileSync(o.out, formatNetworkKey(generateNetworkKey()), { mode: 0o600, flag: 'wx' });
      } catch (e) {
        throw new Error((e as NodeJS.ErrnoException).code === 'EEXIST' ? `${o.out} exists; not overwriting a key` : (e as Error).message);
      }
      process.stdout.write(`wrote ${o.out}; give every node of the network a copy as config/network_key (mode 0600), over a secure channel\n`);
    })));
  return keys;
}
