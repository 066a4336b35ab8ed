// JSON-RPC 2.0 over HTTP (POST /, batches allowed) and GET /healthz. Bodies, batches and answers
// are size-limited, clients are rate-limited by address (one token per call), method calls in
// flight and waiting are bounded node-wide, connections in all and per client address are bounded,
// and no request can take the server down: every failure becomes a JSON-RPC error.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { JSONRPCErrorException, JSONRPCServer, createJSONRPCErrorResponse, type JSONRPCRequest } from 'json-rpc-2.0';
import type { NodeApi } from '../node/api.ts';
import type { Logger } from '../node/logger.ts';
import { parseHostPort, type NodeConfig } from '../node/config.ts';
import { answerBody, type CallContext } from './batch.ts';
import { CallGate, type CallLoad } from './call-gate.ts';
import { echo, RpcCode } from './errors.ts';
import { methods } from './methods.ts';
import { Params } from './params.ts';
import { RateLimiter } from './rate-limit.ts';
import { healthView } from './views.ts';

export interface RpcLoad extends CallLoad {
  /** Open connections, of every client. */
  connections: number;
}

export interface RpcServer {
  /** The bound address (the port is the real one when 0 was asked for). */
  address: { host: string; port: number };
  /** What the server holds now: connections, calls in flight, calls waiting. */
  load(): RpcLoad;
  close(): Promise<void>;
}

export interface HttpTimeouts {
  /** To receive a request's headers (also the most a new connection may stay silent); then 408. */
  headersMs: number;
  /** To receive a whole request, body included; then 408. Not the time to answer it. */
  requestMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveMs: number;
  /** How often the first two are checked. */
  checkEveryMs: number;
}

/** Timeouts of the HTTP server (docs/rpc.md, Transport). */
export const HTTP_TIMEOUTS: Readonly<HttpTimeouts> = {
  headersMs: 10_000,
  /** A client trickling a body byte every 2 s held its connection for a minute under the old 60 s. */
  requestMs: 15_000,
  /** Longer than clients' idle timeouts, so that a client never sends on a socket the server is closing. */
  keepAliveMs: 65_000,
  /**
   * How often the first two are checked, for requests and for connections that never send a byte:
   * Node's default of 30 s would let a slow request live 45 s.
   */
  checkEveryMs: 1_000,
};

