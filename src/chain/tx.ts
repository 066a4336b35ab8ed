// Transactions: building and signing, hashing, and the stateless checks every node applies before
// a tx may enter a mempool or a block.
import { equalBytes } from './bytes.ts';
import { ackchain, decode, encode, DecodeError } from './codec.ts';
import { reject, Rejection } from './codes.ts';
import { sha256 } from './hash.ts';
import { sign, type KeyPair } from './keys.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verify } from './signature.ts';

export type PayloadName = NonNullable<ackchain.TxBody['payload']>;
export type TxBodyInput = ackchain.TxBody.$Properties;

/** A tx whose envelope and body decoded and passed the stateless checks; its signature is not checked yet. */
export interface DecodedTx {
  /** The exact canonical bytes received; the hash and every later check cover these. */
  bytes: Uint8Array;
  hash: Uint8Array;
  signer: Uint8Array;
  signature: Uint8Array;
  bodyBytes: Uint8Array;
  body: ackchain.TxBody;
  payload: PayloadName;
}

/** A decoded tx whose signature verified: the only kind that may enter a mempool or a block. */
export interface CheckedTx extends DecodedTx {
  readonly signatureVerified: true;
}

/** What the stateless checks need to know of the chain. */
export interface TxRules {
  chainId: string;
  maxTxBytes: number;
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
 * Decodes a tx and checks what needs neither state, time nor the signature: size, a canonical
 * envelope, field sizes, chain id and payload. Throws a Rejection with the reason.
 */
export function decodeTx(bytes: Uint8Array, rules: TxRules): DecodedTx {
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
  // Only the signer may make a second tx out of a signed one: the envelope must be the one
  // encoding of its fields (1, 2, 3 once each, in order, minimal lengths, nothing else), or a
  // third party could re-encode it into new bytes with a new hash that passes the replay check.
  if (!equalBytes(encode.tx({ body: tx.body, signer: tx.signer, signature: tx.signature }), bytes)) {
    reject('malformed', 'the tx envelope is not canonically encoded (fields body, signer, signature once each, in order, nothing else)');
  }
  if (tx.signer.length !== PUBLIC_KEY_BYTES) reject('malformed', `signer must be ${PUBLIC_KEY_BYTES} bytes`);
  if (tx.signature.length !== SIGNATURE_BYTES) reject('malformed', `signature must be ${SIGNATURE_BYTES} bytes`);
  if (body.chainId !== rules.chainId) reject('wrongChain', `tx is for chain "${body.chainId}", this is "${rules.chainId}"`);
  if (!body.payload) reject('malformed', 'tx body has no payload');
  return { bytes, hash: txHash(bytes), signer: tx.signer, signature: tx.signature, bodyBytes: tx.body, body, payload: body.payload };
}

/** Verifies a decoded tx's signature over its exact body bytes, once. */
export function verifyTx(tx: DecodedTx): CheckedTx {
  if (!verify('tx', tx.signer, tx.bodyBytes, tx.signature)) reject('badSignature', 'signature does not verify for the signer');
  return { ...tx, signatureVerified: true };
}

/** decodeTx and verifyTx: every stateless check. */
export function checkTx(bytes: Uint8Array, rules: TxRules): CheckedTx {
  return verifyTx(decodeTx(bytes, rules));
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
