// The one signature rule: RFC 8032 strict. The OpenSSL back end must agree with the reference
// (@noble/curves, zip215 off) on every edge case, or two nodes could disagree about a block.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromHex } from '../../src/chain/bytes.ts';
import { generateKeyPair, sign } from '../../src/chain/keys.ts';
import { signedMessage, verify, verifyOpenssl, verifyReference } from '../../src/chain/signature.ts';

const L = (1n << 252n) + 27742317777372353535851937790883648493n;

const le = (n: bigint): Uint8Array => {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) { out[i] = Number(n & 0xffn); n >>= 8n; }
  return out;
};
const fromLe = (b: Uint8Array): bigint => b.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
const sig = (r: Uint8Array, s: Uint8Array): Uint8Array => { const o = new Uint8Array(64); o.set(r); o.set(s, 32); return o; };

/** The eight points of small order, and non-canonical encodings (y >= p, or x = 0 with the sign bit set). */
const SMALL_ORDER = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000080',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
].map((h) => fromHex(h));
const NON_CANONICAL = [
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p + 1
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', // y = p, sign set
  '0100000000000000000000000000000000000000000000000000000000000080', // identity with x "negative"
].map((h) => fromHex(h));

function agree(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const reference = verifyReference(publicKey, message, signature);
  const openssl = verifyOpenssl(publicKey, message, signature);
  assert.equal(openssl, reference, `back ends disagree (reference ${reference})`);
  return reference;
}

describe('chain: signature rule', () => {
  it('accepts valid signatures with both back ends (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (message) => {
      const keys = generateKeyPair();
      const s = sign('tx', message, keys.privateKey);
      assert.equal(agree(keys.publicKey, signedMessage('tx', message), s), true);
      assert.equal(verify('tx', keys.publicKey, message, s), true);
    }), { numRuns: 100 });
  });

  it('rejects a signature whose S is not below L, with both back ends', () => {
    const keys = generateKeyPair();
    const message = signedMessage('tx', new Uint8Array([1, 2, 3]));
    const s = sign('tx', new Uint8Array([1, 2, 3]), keys.privateKey);
    const S = fromLe(s.subarray(32));
    assert.equal(agree(keys.publicKey, message, sig(s.subarray(0, 32), le(S + L))), false);
    assert.equal(agree(keys.publicKey, message, sig(s.subarray(0, 32), le(L))), false);
  });

  it('agrees on small-order and non-canonical keys and R values, for every S edge', () => {
    const message = new Uint8Array([7, 7, 7]);
    const scalars = [0n, 1n, L - 1n, L, L + 1n].map(le);
    const points = [...SMALL_ORDER, ...NON_CANONICAL, generateKeyPair().publicKey];
    for (const A of points) for (const R of points) for (const S of scalars) agree(A, message, sig(R, S));
    // Non-canonical public keys are refused by both.
    for (const A of NON_CANONICAL) for (const R of SMALL_ORDER) assert.equal(agree(A, message, sig(R, le(0n))), false);
  });

  it('agrees on random and mutated signatures (property)', () => {
    const keys = generateKeyPair();
    const message = new Uint8Array([9, 9]);
    const good = sign('tx', message, keys.privateKey);
    fc.assert(fc.property(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 1, max: 255 }), (index, flip) => {
      const bad = Uint8Array.from(good);
      bad[index] ^= flip;
      assert.equal(agree(keys.publicKey, signedMessage('tx', message), bad), false);
    }), { numRuns: 200 });
    fc.assert(fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), (A, s) => {
      agree(A, signedMessage('tx', message), s);
    }), { numRuns: 200 });
  });

  it('rejects wrong lengths and keeps domains apart', () => {
    const keys = generateKeyPair();
    const payload = new Uint8Array([1]);
    const s = sign('tx', payload, keys.privateKey);
    assert.equal(agree(keys.publicKey.subarray(0, 31), signedMessage('tx', payload), s), false);
    assert.equal(agree(keys.publicKey, signedMessage('tx', payload), s.subarray(0, 63)), false);
    assert.equal(verify('vote', keys.publicKey, payload, s), false, 'a tx signature is not a vote signature');
    assert.equal(verify('tx', keys.publicKey, new Uint8Array([2]), s), false);
  });
});