function jsonRpcServer(node: NodeApi, log: Logger): JSONRPCServer<CallContext> {
  const server = new JSONRPCServer<CallContext>({ errorListener: () => undefined });
  for (const [name, method] of Object.entries(methods(node))) {
    server.addMethod(name, (raw: unknown, call: CallContext) => method(new Params(raw), call));
  }
  server.mapErrorToJSONRPCErrorResponse = (id, error: unknown) => {
    if (error instanceof JSONRPCErrorException) return createJSONRPCErrorResponse(id, error.code, error.message, error.data);
    log.error({ err: error }, 'internal error in an RPC method');
    return createJSONRPCErrorResponse(id, RpcCode.internalError, 'internal error');
  };
  return server;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const errorBody = (code: number, message: string): string => JSON.stringify(createJSONRPCErrorResponse(null, code, message));

/** A body to run, or the answer that refuses it whole; `calls` is what it costs in rate-limit tokens. */
type ParsedBody = { calls: number; body: unknown } | { calls: number; status: number; refusal: string };

function parseBody(text: string | undefined, limits: NodeConfig['rpc']): ParsedBody {
  const refuse = (status: number, code: number, message: string): ParsedBody => ({ calls: 1, status, refusal: errorBody(code, message) });
  if (text === undefined) return refuse(413, RpcCode.invalidRequest, `request body exceeds ${limits.maxBodyBytes} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(200, RpcCode.parseError, 'parse error: the body is not JSON');
  }
  if (!Array.isArray(body)) return { calls: 1, body };
  if (body.length === 0) return refuse(200, RpcCode.invalidRequest, 'empty batch');
  if (body.length > limits.maxBatchCalls) {
    return refuse(200, RpcCode.invalidRequest, `batch of ${body.length} calls exceeds rpc.max_batch_calls (${limits.maxBatchCalls})`);
  }
  return { calls: body.length, body };
}

/** The client closed the connection before its whole request arrived: routine, not a server fault. */
const isClientAbort = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';

/** Reads the body up to `limit` bytes; undefined if it is larger (the rest is not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) { resolve(undefined); req.resume(); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `timeouts` are for tests; a node runs with HTTP_TIMEOUTS. */
export async function startRpcServer(node: NodeApi, listen: string, log: Logger, timeouts: Readonly<HttpTimeouts> = HTTP_TIMEOUTS): Promise<RpcServer> {
  const { host, port } = parseHostPort(listen, 'rpc.listen');
  const rpc = jsonRpcServer(node, log);
  const limits = node.config.rpc;
  const limiter = new RateLimiter(limits.requestsPerSecond, () => node.now());
  const gate = new CallGate(limits.maxCallsInFlight, limits.maxCallsQueued);
  const execute = (request: object, call: CallContext) => rpc.receive(request as JSONRPCRequest, call);

  const rateLimited = (res: ServerResponse, calls: number): void => {
    // A batch larger than the bucket can never pass; say so rather than invite retries.
    const never = calls > limits.requestsPerSecond ? `; a batch of ${calls} calls never fits, split it` : '';
    res.setHeader('retry-after', '1');
    send(res, 429, errorBody(RpcCode.rateLimited, `rate limit of ${limits.requestsPerSecond} calls per second exceeded${never}`));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET') { res.setHeader('allow', 'GET'); send(res, 405, errorBody(RpcCode.invalidRequest, 'use GET for /healthz')); return; }
      const h = node.health();
      send(res, h.healthy ? 200 : 503, JSON.stringify(healthView(h)));
      return;
    }
    if (path !== '/') { send(res, 404, errorBody(RpcCode.invalidRequest, `no such path ${echo(path)}; JSON-RPC is served at POST /`)); return; }
    if (req.method !== 'POST') { res.setHeader('allow', 'POST'); send(res, 405, errorBody(RpcCode.invalidRequest, 'use POST for JSON-RPC')); return; }
    const client = req.socket.remoteAddress ?? '';
    // The client may go before its answer is ready: its calls not yet started then never start.
    const gone = new AbortController();
    res.once('close', () => { if (!res.writableFinished) gone.abort(); });
    if (!limiter.allows(client)) { rateLimited(res, 1); return; }
    const request = parseBody(await readBody(req, limits.maxBodyBytes), limits);
    if (!limiter.take(client, request.calls)) { rateLimited(res, request.calls); return; }
    if ('refusal' in request) { send(res, request.status, request.refusal); return; }
    const admission = gate.admit(request.calls);
    if (admission === undefined) {
      log.debug({ client, calls: request.calls, ...gate.load }, 'RPC busy: request refused');
      res.setHeader('retry-after', '1');
      send(res, 503, errorBody(RpcCode.busy, `server busy: more than rpc.max_calls_queued (${limits.maxCallsQueued}) calls would wait; retry later`));
      return;
    }
    let answer: string | undefined;
    try {
      answer = await answerBody(request.body, { execute, maxBytes: limits.maxResponseBytes, admission, signal: gone.signal, log });
    } finally {
      admission.close();
    }
    if (gone.signal.aborted) { log.debug({ client }, 'client closed the connection before its answer'); return; }
    if (answer === undefined) { res.writeHead(204).end(); return; }
    send(res, 200, answer);
  };

  const server: Server = createServer({
    headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs, connectionsCheckingInterval: timeouts.checkEveryMs,
  }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isClientAbort(error)) { log.debug({ err: error }, 'client closed the connection mid-request'); return; }
      log.error({ err: error }, 'RPC request failed');
      if (!res.headersSent) send(res, 500, errorBody(RpcCode.internalError, 'internal error'));
      else res.destroy();
    });
  });
  // Connections: at most rpc.max_connections in all (Node closes the ones beyond at once), and
  // rpc.max_connections_per_client from one address. 20,000 connections trickling a body byte
  // every 2 s once used up the node's file descriptors.
  server.maxConnections = limits.maxConnections;
  server.on('drop', (data?: { remoteAddress?: string }) => log.debug({ client: data?.remoteAddress }, 'connection refused: rpc.max_connections reached'));
  const perClient = new Map<string, number>();
  let connections = 0;
  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? '';
    const open = perClient.get(client) ?? 0;
    if (open >= limits.maxConnectionsPerClient) {
      log.debug({ client }, 'connection refused: rpc.max_connections_per_client reached');
      socket.destroy();
      return;
    }
    perClient.set(client, open + 1);
    connections++;
    socket.once('close', () => {
      connections--;
      const still = perClient.get(client)! - 1;
      if (still === 0) perClient.delete(client);
      else perClient.set(client, still);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const bound = server.address() as AddressInfo;
  log.info({ host: bound.address, port: bound.port }, 'JSON-RPC listening');
  return {
    address: { host: bound.address, port: bound.port },
    load: () => ({ connections, ...gate.load }),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
