// The state root over a block's write set: any size of write set, and every byte of it counts.
import assert from 'node:assert/strict';
import { toHex, u64be } from '../../src/chain/bytes.ts';
import type { StateWrite } from '../../src/state/overlay.ts';
import { writeSetHash } from '../../src/state/root.ts';

const writes = (n: number, last = 1): StateWrite[] =>
  Array.from({ length: n }, (_, i) => ({ key: u64be(i), value: i === n - 1 ? new Uint8Array([last]) : new Uint8Array([7]) }));

describe('state: write-set hash', () => {
  it('hashes a write set of 100,000 entries (a spread into one call overflowed the stack and stopped block production)', () => {
    const big = writeSetHash(writes(100_000));
    assert.equal(big.length, 32);
    assert.notEqual(toHex(writeSetHash(writes(100_000, 2))), toHex(big), 'the last value counts');
  });

  it('does not depend on the order writes were made in', () => {
    const w = writes(5);
    assert.equal(toHex(writeSetHash([...w].reverse())), toHex(writeSetHash(w)));
  });
});
