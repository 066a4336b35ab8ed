import assert from 'node:assert/strict';
import { Code, Rejection } from '../../src/chain/codes.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { checkTx, signTx, type CheckedTx } from '../../src/chain/tx.ts';
import { Mempool, type MempoolLimits } from '../../src/node/mempool.ts';

const keys = generateKeyPair();
const rules = { chainId: 'c', maxTxBytes: 10_000 };
let n = 0;
function tx(expiresAtMs = 2000, memo = `m${n++}`): CheckedTx {
  return checkTx(signTx({ chainId: 'c', expiresAtMs, memo, addAlertNote: { alert: { team: 't', number: 1 }, note: 'x' } }, keys), rules);
}
const limits = (l: Partial<MempoolLimits> = {}): MempoolLimits => ({ maxTxs: 100, maxBytes: 1e6, maxTxsPerSigner: 100, maxBytesPerSigner: 1e6, ...l });
const rejectsWith = (code: number) => (e: unknown) => e instanceof Rejection && e.code === code;

describe('node: mempool', () => {
  it('refuses a tx it already holds', () => {
    const pool = new Mempool(limits({ maxTxs: 10 }));
    const t = tx();
    pool.add(t);
    assert.throws(() => pool.add(t), rejectsWith(Code.duplicate));
    assert.equal(pool.size, 1);
  });

  it('refuses txs beyond its count and byte limits', () => {
    const byCount = new Mempool(limits({ maxTxs: 2 }));
    byCount.add(tx());
    byCount.add(tx());
    assert.throws(() => byCount.add(tx()), rejectsWith(Code.mempoolFull));
    const one = tx();
    const byBytes = new Mempool(limits({ maxBytes: one.bytes.length * 2 + 1 }));
    byBytes.add(one);
    byBytes.add(tx());
    assert.throws(() => byBytes.add(tx()), rejectsWith(Code.mempoolFull));
    assert.equal(byBytes.bytes, one.bytes.length * 2);
  });

  it('reaps oldest first within block limits, and removes what was included', () => {
    const pool = new Mempool(limits());
    const txs = [tx(), tx(), tx(), tx()];
    txs.forEach((t) => pool.add(t));
    assert.deepEqual(pool.reap(3, 1e6).map((t) => t.hash), txs.slice(0, 3).map((t) => t.hash));
    assert.equal(pool.reap(10, txs[0].bytes.length * 2).length, 2);
    pool.remove([txs[0].hash, txs[2].hash]);
    assert.deepEqual(pool.reap(10, 1e6).map((t) => t.hash), [txs[1].hash, txs[3].hash]);
    assert.equal(pool.bytes, txs[1].bytes.length + txs[3].bytes.length);
  });

  it('evicts txs whose expiry has passed', () => {
    const pool = new Mempool(limits());
    const soon = tx(1000);
    const later = tx(5000);
    pool.add(soon);
    pool.add(later);
    assert.deepEqual(pool.evictExpired(1000).map((t) => t.hash), [soon.hash]);
    assert.equal(pool.has(soon.hash), false);
    assert.equal(pool.has(later.hash), true);
  });
});
