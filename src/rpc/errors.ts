// JSON-RPC error codes: the standard ones and ackchain's own, with the reason in the message.
import { JSONRPCErrorException } from 'json-rpc-2.0';
import { codeName, type Rejection } from '../chain/codes.ts';

export const RpcCode = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  /** A tx was refused (before or in a block); data.code is the receipt code. */
  txRejected: -32001,
  /** tx_submit waited for a commit that did not come in time; the tx may still commit. */
  commitTimeout: -32002,
  notFound: -32004,
  /** The client's rate limit is used up (HTTP 429); retry later. */
  rateLimited: -32005,
  /** The same code for the node's whole load: its queue of calls is full (HTTP 503); retry later. */
  busy: -32005,
  /** The answer would exceed rpc.max_response_bytes; the call was not served. */
  responseTooLarge: -32006,
} as const;

/** The most characters of a client's value that an error message repeats. */
export const ECHO_CHARS = 80;

/**
 * A value the client sent, as an error message repeats it: cut to `max` characters with an
 * ellipsis, so that an answer never grows with what the client sent (a 900 KB team id once made a
 * 900 KB error). Every message in rpc/ that quotes client input goes through here.
 */
export function echo(text: string, max = ECHO_CHARS): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: half of one is not text.
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

export function invalidParams(message: string): JSONRPCErrorException {
  return new JSONRPCErrorException(`invalid params: ${message}`, RpcCode.invalidParams);
}

export function notFound(message: string): JSONRPCErrorException {
  return new JSONRPCErrorException(message, RpcCode.notFound);
}

/** Room for the longest reason the chain gives (two hex keys and a sentence) without the fields of the tx it may quote in full. */
const REASON_CHARS = 400;

export function txRejected(rejection: Rejection, hash?: string): JSONRPCErrorException {
  // A reason may quote the tx (the chain_id of a tx for another chain): cut, as any echoed value.
  const reason = echo(rejection.message, REASON_CHARS);
  return new JSONRPCErrorException(`tx rejected: ${reason}`, RpcCode.txRejected, {
    code: rejection.code, code_name: codeName(rejection.code), reason, ...(hash ? { hash } : {}),
  });
}
