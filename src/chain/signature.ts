// The one signature rule of the chain (DESIGN.md, "Signature rule"): RFC 8032 Ed25519
// verification with the cofactorless equation [S]B = R + [k]A, as OpenSSL (Node's crypto.verify)
// and libsodium check it. A signature (R, S) by key A on message M is valid iff
// - the key has 32 bytes and the signature 64;
// - S < L, so that a signature has a single S;
// - A is canonically encoded: y < p, and not x = 0 with the sign bit set (RFC 8032 5.1.3 step 4;
//   only y = 1 and y = p - 1 have x = 0, both points of small order, so that spelling is refused
//   on both counts);
// - neither A nor R is a point of small order: with such an A one signature verifies for many
//   messages, and no honest signer makes such an R (R = [r]B);
// - with k = SHA-512(R || A || M) mod L over the exact bytes received, encode([S]B - [k]A) equals
//   the 32 bytes of R, so a non-canonical R never verifies.
// Refusing a small-order R is libsodium's rule, and Node 24.21's crypto.verify refuses the 14
// encodings of small-order points as A or R (nodejs/node#64026). Node 20 with OpenSSL 3.0 does not,
// nor does Go's crypto/ed25519 (it accepts speccheck cases 0, 1, 2 and 11, which this rule refuses),
// so the fast path checks A and R itself: the answer does not depend on the Node build.
// Two back ends implement the rule: verifyOpenssl, which the chain runs, and verifyReference, pure
// JS on @noble/curves point arithmetic. test/chain/signature.test.ts makes them agree on
// Wycheproof, ed25519-speccheck and crafted edge cases.
import { createPublicKey, verify as opensslVerify, type KeyObject } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, equalBytes, fromHex, toHex, utf8 } from './bytes.ts';

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** Domain tags: a signature made for one purpose can never be replayed as another. */
export const DOMAIN = {
  tx: utf8.encode('ackchain/tx/v1'),
  vote: utf8.encode('ackchain/vote/v1'),
  proposal: utf8.encode('ackchain/proposal/v1'),
  device: utf8.encode('ackchain/device/v1'),
} as const;

export type Domain = keyof typeof DOMAIN;

export function signedMessage(domain: Domain, payload: Uint8Array): Uint8Array {
  return concatBytes(DOMAIN[domain], payload);
}

export type VerifyBackend = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

const hasRightLengths = (publicKey: Uint8Array, signature: Uint8Array): boolean =>
  publicKey.length === PUBLIC_KEY_BYTES && signature.length === SIGNATURE_BYTES;

const { Point } = ed25519;
const L = Point.Fn.ORDER;

/** A decoded as RFC 8032 5.1.3 says, or null (not canonical, or not on the curve). */
function decodeStrict(bytes: Uint8Array): InstanceType<typeof Point> | null {
  try {
    return Point.fromBytes(bytes, false);
  } catch {
    return null;
  }
}

/** The reference: the rule above, step by step, on @noble/curves point arithmetic. */
export const verifyReference: VerifyBackend = (publicKey, message, signature) => {
  if (!hasRightLengths(publicKey, signature)) return false;
  const R = signature.subarray(0, 32);
  const S = bytesToNumberLE(signature.subarray(32));
  if (S >= L) return false;
  const A = decodeStrict(publicKey);
  if (A === null || A.isSmallOrder()) return false;
  const k = bytesToNumberLE(sha512(concatBytes(R, publicKey, message))) % L;
  const expectedR = Point.BASE.multiplyUnsafe(S).subtract(A.multiplyUnsafe(k));
  return equalBytes(expectedR.toBytes(), R) && !expectedR.isSmallOrder();
};

// OpenSSL checks S < L, the equation and R as bytes, but decodes any y (y >= p taken mod p, x = 0
// whatever the sign bit). The fast path refuses non-canonical and small-order A and R on their
// bytes, before OpenSSL sees them: y (sign bit cleared) must be below p and not the y of a point
// of small order. For y = 0 and the two y of order 8 (x != 0) both signs are points of small
// order; for y = 1 and y = p - 1 (x = 0) the sign-bit-set spelling is the non-canonical one.
const P_BYTES = fromHex('ed' + 'ff'.repeat(30) + '7f'); // p = 2^255 - 19, little-endian
const SMALL_ORDER_Y = new Set([
  '0100000000000000000000000000000000000000000000000000000000000000', // identity
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // order 2
  '0000000000000000000000000000000000000000000000000000000000000000', // order 4
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
]);

/** y < p, comparing little-endian bytes from the most significant one. */
function isBelowP(y: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    if (y[i] !== P_BYTES[i]) return y[i] < P_BYTES[i];
  }
  return false;
}

/** The fast path's check on A and R, exported for tests (Node's own checks hide it from verifyOpenssl's answers). */
export function isCanonicalNotSmallOrder(point: Uint8Array): boolean {
  const y = Uint8Array.from(point);
  y[31] &= 0x7f;
  return isBelowP(y) && !SMALL_ORDER_Y.has(toHex(y));
}

/**
 * Whether a public key could ever verify a signature under the chain's rule: 32 bytes, a
 * canonical encoding of a curve point that is not of small order. Accounts are checked with it
 * before they are recorded, so that no member or validator is a key nobody can sign for.
 */
export function isValidPublicKey(key: Uint8Array): boolean {
  return key.length === PUBLIC_KEY_BYTES && isCanonicalNotSmallOrder(key) && decodeStrict(key) !== null;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const KEY_CACHE_LIMIT = 4096;
// Few distinct accounts sign, and importing a key costs a quarter of a verification: imported
// keys are kept, oldest out first. Refused keys are not cached (refusing one again is cheap).
const keyCache = new Map<string, KeyObject>();

function opensslKey(publicKey: Uint8Array): KeyObject | null {
  const id = toHex(publicKey);
  const cached = keyCache.get(id);
  if (cached !== undefined) return cached;
  if (!isCanonicalNotSmallOrder(publicKey)) return null;
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(id, key);
  return key;
}

/** The fast back end: byte checks on A and R, then one OpenSSL verification, whose answer is final. */
export const verifyOpenssl: VerifyBackend = (publicKey, message, signature) => {
  if (!hasRightLengths(publicKey, signature) || !isCanonicalNotSmallOrder(signature.subarray(0, 32))) return false;
  const key = opensslKey(publicKey);
  return key !== null && opensslVerify(null, message, key, signature);
};

/** The chain's verification predicate. */
export function verify(domain: Domain, publicKey: Uint8Array, payload: Uint8Array, signature: Uint8Array): boolean {
  return verifyOpenssl(publicKey, signedMessage(domain, payload), signature);
}
