// ackchain init|start|dev: make a node's home and run it.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { toHex } from '../../chain/bytes.ts';
import { genesisToJson } from '../../chain/genesis.ts';
import { generateKeyPair, writeKeyFile } from '../../chain/keys.ts';
import { configToJson, DEFAULT_CONFIG } from '../../node/config.ts';
import { peerIdOf } from '../../p2p/keys.ts';
import { homePaths } from '../../node/home.ts';
import { action } from '../common.ts';
import { devBanner, ensureDevHome, resetDevHome } from '../dev-home.ts';
import { runNode } from '../run-node.ts';

export function initCommand(): Command {
  return new Command('init').description('create a node home: config, validator key, node (libp2p) key, and a one-validator genesis to edit')
    .requiredOption('--home <dir>', 'the node\'s home directory')
    .option('--chain-id <id>', 'chain id of the genesis it writes', 'ackchain-local')
    .option('--moniker <name>', 'a name for this node in logs and status', 'ackchain')
    .option('--team <team>', 'the team that runs this validator', 'ops')
    .action(action(async (o: { home: string; chainId: string; moniker: string; team: string }) => {
      const paths = homePaths(o.home);
      if (existsSync(paths.config) || existsSync(paths.validatorKey)) throw new Error(`${o.home} is already initialised`);
      // A node's home holds its validator key: never inside a folder of other files (the project's clone, say).
      if (existsSync(o.home) && readdirSync(o.home).length > 0) throw new Error(`${o.home} is not empty: give init a new or empty folder for the node's home`);
      mkdirSync(dirname(paths.config), { recursive: true });
      mkdirSync(paths.data, { recursive: true });
      const validator = generateKeyPair();
      writeKeyFile(paths.validatorKey, validator);
      // The node key is what the node is known by on the network; a lone validator does not use it until it joins one.
      const nodeKey = generateKeyPair();
      writeKeyFile(paths.nodeKey, nodeKey);
      writeFileSync(paths.config, JSON.stringify(configToJson({ ...DEFAULT_CONFIG, moniker: o.moniker }), null, 2) + '\n');
      if (!existsSync(paths.genesis)) {
        const genesis = genesisToJson({ chainId: o.chainId, genesisTimeMs: Date.now(), validators: [{ team: o.team, publicKey: validator.publicKey, power: 10, peerId: '' }] });
        writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2) + '\n');
      }
      process.stdout.write([
        `initialised ${resolve(o.home)}`,
        `  validator key ${paths.validatorKey} (${toHex(validator.publicKey)})`,
        `  node key      ${paths.nodeKey} (peer id ${await peerIdOf(nodeKey)})`,
        `  config        ${paths.config}`,
        `  genesis       ${paths.genesis}  (add teams: npx ackchain genesis add-team --home ${o.home} ...)`,
        `start it with: npx ackchain start --home ${o.home}`, '',
      ].join('\n'));
    }));
}

export function startCommand(): Command {
  return new Command('start').description('run a node from its home until SIGINT or SIGTERM')
    .requiredOption('--home <dir>', 'the node\'s home directory')
    .option('--rpc-listen <host:port>', 'override rpc.listen from the config')
    .action(action(async (o: { home: string; rpcListen?: string }) => {
      await runNode(o.home, { rpcListen: o.rpcListen });
    }));
}

export function devCommand(): Command {
  return new Command('dev').description('run a one-validator development chain with two demo teams and their keys')
    .option('--home <dir>', 'the dev home (created on first run)', '.ackchain/dev')
    .option('--rpc-listen <host:port>', 'where JSON-RPC listens', '127.0.0.1:4601')
    .option('--reset', 'delete the dev home first: a new chain, new keys (refused while a node runs from it or on --rpc-listen)')
    .action(action(async (o: { home: string; rpcListen: string; reset?: boolean }) => {
      if (o.reset) await resetDevHome(o.home, o.rpcListen);
      const keys = ensureDevHome(o.home);
      await runNode(o.home, { rpcListen: o.rpcListen, banner: (_, url) => devBanner(keys, url) });
    }));
}
