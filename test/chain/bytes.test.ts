// The byte helpers every layer shares: hex as the RPC and CLI take it, ordering of keys, and the
// 8-byte big-endian numbers that make key order numeric order.
import assert from 'node:assert/strict';
import { compareBytes, fromHex, readU64be, toHex, u64be } from '../../src/chain/bytes.ts';

describe('chain/bytes', () => {
  it('parses hex in either case, with or without 0x, of the expected length', () => {
    assert.equal(toHex(fromHex('00ffAb')), '00ffab');
    assert.equal(toHex(fromHex('0x0a0B', 2)), '0a0b');
    assert.equal(toHex(fromHex('')), '');
    assert.throws(() => fromHex('0a0b', 3), /^Error: expected 3 bytes of hex, got 2$/);
    assert.throws(() => fromHex('abc'), /^Error: not hex: "abc"$/);
  });

  it('quotes at most 80 characters of text that is not hex', () => {
    assert.throws(() => fromHex('z'.repeat(80)), (e: Error) => e.message === `not hex: "${'z'.repeat(80)}"`);
    assert.throws(() => fromHex('z'.repeat(81)), (e: Error) => e.message === `not hex: "${'z'.repeat(80)}..."`);
    assert.throws(() => fromHex(`${'ab'.repeat(1000)}z`), (e: Error) => e.message === `not hex: "${'ab'.repeat(40)}..."`);
  });

  it('orders byte strings lexicographically, a prefix before what extends it', () => {
    const sorted = [[], [0], [0, 0], [0, 1], [1], [1, 0, 0], [2]].map((b) => Uint8Array.from(b));
    for (const [i, a] of sorted.entries()) {
      for (const [j, b] of sorted.entries()) assert.equal(Math.sign(compareBytes(a, b)), Math.sign(i - j), `${toHex(a)} vs ${toHex(b)}`);
    }
  });

  it('encodes 0 to 2^53 - 1 as 8 big-endian bytes, and refuses anything else', () => {
    assert.equal(toHex(u64be(0)), '0000000000000000');
    assert.equal(toHex(u64be(258)), '0000000000000102');
    assert.equal(toHex(u64be(Number.MAX_SAFE_INTEGER)), '001fffffffffffff');
    assert.equal(toHex(u64be(2 ** 32 + 5)), '0000000100000005');
    assert.equal(readU64be(u64be(2 ** 32 + 5)), 2 ** 32 + 5);
    assert.equal(readU64be(u64be(2 ** 32 - 1)), 2 ** 32 - 1);
    assert.equal(readU64be(u64be(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
    assert.equal(readU64be(Uint8Array.of(9, 0, 0, 0, 0, 0, 0, 1, 2), 1), 258);
    for (const bad of [-1, 2 ** 53, 1.5, Number.NaN]) assert.throws(() => u64be(bad), (e: unknown) => e instanceof RangeError && e.message === `not a uint64 safe integer: ${bad}`);
    for (const bytes of ['0020000000000000', 'ffffffffffffffff']) {
      assert.throws(() => readU64be(fromHex(bytes)), (e: unknown) => e instanceof RangeError && e.message === 'uint64 beyond safe integer range');
    }
  });
});
