// JSON-RPC 2.0 over HTTP (POST /, batches allowed) and GET /healthz. Bodies, batches and answers
// are size-limited, clients are rate-limited by address (one token per call), and no request can
// take the server down: every failure becomes a JSON-RPC error.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSONRPCErrorException, JSONRPCServer, createJSONRPCErrorResponse, type JSONRPCRequest } from 'json-rpc-2.0';
import type { NodeApi } from '../node/api.ts';
import type { Logger } from '../node/logger.ts';
import { parseHostPort, type NodeConfig } from '../node/config.ts';
import { answerBody } from './batch.ts';
import { RpcCode } from './errors.ts';
import { methods } from './methods.ts';
import { Params } from './params.ts';
import { RateLimiter } from './rate-limit.ts';
import { healthView } from './views.ts';

export interface RpcServer {
  /** The bound address (the port is the real one when 0 was asked for). */
  address: { host: string; port: number };
  close(): Promise<void>;
}

function jsonRpcServer(node: NodeApi, log: Logger): JSONRPCServer {
  const server = new JSONRPCServer({ errorListener: () => undefined });
  for (const [name, method] of Object.entries(methods(node))) {
    server.addMethod(name, (raw: unknown) => method(new Params(raw)));
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

export async function startRpcServer(node: NodeApi, listen: string, log: Logger): Promise<RpcServer> {
  const { host, port } = parseHostPort(listen, 'rpc.listen');
  const rpc = jsonRpcServer(node, log);
  const limits = node.config.rpc;
  const limiter = new RateLimiter(limits.requestsPerSecond, () => node.now());
  const execute = (request: object) => rpc.receive(request as JSONRPCRequest);

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
    if (path !== '/') { send(res, 404, errorBody(RpcCode.invalidRequest, `no such path ${path}; JSON-RPC is served at POST /`)); return; }
    if (req.method !== 'POST') { res.setHeader('allow', 'POST'); send(res, 405, errorBody(RpcCode.invalidRequest, 'use POST for JSON-RPC')); return; }
    const client = req.socket.remoteAddress ?? '';
    if (!limiter.allows(client)) { rateLimited(res, 1); return; }
    const request = parseBody(await readBody(req, limits.maxBodyBytes), limits);
    if (!limiter.take(client, request.calls)) { rateLimited(res, request.calls); return; }
    if ('refusal' in request) { send(res, request.status, request.refusal); return; }
    const answer = await answerBody(request.body, execute, limits.maxResponseBytes);
    if (answer === undefined) { res.writeHead(204).end(); return; }
    send(res, 200, answer);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isClientAbort(error)) { log.debug({ err: error }, 'client closed the connection mid-request'); return; }
      log.error({ err: error }, 'RPC request failed');
      if (!res.headersSent) send(res, 500, errorBody(RpcCode.internalError, 'internal error'));
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  // Longer than clients' idle timeouts, so that a client never sends on a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const bound = server.address() as AddressInfo;
  log.info({ host: bound.address, port: bound.port }, 'JSON-RPC listening');
  return {
    address: { host: bound.address, port: bound.port },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
