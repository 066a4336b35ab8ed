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
  rateLimited: -32005,
  /** The answer would exceed rpc.max_response_bytes; the call was not served. */
  responseTooLarge: -32006,
} as const;

export function invalidParams(message: string): JSONRPCErrorException {
  return new JSONRPCErrorException(`invalid params: ${message}`, RpcCode.invalidParams);
}

export function notFound(message: string): JSONRPCErrorException {
  return new JSONRPCErrorException(message, RpcCode.notFound);
}

export function txRejected(rejection: Rejection, hash?: string): JSONRPCErrorException {
  return new JSONRPCErrorException(`tx rejected: ${rejection.message}`, RpcCode.txRejected, {
    code: rejection.code, code_name: codeName(rejection.code), reason: rejection.message, ...(hash ? { hash } : {}),
  });
}
