import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
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
const limits = (l: Partial<MempoolLimits> = {}): MempoolLimits => ({ maxTxs: 100, maxBytes: 1e6, maxTxsPerSigner: 100, maxBytesPerSigner: 1e6, reservedTxs: 0, reservedBytes: 0, ...l });
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

describe('node: mempool quotas per signer, and fair reaping', () => {
  const alice = generateKeyPair();
  const bob = generateKeyPair();
  const carol = generateKeyPair();
  const by = (k: typeof alice, memo: string): CheckedTx =>
    checkTx(signTx({ chainId: 'c', expiresAtMs: 2000, memo, addAlertNote: { alert: { team: 't', number: 1 }, note: 'x' } }, k), rules);

  it('holds exactly max_txs_per_signer of one signer and refuses the next, while others still get in', () => {
    const pool = new Mempool(limits({ maxTxsPerSigner: 3 }));
    for (const m of ['a', 'b', 'c']) pool.add(by(alice, m));
    assert.throws(() => pool.add(by(alice, 'd')), (e: unknown) => e instanceof Rejection && e.code === Code.mempoolFull && /the signer has 3 txs waiting/.test(e.message));
    pool.add(by(bob, 'a'));
    assert.equal(pool.size, 4);
    // Room frees as the signer's txs leave.
    pool.remove([by(alice, 'a').hash]);
    pool.add(by(alice, 'd'));
  });

  it('holds exactly max_bytes_per_signer of one signer and refuses a byte more', () => {
    const one = by(alice, 'a').bytes.length;
    const pool = new Mempool(limits({ maxBytesPerSigner: one * 2 }));
    pool.add(by(alice, 'a'));
    pool.add(by(alice, 'b'));
    assert.throws(() => pool.add(by(alice, 'c')), (e: unknown) => e instanceof Rejection && e.code === Code.mempoolFull && /limit of \d+ bytes/.test(e.message));
    const roomier = new Mempool(limits({ maxBytesPerSigner: one * 2 + one - 1 }));
    roomier.add(by(alice, 'a'));
    roomier.add(by(alice, 'b'));
    assert.throws(() => roomier.add(by(alice, 'c')), rejectsWith(Code.mempoolFull));
  });

  it('checks room before the signature: checkRoom refuses what add would', () => {
    const pool = new Mempool(limits({ maxTxsPerSigner: 1 }));
    pool.add(by(alice, 'a'));
    assert.throws(() => pool.checkRoom(by(alice, 'b')), rejectsWith(Code.mempoolFull));
    assert.throws(() => pool.checkRoom(by(alice, 'a')), rejectsWith(Code.duplicate));
    pool.checkRoom(by(bob, 'a'));
  });

  it('reaps one tx of each signer in turn, each signer\'s in arrival order', () => {
    const pool = new Mempool(limits());
    const a = ['1', '2', '3'].map((m) => by(alice, m));
    const b = [by(bob, '1')];
    const c = ['1', '2'].map((m) => by(carol, m));
    for (const t of [a[0], a[1], a[2], b[0], c[0], c[1]]) pool.add(t);
    const order = (txs: CheckedTx[]) => txs.map((t) => toHex(t.hash));
    assert.deepEqual(order(pool.reap(10, 1e6)), order([a[0], b[0], c[0], a[1], c[1], a[2]]));
    assert.deepEqual(order(pool.reap(4, 1e6)), order([a[0], b[0], c[0], a[1]]));
    // A signer whose every tx left drops out of the rotation.
    pool.remove([b[0].hash]);
    assert.deepEqual(order(pool.reap(3, 1e6)), order([a[0], c[0], a[1]]));
  });
});

describe('node: mempool room kept for signers with nothing waiting', () => {
  const keys = [generateKeyPair(), generateKeyPair(), generateKeyPair()];
  const by = (k: (typeof keys)[number], memo: string): CheckedTx =>
    checkTx(signTx({ chainId: 'c', expiresAtMs: 2000, memo, addAlertNote: { alert: { team: 't', number: 1 }, note: 'x' } }, k), rules);

  it('lets exactly reserved_txs first txs of other signers past a full mempool, and no second ones', () => {
    const [busy, honest, late] = keys;
    const pool = new Mempool(limits({ maxTxs: 2, reservedTxs: 1 }));
    pool.add(by(busy, 'a'));
    pool.add(by(busy, 'b'));
    assert.throws(() => pool.add(by(busy, 'c')), (e: unknown) => e instanceof Rejection && e.code === Code.mempoolFull && /limit of 2 txs/.test(e.message));
    pool.add(by(honest, 'a'));
    assert.throws(() => pool.add(by(honest, 'b')), rejectsWith(Code.mempoolFull), 'a signer with a tx waiting gets no reserve');
    assert.throws(() => pool.add(by(late, 'a')), rejectsWith(Code.mempoolFull), 'the reserve is used up');
  });

  it('keeps reserved_bytes the same way', () => {
    const [busy, honest] = keys;
    const size = by(busy, 'a').bytes.length;
    const pool = new Mempool(limits({ maxBytes: size * 2, reservedBytes: size }));
    pool.add(by(busy, 'a'));
    pool.add(by(busy, 'b'));
    assert.throws(() => pool.add(by(busy, 'c')), rejectsWith(Code.mempoolFull));
    pool.add(by(honest, 'a'));
    assert.equal(pool.bytes, size * 3);
  });
});
