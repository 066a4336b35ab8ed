// Answers a JSON-RPC body, one request or a batch, within rpc.max_response_bytes. Each response is
// serialized as soon as its call completes and counted against that budget; once a response does
// not fit, the calls not yet started are not executed. Without this, a 21 KB batch of alert_list
// calls made a 142 MB answer.
//
// Every call runs in a place in flight of the node-wide CallGate, held until its response is
// serialized; a call whose client has gone is not started. One call's failure, even to serialize
// its result, answers that call alone with -32603.
import { createJSONRPCErrorResponse, type JSONRPCID, type JSONRPCResponse } from 'json-rpc-2.0';
import type { Logger } from '../node/logger.ts';
import type { Admission, Slot } from './call-gate.ts';
import { echo, RpcCode } from './errors.ts';

/** What a method may ask of the call it runs in. */
export interface CallContext {
  /**
   * Gives up the call's place in flight while it awaits `wait`, a wait that holds no memory to
   * speak of (a commit): other calls run meanwhile. The call does not take a place again.
   */
  idle<T>(wait: Promise<T>): Promise<T>;
}

/** Executes one valid request object; null for a notification. */
export type Execute = (request: JsonRpcRequest, call: CallContext) => PromiseLike<JSONRPCResponse | null>;

export interface AnswerOptions {
  execute: Execute;
  /** rpc.max_response_bytes */
  maxBytes: number;
  /** The request's calls, admitted to the node's CallGate. */
  admission: Admission;
  /** Aborts when the client has gone: calls not yet started are then never started. */
  signal: AbortSignal;
  log: Logger;
}

/** A request that passed `invalidRequest`: an id (if any) that can be echoed, and a method name. */
export interface JsonRpcRequest { jsonrpc: '2.0'; method: string; id?: JSONRPCID; params?: unknown }

/**
 * Calls of one batch in flight at once, started in batch order: enough for tx_submit calls that
 * wait for their commit to share blocks, few enough that results not yet serialized stay small.
 */
const BATCH_CONCURRENCY = 8;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An id as JSON-RPC 2.0 allows it and ackchain takes it: a string, null, or a number without a
 * fraction within +-(2^53 - 1), so that it comes back exactly as sent. Objects, arrays, booleans
 * and other numbers are refused (a 20,000-deep array as id once failed the whole answer).
 */
export const isValidId = (id: unknown): id is JSONRPCID =>
  id === null || typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id));

/** The id to answer a request with: its own if valid, else null. */
const idOf = (request: unknown): JSONRPCID => (isObject(request) && isValidId(request.id) ? request.id : null);

/**
 * The -32600 answer to a batch element or body that is not a request: not an object (null, 42),
 * an invalid id (answered with id null), no "jsonrpc": "2.0", or a method that is not a string.
 * Undefined for a valid request.
 */
export function invalidRequest(request: unknown): JSONRPCResponse | undefined {
  if (!isObject(request)) return createJSONRPCErrorResponse(null, RpcCode.invalidRequest, 'Invalid Request');
  const valid = (request.id === undefined || isValidId(request.id)) && request.jsonrpc === '2.0' && typeof request.method === 'string'
    && request.result === undefined && request.error === undefined;
  return valid ? undefined : createJSONRPCErrorResponse(idOf(request), RpcCode.invalidRequest, 'Invalid Request');
}

const isNotification = (v: unknown): boolean => invalidRequest(v) === undefined && (v as JsonRpcRequest).id === undefined;

function tooLarge(request: unknown, maxBytes: number): JSONRPCResponse {
  return createJSONRPCErrorResponse(idOf(request), RpcCode.responseTooLarge,
    `response too large: the answer would exceed rpc.max_response_bytes (${maxBytes} bytes); ask for less or split the batch`);
}

/** The answer to a request or a non-empty batch; undefined when nothing is answered (notifications only, or the client has gone). */
export async function answerBody(body: unknown, options: AnswerOptions): Promise<string | undefined> {
  if (!Array.isArray(body)) return (await answerCalls([body], options, 0))[0];
  const answers = await answerCalls(body, options, 1);
  return answers.length === 0 || options.signal.aborted ? undefined : `[${answers.join(',')}]`;
}

/** Runs a valid request in `slot`; a failure of the call, or of serializing its response, answers it alone with -32603. */
async function run(request: JsonRpcRequest, slot: Slot, { execute, log }: AnswerOptions): Promise<string | null> {
  const context: CallContext = {
    idle: async (wait) => {
      slot.release();
      return wait;
    },
  };
  const internalError = (error: unknown, what: string): string | null => {
    // Logged once, by method and id only: the response may be what cannot be serialized.
    log.error({ method: echo(request.method), id: typeof request.id === 'string' ? echo(request.id) : request.id, err: error }, what);
    return request.id === undefined ? null : JSON.stringify(createJSONRPCErrorResponse(request.id, RpcCode.internalError, 'internal error'));
  };
  let response: JSONRPCResponse | null;
  try {
    response = await execute(request, context);
  } catch (error) {
    return internalError(error, 'an RPC call failed outside its method');
  }
  if (response === null) return null;
  try {
    return JSON.stringify(response);
  } catch (error) {
    return internalError(error, 'an RPC response could not be serialized');
  }
}

/**
 * The serialized responses to `requests`, in their order, at most `maxBytes` in all counting
 * `framing` bytes for each response (its comma or bracket in a batch) and one more for the end.
 */
async function answerCalls(requests: unknown[], options: AnswerOptions, framing: number): Promise<string[]> {
  const { maxBytes, admission, signal } = options;
  // Every refusal is set aside from the start, so that the calls not served can always be told why
  // within the budget. Notifications get no answer, so nothing is set aside for them.
  const refusals = requests.map((r) => (isNotification(r) ? undefined : JSON.stringify(tooLarge(r, maxBytes))));
  const reserved = refusals.map((r) => (r === undefined ? 0 : Buffer.byteLength(r) + framing));
  let left = maxBytes - framing - reserved.reduce((a, b) => a + b, 0);
  let spent = false;
  const answers: (string | undefined)[] = new Array(requests.length);
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < requests.length && !signal.aborted) {
      const i = next++;
      if (spent) { answers[i] = refusals[i]; continue; }
      const request = requests[i];
      const invalid = invalidRequest(request);
      let text: string | null;
      if (invalid !== undefined) text = JSON.stringify(invalid);
      else {
        const slot = await admission.start(signal);
        if (slot === undefined) return; // the client has gone: start nothing more
        try {
          // The budget may have run out while this call waited for its place.
          if (spent) { answers[i] = refusals[i]; continue; }
          text = await run(request as JsonRpcRequest, slot, options);
        } finally {
          slot.release();
        }
      }
      if (text === null) continue;
      const extra = Buffer.byteLength(text) + framing - reserved[i];
      if (extra <= left) {
        answers[i] = text;
        left -= extra;
      } else {
        answers[i] = refusals[i];
        spent = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, requests.length) }, work));
  return answers.filter((a) => a !== undefined);
}
