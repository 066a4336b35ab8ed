// A JSON-RPC client for the CLI: one POST per call, errors turned into readable messages.
import { JSONRPCClient, type JSONRPCErrorResponse } from 'json-rpc-2.0';

export class RpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

export class RpcClient {
  readonly url: string;
  readonly #client: JSONRPCClient;

  constructor(url: string) {
    this.url = url;
    this.#client = new JSONRPCClient(async (request) => {
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
        throw new Error(`cannot reach the node at ${url} (${cause}); is it running? (npm start, or --rpc URL)`);
      }
      const text = await response.text();
      if (text) this.#client.receive(JSON.parse(text));
      else if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    });
  }

  async call<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const response = await this.#client.requestAdvanced({ jsonrpc: '2.0', id: 1, method, params });
    if ('error' in response && response.error) {
      const e = (response as JSONRPCErrorResponse).error;
      throw new RpcError(e.code, e.message, e.data);
    }
    return (response as { result: T }).result;
  }
}
