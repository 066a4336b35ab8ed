// A node's home directory: config/ (config, genesis, keys, the network key) and data/ (the
// database, the consensus write-ahead log and the signer state).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseGenesis, type GenesisDoc } from '../chain/genesis.ts';
import { readKeyFile, type KeyPair } from '../chain/keys.ts';
import { parseNetworkKey } from '../p2p/keys.ts';
import { parseConfig, type NodeConfig } from './config.ts';

export interface HomePaths {
  home: string;
  config: string;
  genesis: string;
  validatorKey: string;
  /** The libp2p key (its peer id is what genesis and peers' configs name). */
  nodeKey: string;
  /** The network's pre-shared key (pnet swarm key file). */
  networkKey: string;
  data: string;
  database: string;
  wal: string;
  signerState: string;
}

export function homePaths(home: string): HomePaths {
  const config = join(home, 'config');
  const data = join(home, 'data');
  return {
    home,
    config: join(config, 'config.json'),
    genesis: join(config, 'genesis.json'),
    validatorKey: join(config, 'validator_key.json'),
    nodeKey: join(config, 'node_key.json'),
    networkKey: join(config, 'network_key'),
    data,
    database: join(data, 'chain'),
    wal: join(data, 'wal'),
    signerState: join(data, 'signer_state.json'),
  };
}

export interface LoadedHome {
  paths: HomePaths;
  config: NodeConfig;
  genesis: GenesisDoc;
  validatorKey: KeyPair;
  /** Absent in a home made for a lone validator (`dev`, `init`); a network needs both. */
  nodeKey: KeyPair | undefined;
  networkKey: Uint8Array | undefined;
  /** Secret files that others than their owner may read, for the node to warn about. */
  exposedSecrets: string[];
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path} (run "npx ackchain init --home ..." first)`);
  return readFileSync(path, 'utf8');
}

/** Secret files (keys) whose mode lets the group or others read or write them. */
function exposedSecrets(paths: HomePaths): string[] {
  return [paths.validatorKey, paths.nodeKey, paths.networkKey].filter((path) => existsSync(path) && (statSync(path).mode & 0o077) !== 0);
}

export function loadHome(home: string): LoadedHome {
  const paths = homePaths(home);
  return {
    exposedSecrets: exposedSecrets(paths),
    paths,
    config: parseConfig(readText(paths.config, 'config'), paths.config),
    genesis: parseGenesis(readText(paths.genesis, 'genesis')),
    validatorKey: readKeyFile(paths.validatorKey),
    nodeKey: existsSync(paths.nodeKey) ? readKeyFile(paths.nodeKey) : undefined,
    networkKey: existsSync(paths.networkKey) ? parseNetworkKey(readFileSync(paths.networkKey, 'utf8'), paths.networkKey) : undefined,
  };
}
