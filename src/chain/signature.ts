// The one signature rule of the chain: RFC 8032 Ed25519 verification in its strict form.
// Two nodes must never disagree on a signature, so every verification goes through `verify`.
// The reference is @noble/curves with zip215 off; Node's OpenSSL is ~10x faster and is the back
// end, with two corrections that make it answer exactly as the reference does:
// - OpenSSL accepts a public key whose encoding is not canonical, and noble refuses a small-order
//   key; both are checked on the key with the reference (once per key, cached).
// - OpenSSL checks the cofactorless equation [S]B = R + [k]A, noble the cofactored one
//   [8][S]B = [8]R + [8][k]A. Whatever OpenSSL accepts the reference accepts, but a signer can
//   craft signatures (R or A with a small-order component) that only the reference accepts, so a
//   rejection by OpenSSL is confirmed with the reference. Valid signatures take the fast path.
// test/chain/signature.test.ts holds the edge cases on which both must agree.
import { createPublicKey, verify as opensslVerify, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { concatBytes, utf8 } from './bytes.ts';

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** Domain tags: a signature made for one purpose can never be replayed as another. */
export const DOMAIN = {
  tx: utf8.encode('ackchain/tx/v1'),
  vote: utf8.encode('ackchain/vote/v1'),
} as const;

export type Domain = keyof typeof DOMAIN;

export function signedMessage(domain: Domain, payload: Uint8Array): Uint8Array {
  return concatBytes(DOMAIN[domain], payload);
}

export type VerifyBackend = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/** The reference: RFC 8032 strict (canonical A and R, S < L, cofactorless equation). */
export const verifyReference: VerifyBackend = (publicKey, message, signature) => {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const KEY_CACHE_LIMIT = 4096;
// Few distinct accounts sign; caching parsed keys (and the strict check on them) keeps the fast
// path to one OpenSSL call.
const keyCache = new Map<string, KeyObject | null>();

function opensslKey(publicKey: Uint8Array): KeyObject | null {
  const id = Buffer.from(publicKey).toString('hex');
  let key = keyCache.get(id);
  if (key !== undefined) return key;
  key = null;
  if (ed25519.utils.isValidPublicKey(publicKey, false) && !ed25519.Point.fromBytes(publicKey).isSmallOrder()) {
    try {
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
    } catch {
      key = null;
    }
  }
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(id, key);
  return key;
}

export const verifyOpenssl: VerifyBackend = (publicKey, message, signature) => {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  const key = opensslKey(publicKey);
  if (key === null) return false;
  let accepted: boolean;
  try {
    accepted = opensslVerify(null, message, key, signature);
  } catch {
    accepted = false;
  }
  return accepted || verifyReference(publicKey, message, signature);
};

/** The chain's verification predicate. */
export function verify(domain: Domain, publicKey: Uint8Array, payload: Uint8Array, signature: Uint8Array): boolean {
  return verifyOpenssl(publicKey, signedMessage(domain, payload), signature);
}
