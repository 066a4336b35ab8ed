// Transactions: building and signing, hashing, and the stateless checks every node applies before
// a tx may enter a mempool or a block.
import { ackchain, decode, encode, DecodeError } from './codec.ts';
import { reject, Rejection } from './codes.ts';
import { sha256 } from './hash.ts';
import { sign, type KeyPair } from './keys.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verify } from './signature.ts';

export type PayloadName = NonNullable<ackchain.TxBody['payload']>;
export type TxBodyInput = ackchain.TxBody.$Properties;

/** A tx that passed the stateless checks, with its exact bytes and hash. */
export interface CheckedTx {
  bytes: Uint8Array;
  hash: Uint8Array;
  signer: Uint8Array;
  body: ackchain.TxBody;
  payload: PayloadName;
}

export interface TxRules {
  chainId: string;
  maxTxBytes: number;
  maxTxTtlMs: number;
}

export function txHash(txBytes: Uint8Array): Uint8Array {
  return sha256(txBytes);
}

/** Encodes a body, signs it with the domain tag and returns the encoded Tx. */
export function signTx(body: TxBodyInput, keys: KeyPair): Uint8Array {
  const bodyBytes = encode.txBody(body);
  return encode.tx({ body: bodyBytes, signer: keys.publicKey, signature: sign('tx', bodyBytes, keys.privateKey) });
}

/**
 * Decodes and checks a tx independent of state and time: size, shape, chain id, payload present,
 * and the signature over the exact body bytes. Throws a Rejection with the reason.
 */
export function checkTx(bytes: Uint8Array, rules: TxRules): CheckedTx {
  if (bytes.length > rules.maxTxBytes) reject('tooLarge', `tx is ${bytes.length} bytes; the limit is ${rules.maxTxBytes}`);
  let tx: ackchain.Tx;
  let body: ackchain.TxBody;
  try {
    tx = decode.tx(bytes);
    body = decode.txBody(tx.body);
  } catch (e) {
    if (e instanceof DecodeError) reject('malformed', e.message);
    throw e;
  }
  if (tx.signer.length !== PUBLIC_KEY_BYTES) reject('malformed', `signer must be ${PUBLIC_KEY_BYTES} bytes`);
  if (tx.signature.length !== SIGNATURE_BYTES) reject('malformed', `signature must be ${SIGNATURE_BYTES} bytes`);
  if (body.chainId !== rules.chainId) reject('wrongChain', `tx is for chain "${body.chainId}", this is "${rules.chainId}"`);
  if (!body.payload) reject('malformed', 'tx body has no payload');
  if (!verify('tx', tx.signer, tx.body, tx.signature)) reject('badSignature', 'signature does not verify for the signer');
  return { bytes, hash: txHash(bytes), signer: tx.signer, body, payload: body.payload };
}

/** The validity window: block_time < expires_at_ms <= block_time + max_tx_ttl. */
export function checkTxExpiry(body: ackchain.TxBody, timeMs: number, maxTxTtlMs: number): void {
  if (body.expiresAtMs <= timeMs) reject('expired', `tx expired at ${body.expiresAtMs}, time is ${timeMs}`);
  if (body.expiresAtMs > timeMs + maxTxTtlMs) {
    reject('expired', `tx expires at ${body.expiresAtMs}, more than the max TTL of ${maxTxTtlMs} ms after ${timeMs}`);
  }
}

export function isRejection(e: unknown): e is Rejection {
  return e instanceof Rejection;
}
