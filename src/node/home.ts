// A node's home directory: config/ (config, genesis, keys) and data/ (the database).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGenesis, type GenesisDoc } from '../chain/genesis.ts';
import { readKeyFile, type KeyPair } from '../chain/keys.ts';
import { parseConfig, type NodeConfig } from './config.ts';

export interface HomePaths {
  home: string;
  config: string;
  genesis: string;
  validatorKey: string;
  data: string;
  database: string;
}

export function homePaths(home: string): HomePaths {
  const config = join(home, 'config');
  const data = join(home, 'data');
  return {
    home,
    config: join(config, 'config.json'),
    genesis: join(config, 'genesis.json'),
    validatorKey: join(config, 'validator_key.json'),
    data,
    database: join(data, 'chain'),
  };
}

export interface LoadedHome {
  paths: HomePaths;
  config: NodeConfig;
  genesis: GenesisDoc;
  validatorKey: KeyPair;
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path} (run "npx ackchain init --home ..." first)`);
  return readFileSync(path, 'utf8');
}

export function loadHome(home: string): LoadedHome {
  const paths = homePaths(home);
  return {
    paths,
    config: parseConfig(readText(paths.config, 'config'), paths.config),
    genesis: parseGenesis(readText(paths.genesis, 'genesis')),
    validatorKey: readKeyFile(paths.validatorKey),
  };
}
