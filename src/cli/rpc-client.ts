// A JSON-RPC client for the CLI: one POST per call, errors turned into readable messages.
import { isJSONRPCResponse, JSONRPCClient, type JSONRPCErrorResponse, type JSONRPCRequest, type JSONRPCResponse } from 'json-rpc-2.0';

export class RpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

/** The body as a JSON-RPC response; undefined when it is not JSON or not a response. */
function parseResponse(text: string): JSONRPCResponse | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof body === 'object' && body !== null && isJSONRPCResponse(body) ? body : undefined;
}

/** Why a body that answers no request failed, in its own words where it has any. */
function reason(text: string, body: JSONRPCResponse | undefined): string {
  // The node answers HTTP-level refusals (404, 405, 413, 429, bad JSON) with `"id": null`.
  if (body && 'error' in body && body.error) return body.error.message;
  if (/^\s*<(!doctype|html)/i.test(text)) {
    const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1].trim();
    return `an HTML page${title ? ` "${title}"` : ''}, not JSON-RPC (is --rpc the node's JSON-RPC address?)`;
  }
  const line = text.trim().split('\n')[0];
  return line ? `"${line.slice(0, 200)}"` : 'an empty body';
}

export class RpcClient {
  readonly url: string;
  readonly #client: JSONRPCClient;
  /** Each request its own id, so that calls made at once each get their own answer. */
  #nextId = 1;

  constructor(url: string) {
    this.url = url;
    // What this function throws, the client turns into an error response to the pending request.
    this.#client = new JSONRPCClient(async (request: JSONRPCRequest) => {
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      } catch (e) {
        // fetch's own message is "fetch failed"; the cause says why (ECONNREFUSED, bad port, ...).
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (e as Error).message;
        throw new Error(`cannot reach the node at ${url} (${why}); is it running? (npm start, or --rpc URL)`);
      }
      const text = await response.text();
      const body = parseResponse(text);
      // Anything but a response to this request would leave the request pending for ever.
      if (body === undefined || body.id !== request.id) throw new Error(`the node answered HTTP ${response.status}: ${reason(text, body)}`);
      this.#client.receive(body);
    });
  }

  async call<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const response = await this.#client.requestAdvanced({ jsonrpc: '2.0', id: this.#nextId++, method, params });
    if ('error' in response && response.error) {
      const e = (response as JSONRPCErrorResponse).error;
      throw new RpcError(e.code, e.message, e.data);
    }
    return (response as { result: T }).result;
  }

  /**
   * Calls a paged method page after page: `page.next` names the answer's field that carries the
   * next page's `page.param` (null on the last page). Returns the last answer with `page.items`
   * holding the items of every page.
   */
  async allPages<T extends Record<string, unknown>>(method: string, params: Record<string, unknown>, page: { items: keyof T & string; next: keyof T & string; param: string }): Promise<T> {
    let answer = await this.call<T>(method, params);
    const items = [...(answer[page.items] as unknown[])];
    while (answer[page.next] !== null && answer[page.next] !== undefined) {
      answer = await this.call<T>(method, { ...params, [page.param]: answer[page.next] });
      items.push(...(answer[page.items] as unknown[]));
    }
    return { ...answer, [page.items]: items };
  }
}
