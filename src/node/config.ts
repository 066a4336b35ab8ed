// config.json: what an operator sets for one node. Unknown or mistyped settings are refused with
// the setting's name, so a typo never silently falls back to a default.
import { closest } from '../chain/json-fields.ts';

export interface NodeConfig {
  moniker: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  rpc: {
    /** host:port; 127.0.0.1 by default so that the RPC is not exposed by accident. */
    listen: string;
    maxBodyBytes: number;
    /** Per client address; 0 turns rate limiting off. */
    requestsPerSecond: number;
    /** How long tx_submit with wait "committed" waits before answering with a timeout error. */
    commitTimeoutMs: number;
    /** Calls in one JSON-RPC batch; a larger batch is refused whole. */
    maxBatchCalls: number;
    /** Bytes of one HTTP answer; calls that do not fit get a -32006 error instead of their result. */
    maxResponseBytes: number;
    /** Method calls running at once across all requests; more wait their turn, in order. */
    maxCallsInFlight: number;
    /** Calls of admitted requests not yet started; a request that would exceed it gets HTTP 503. At least maxBatchCalls. */
    maxCallsQueued: number;
    /** Open connections in all; more are closed at once. */
    maxConnections: number;
    /** Open connections from one client address; more are closed at once. */
    maxConnectionsPerClient: number;
  };
  p2p: {
    /** host:port of the libp2p listener (TCP). */
    listen: string;
    /** Multiaddrs ending in /p2p/<peer id>: dialled at start and re-dialled forever. */
    persistentPeers: string[];
    /** Peer ids admitted besides the genesis validators' and the persistent peers (followers, say). */
    allowedPeers: string[];
  };
  /** Per signer too, so that one account cannot fill the mempool. */
  mempool: { maxTxs: number; maxBytes: number; maxTxsPerSigner: number; maxBytesPerSigner: number; reservedTxs: number; reservedBytes: number };
}

export const DEFAULT_CONFIG: NodeConfig = {
  moniker: 'ackchain',
  logLevel: 'info',
  rpc: {
    listen: '127.0.0.1:4601', maxBodyBytes: 1024 * 1024, requestsPerSecond: 5000, commitTimeoutMs: 30_000,
    maxBatchCalls: 100, maxResponseBytes: 8 * 1024 * 1024,
    maxCallsInFlight: 16, maxCallsQueued: 4096, maxConnections: 2048, maxConnectionsPerClient: 512,
  },
  p2p: { listen: '127.0.0.1:4600', persistentPeers: [], allowedPeers: [] },
  mempool: { maxTxs: 20_000, maxBytes: 64 * 1024 * 1024, maxTxsPerSigner: 5000, maxBytesPerSigner: 16 * 1024 * 1024, reservedTxs: 1000, reservedBytes: 8 * 1024 * 1024 },
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

const snake = (camel: string): string => camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/** Merges `json` (snake_case keys) into a copy of `defaults`, checking names and types. */
function merge<T extends object>(defaults: T, json: unknown, path: string): T {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${path || 'config'}: must be an object`);
  const out = { ...defaults } as Record<string, unknown>;
  const byJsonName = new Map(Object.keys(defaults).map((k) => [snake(k), k]));
  for (const [jsonKey, value] of Object.entries(json)) {
    const key = byJsonName.get(jsonKey);
    const where = path ? `${path}.${jsonKey}` : jsonKey;
    if (key === undefined) {
      const guess = closest(jsonKey, [...byJsonName.keys()]);
      throw new Error(`${where}: unknown setting${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    const current = out[key];
    if (Array.isArray(current)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`${where}: must be a list of strings`);
      out[key] = [...value];
    } else if (typeof current === 'object' && current !== null) out[key] = merge(current, value, where);
    else if (typeof current === 'number') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Error(`${where}: must be a non-negative integer`);
      out[key] = value;
    } else {
      if (typeof value !== typeof current) throw new Error(`${where}: must be a ${typeof current}`);
      out[key] = value;
    }
  }
  return out as T;
}

export function parseHostPort(text: string, what: string): { host: string; port: number } {
  const match = /^(.*):(\d{1,5})$/.exec(text);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !match[1] || port > 65535) throw new Error(`${what}: "${text}" is not host:port`);
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

export function parseConfig(text: string, source = 'config'): NodeConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source}: not JSON: ${(e as Error).message}`);
  }
  let config: NodeConfig;
  try {
    config = merge(DEFAULT_CONFIG, json, '');
    if (!LOG_LEVELS.includes(config.logLevel)) throw new Error(`log_level: must be one of ${LOG_LEVELS.join(', ')}`);
    parseHostPort(config.rpc.listen, 'rpc.listen');
    parseHostPort(config.p2p.listen, 'p2p.listen');
    if (config.rpc.maxBodyBytes < 1024) throw new Error('rpc.max_body_bytes: must be at least 1024');
    if (config.rpc.maxBatchCalls < 1) throw new Error('rpc.max_batch_calls: must be at least 1');
    if (config.rpc.maxResponseBytes < 1024) throw new Error('rpc.max_response_bytes: must be at least 1024');
    if (config.rpc.maxCallsInFlight < 1) throw new Error('rpc.max_calls_in_flight: must be at least 1');
    if (config.rpc.maxCallsQueued < config.rpc.maxBatchCalls) throw new Error('rpc.max_calls_queued: must be at least rpc.max_batch_calls, so that a whole batch can wait');
    if (config.rpc.maxConnections < 1) throw new Error('rpc.max_connections: must be at least 1');
    if (config.rpc.maxConnectionsPerClient < 1) throw new Error('rpc.max_connections_per_client: must be at least 1');
  } catch (e) {
    throw new Error(`${source}: ${(e as Error).message}`);
  }
  return config;
}

export function configToJson(config: NodeConfig): unknown {
  const convert = (value: unknown): unknown => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), convert(v)]))
    : value;
  return convert(config);
}
