// ackchain testnet: the homes of a local network of N validators on loopback, one per team, ready
// for `ackchain start --home DIR/nodeI`. Node i listens for peers on base + 10i and answers
// JSON-RPC on base + 10i + 1 (DESIGN.md: 4601, 4611, 4621, 4631 for four nodes).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { ackchain } from '../../chain/codec.ts';
import { genesisToJson } from '../../chain/genesis.ts';
import { generateKeyPair, writeKeyFile, type KeyPair } from '../../chain/keys.ts';
import { configToJson, DEFAULT_CONFIG } from '../../node/config.ts';
import { homePaths } from '../../node/home.ts';
import { formatNetworkKey, generateNetworkKey, peerIdOf } from '../../p2p/keys.ts';
import { action } from '../common.ts';

export interface TestnetOptions {
  validators: number;
  out: string;
  basePort: number;
  chainId: string;
}

export interface TestnetNode {
  home: string;
  rpc: string;
  p2p: string;
  peerId: string;
}

interface NodeKeys { validator: KeyPair; node: KeyPair; peerId: string; admin: KeyPair; monitoring: KeyPair }

/** Writes the homes and the teams' keys under `out`; returns each node's home and addresses. */
export async function createTestnet(o: TestnetOptions): Promise<TestnetNode[]> {
  if (!Number.isInteger(o.validators) || o.validators < 1 || o.validators > 50) throw new Error('--validators must be 1 to 50');
  if (!Number.isInteger(o.basePort) || o.basePort < 1 || o.basePort + 10 * (o.validators - 1) + 1 > 65535) throw new Error('--base-port leaves no room for every node\'s ports');
  if (existsSync(o.out) && readdirSync(o.out).length > 0) throw new Error(`${o.out} is not empty: give testnet a new or empty folder`);
  const keysDir = join(o.out, 'keys');
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const networkKey = formatNetworkKey(generateNetworkKey());
  const members: NodeKeys[] = [];
  for (let i = 0; i < o.validators; i++) {
    const node = generateKeyPair();
    members.push({ validator: generateKeyPair(), node, peerId: await peerIdOf(node), admin: generateKeyPair(), monitoring: generateKeyPair() });
  }
  const team = (i: number): string => `team${i}`;
  const genesis = JSON.stringify(genesisToJson({
    chainId: o.chainId, genesisTimeMs: Date.now(),
    validators: members.map((m, i) => ({ team: team(i), publicKey: m.validator.publicKey, power: 10, peerId: m.peerId })),
    teams: members.map((m, i) => ({
      id: team(i), name: `Team ${i}`,
      members: [{ account: m.admin.publicKey, handle: `admin@${team(i)}.example`, role: ackchain.Role.ROLE_ADMIN }],
      integrations: [{ account: m.monitoring.publicKey, name: 'monitoring' }],
    })),
  }), null, 2) + '\n';
  const addr = (i: number) => ({ p2p: o.basePort + 10 * i, rpc: o.basePort + 10 * i + 1 });
  return members.map((m, i) => {
    writeKeyFile(join(keysDir, `${team(i)}-admin.json`), m.admin);
    writeKeyFile(join(keysDir, `${team(i)}-monitoring.json`), m.monitoring);
    const home = join(o.out, `node${i}`);
    const paths = homePaths(home);
    mkdirSync(join(home, 'config'), { recursive: true });
    mkdirSync(paths.data, { recursive: true });
    writeKeyFile(paths.validatorKey, m.validator);
    writeKeyFile(paths.nodeKey, m.node);
    writeFileSync(paths.networkKey, networkKey, { mode: 0o600 });
    writeFileSync(paths.genesis, genesis);
    const peers = members.flatMap((p, j) => (j === i ? [] : [`/ip4/127.0.0.1/tcp/${addr(j).p2p}/p2p/${p.peerId}`]));
    const config = {
      ...DEFAULT_CONFIG, moniker: `node${i}`,
      rpc: { ...DEFAULT_CONFIG.rpc, listen: `127.0.0.1:${addr(i).rpc}` },
      p2p: { listen: `127.0.0.1:${addr(i).p2p}`, persistentPeers: peers, allowedPeers: [] },
    };
    writeFileSync(paths.config, JSON.stringify(configToJson(config), null, 2) + '\n');
    return { home, rpc: `http://127.0.0.1:${addr(i).rpc}`, p2p: `127.0.0.1:${addr(i).p2p}`, peerId: m.peerId };
  });
}

export function testnetCommand(): Command {
  return new Command('testnet').description('write the homes of a local network of validators on loopback, one validator per team')
    .requiredOption('--validators <n>', 'how many validators (and teams)')
    .requiredOption('--out <dir>', 'a new or empty folder for the homes (node0, node1, ...) and the teams\' keys (keys/)')
    .option('--base-port <port>', 'node i listens for peers on base + 10i and for JSON-RPC on base + 10i + 1', '4600')
    .option('--chain-id <id>', 'the chain id', 'ackchain-testnet')
    .action(action(async (o: { validators: string; out: string; basePort: string; chainId: string }) => {
      const nodes = await createTestnet({ validators: Number(o.validators), out: o.out, basePort: Number(o.basePort), chainId: o.chainId });
      const lines = [`wrote a ${nodes.length}-validator network in ${resolve(o.out)} (teams' admin and monitoring keys in ${join(o.out, 'keys')})`];
      for (const [i, n] of nodes.entries()) lines.push(`  node${i}  JSON-RPC ${n.rpc}  p2p ${n.p2p}  peer ${n.peerId}`);
      lines.push('start each node (in its own terminal, or with "npm run devnet" for the default folder):');
      for (const n of nodes) lines.push(`  npx ackchain start --home ${n.home}`);
      process.stdout.write(lines.join('\n') + '\n');
    }));
}
