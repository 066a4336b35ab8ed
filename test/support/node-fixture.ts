// A running node in this process with its JSON-RPC on an ephemeral loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import type { KeyPair } from '../../src/chain/keys.ts';
import { signTx, type TxBodyInput } from '../../src/chain/tx.ts';
import type { NodeApi } from '../../src/node/api.ts';
import type { Clock } from '../../src/node/clock.ts';
import { DEFAULT_CONFIG, type NodeConfig } from '../../src/node/config.ts';
import { createLogger, type Logger } from '../../src/node/logger.ts';
import { AckchainNode } from '../../src/node/node.ts';
import { HTTP_TIMEOUTS, startRpcServer, type HttpTimeouts, type RpcServer } from '../../src/rpc/server.ts';
import { CHAIN_ID, generateFixtureKeys, makeGenesis } from './chain-fixture.ts';

export interface RpcResponse { result?: any; error?: { code: number; message: string; data?: any } }

export interface FixtureOptions {
  /** The node's clock (block times, timers, health, the RPC's rate limiter); the system clock by default. */
  clock?: Clock;
  /** Where the RPC server logs; silent by default. */
  rpcLog?: Logger;
  /** The NodeApi the RPC server is given, made from the node: the node itself by default. A test wraps it to hold or alter an answer. */
  api?: (node: AckchainNode) => NodeApi;
  /** The HTTP server's timeouts, HTTP_TIMEOUTS by default. */
  rpcTimeouts?: Partial<HttpTimeouts>;
}

export class NodeFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'ackchain-node-'));
  readonly keys = generateFixtureKeys();
  node!: AckchainNode;
  rpc!: RpcServer;
  url = '';
  #memo = 0;

  async start(config: Partial<NodeConfig['rpc']> = {}, params: Record<string, number> = { empty_block_interval_ms: 200, batch_delay_ms: 5 }, options: FixtureOptions = {}): Promise<this> {
    const genesis = makeGenesis(this.keys.validator, this.keys.teams, params);
    const nodeConfig = { ...DEFAULT_CONFIG, rpc: { ...DEFAULT_CONFIG.rpc, ...config } };
    this.node = await AckchainNode.start({
      databasePath: join(this.dir, 'chain'), config: nodeConfig, genesis, validatorKey: this.keys.validator, logger: createLogger('silent'), clock: options.clock,
    });
    this.rpc = await startRpcServer(options.api?.(this.node) ?? this.node, '127.0.0.1:0', options.rpcLog ?? createLogger('silent'),
      { ...HTTP_TIMEOUTS, ...options.rpcTimeouts });
    this.url = `http://127.0.0.1:${this.rpc.address.port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await this.rpc.close();
    await this.node.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  async post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
    const res = await fetch(this.url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  }

  async call(method: string, params?: unknown): Promise<RpcResponse> {
    return (await this.post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))).json;
  }

  async result(method: string, params?: unknown): Promise<any> {
    const r = await this.call(method, params);
    if (r.error) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.result;
  }

  tx(keys: KeyPair, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>): string {
    return toHex(signTx({ chainId: CHAIN_ID, expiresAtMs: Date.now() + 60_000, memo: `n${this.#memo++}`, ...payload }, keys));
  }
}

/** `node` as a NodeApi with some of its methods replaced (for FixtureOptions.api); the rest run on the node itself. */
export function overrideApi(node: AckchainNode, overrides: Partial<NodeApi>): NodeApi {
  return new Proxy(node, {
    get(target, name) {
      if (Object.hasOwn(overrides, name)) return overrides[name as keyof NodeApi];
      const value = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
