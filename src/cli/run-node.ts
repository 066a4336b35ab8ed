// Runs a node from its home until SIGINT or SIGTERM, then shuts down cleanly: the RPC stops
// accepting, the block in progress finishes, and the database closes.
import { mkdirSync } from 'node:fs';
import { loadHome, type LoadedHome } from '../node/home.ts';
import { createLogger } from '../node/logger.ts';
import { AckchainNode } from '../node/node.ts';
import { startRpcServer } from '../rpc/server.ts';

export interface RunOptions {
  rpcListen?: string;
  /** Printed once the RPC listens, before the node settles into producing blocks. */
  banner?: (loaded: LoadedHome, rpcUrl: string) => string;
}

export async function runNode(home: string, options: RunOptions = {}): Promise<void> {
  const loaded = loadHome(home);
  const log = createLogger(loaded.config.logLevel);
  for (const path of loaded.exposedSecrets) log.warn({ path }, 'a key file that users other than its owner may read: chmod 600 it');
  mkdirSync(loaded.paths.data, { recursive: true });
  const node = await AckchainNode.start({
    databasePath: loaded.paths.database, config: loaded.config, genesis: loaded.genesis, validatorKey: loaded.validatorKey,
    nodeKey: loaded.nodeKey, networkKey: loaded.networkKey, logger: log,
  });
  let rpc;
  try {
    rpc = await startRpcServer(node, options.rpcListen ?? loaded.config.rpc.listen, log);
  } catch (e) {
    await node.stop();
    const inUse = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
    const hint = inUse ? ' (another node may be running there: stop it, or choose another address with --rpc-listen HOST:PORT)' : '';
    throw new Error(`cannot listen for JSON-RPC: ${(e as Error).message}${hint}`);
  }
  const url = `http://${rpc.address.host.includes(':') ? `[${rpc.address.host}]` : rpc.address.host}:${rpc.address.port}`;
  if (options.banner) process.stdout.write(options.banner(loaded, url) + '\n');
  process.stdout.write(`ackchain node ${loaded.config.moniker} running: chain ${loaded.genesis.genesis.chainId}, height ${node.chain.height}, JSON-RPC ${url}\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      rpc.close().then(() => node.stop()).then(resolve, (e: unknown) => {
        log.error({ err: e }, 'error during shutdown');
        process.exitCode = 1;
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
