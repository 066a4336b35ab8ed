// JSON-RPC 2.0 over HTTP (POST /, batches allowed) and GET /healthz. Bodies are size-limited,
// clients are rate-limited by address, and no request can take the server down: every failure
// becomes a JSON-RPC error.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSONRPCErrorException, JSONRPCServer, createJSONRPCErrorResponse } from 'json-rpc-2.0';
import type { AckchainNode } from '../node/node.ts';
import type { Logger } from '../node/logger.ts';
import { parseHostPort } from '../node/config.ts';
import { RpcCode } from './errors.ts';
import { health, methods } from './methods.ts';
import { Params } from './params.ts';
import { RateLimiter } from './rate-limit.ts';

export interface RpcServer {
  /** The bound address (the port is the real one when 0 was asked for). */
  address: { host: string; port: number };
  close(): Promise<void>;
}

function jsonRpcServer(node: AckchainNode, log: Logger): JSONRPCServer {
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

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const errorBody = (code: number, message: string) => createJSONRPCErrorResponse(null, code, message);

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

export async function startRpcServer(node: AckchainNode, listen: string, log: Logger): Promise<RpcServer> {
  const { host, port } = parseHostPort(listen, 'rpc.listen');
  const rpc = jsonRpcServer(node, log);
  const { maxBodyBytes, requestsPerSecond } = node.config.rpc;
  const limiter = new RateLimiter(requestsPerSecond);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET') { res.setHeader('allow', 'GET'); send(res, 405, errorBody(RpcCode.invalidRequest, 'use GET for /healthz')); return; }
      const h = health(node);
      send(res, h.healthy ? 200 : 503, h);
      return;
    }
    if (path !== '/') { send(res, 404, errorBody(RpcCode.invalidRequest, `no such path ${path}; JSON-RPC is served at POST /`)); return; }
    if (req.method !== 'POST') { res.setHeader('allow', 'POST'); send(res, 405, errorBody(RpcCode.invalidRequest, 'use POST for JSON-RPC')); return; }
    if (!limiter.take(req.socket.remoteAddress ?? '')) { res.setHeader('retry-after', '1'); send(res, 429, errorBody(RpcCode.rateLimited, `rate limit of ${requestsPerSecond} requests per second exceeded`)); return; }
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined) { send(res, 413, errorBody(RpcCode.invalidRequest, `request body exceeds ${maxBodyBytes} bytes`)); return; }
    let request: unknown;
    try {
      request = JSON.parse(body);
    } catch {
      send(res, 200, errorBody(RpcCode.parseError, 'parse error: the body is not JSON'));
      return;
    }
    if (Array.isArray(request) && request.length === 0) { send(res, 200, errorBody(RpcCode.invalidRequest, 'empty batch')); return; }
    const response = await rpc.receive(request as Parameters<JSONRPCServer['receive']>[0]);
    if (response === null || (Array.isArray(response) && response.length === 0)) { res.writeHead(204).end(); return; }
    send(res, 200, response);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
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
