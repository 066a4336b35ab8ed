import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode, DecodeError, encode } from '../../src/chain/codec.ts';
import { Code, Rejection } from '../../src/chain/codes.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { checkTx, checkTxExpiry, signTx, txHash } from '../../src/chain/tx.ts';

const safeUint = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const bytes = (n?: number) => (n === undefined ? fc.uint8Array({ maxLength: 64 }) : fc.uint8Array({ minLength: n, maxLength: n }));
const text = fc.string({ maxLength: 40 });
const rules = { chainId: 'c1', maxTxBytes: 4096, maxTxTtlMs: 600_000 };
const keys = generateKeyPair();
const rejectsWith = (code: number) => (e: unknown) => e instanceof Rejection && e.code === code;

describe('chain: encoding', () => {
  it('round-trips headers, votes, commits and receipts (property)', () => {
    const header = fc.record({
      chainId: text, height: safeUint, timeMs: safeUint, prevBlockHash: bytes(32), lastCommitHash: bytes(), txRoot: bytes(32),
      stateRoot: bytes(32), resultsRoot: bytes(32), validatorsHash: bytes(32), nextValidatorsHash: bytes(32), proposer: bytes(32),
    });
    fc.assert(fc.property(header, (h) => {
      const again = decode.header(encode.header(h));
      assert.equal(toHex(encode.header(again)), toHex(encode.header(h)));
      assert.equal(again.height, h.height);
      assert.equal(again.timeMs, h.timeMs);
    }));
    const vote = fc.record({ chainId: text, type: fc.constantFrom(1, 2), height: safeUint, round: fc.nat(1000), blockHash: bytes(32), timestampMs: safeUint, validator: bytes(32) });
    fc.assert(fc.property(vote, fc.array(fc.record({ vote: bytes(), signature: bytes(64) }), { maxLength: 5 }), (v, sigs) => {
      const again = decode.vote(encode.vote(v));
      assert.equal(toHex(encode.vote(again)), toHex(encode.vote(v)));
      assert.deepEqual([again.chainId, again.type, again.height, again.round, again.timestampMs, toHex(again.validator)],
        [v.chainId, v.type, v.height, v.round, v.timestampMs, toHex(v.validator)]);
      const commit = { height: v.height, round: v.round, blockHash: v.blockHash, signatures: sigs };
      assert.equal(toHex(encode.commit(decode.commit(encode.commit(commit)))), toHex(encode.commit(commit)));
    }));
    const receipt = fc.record({ code: fc.nat(20), log: text, gasUsed: safeUint,
      events: fc.array(fc.record({ type: text, attributes: fc.array(fc.record({ key: text, value: text }), { maxLength: 3 }) }), { maxLength: 3 }) });
    fc.assert(fc.property(receipt, (r) => {
      const again = decode.receipt(encode.receipt(r));
      assert.equal(again.log, r.log);
      assert.equal(again.gasUsed, r.gasUsed);
      assert.deepEqual(again.events.map((e) => e.attributes?.map((a) => a.value)), r.events.map((e) => e.attributes.map((a) => a.value)));
    }));
  });

  it('decodes random bytes to a value or a DecodeError, never anything else (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (junk) => {
      for (const d of [decode.tx, decode.txBody, decode.header, decode.block, decode.vote, decode.commit, decode.receipt, decode.alert]) {
        try { d(junk); } catch (e) { assert.ok(e instanceof DecodeError, String(e)); }
      }
    }), { numRuns: 300 });
  });

  it('refuses a uint64 beyond 2^53 - 1', () => {
    // field 2 (height), varint 2^63: 0x80 x9 0x01
    const header = new Uint8Array([0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    assert.throws(() => decode.header(header), (e: unknown) => e instanceof DecodeError && /exceeds 2\^53-1/.test((e as Error).message));
  });
});

describe('chain: stateless tx checks', () => {
  const body = { chainId: 'c1', expiresAtMs: 10_000, memo: '', addAlertNote: { alert: { team: 't', number: 1 }, note: 'n' } };

  it('accepts a well-formed signed tx and hashes its exact bytes', () => {
    const bytesOfTx = signTx(body, keys);
    const checked = checkTx(bytesOfTx, rules);
    assert.equal(checked.payload, 'addAlertNote');
    assert.equal(toHex(checked.hash), toHex(txHash(bytesOfTx)));
    assert.equal(toHex(checked.signer), toHex(keys.publicKey));
  });

  it('rejects each kind of bad tx with its code', () => {
    const good = signTx(body, keys);
    assert.throws(() => checkTx(good, { ...rules, maxTxBytes: good.length - 1 }), rejectsWith(Code.tooLarge));
    assert.throws(() => checkTx(new Uint8Array([0x0a, 0xff, 0x01]), rules), rejectsWith(Code.malformed));
    assert.throws(() => checkTx(signTx({ ...body, chainId: 'other' }, keys), rules), rejectsWith(Code.wrongChain));
    const noPayload = signTx({ chainId: 'c1', expiresAtMs: 10_000, memo: '' }, keys);
    assert.throws(() => checkTx(noPayload, rules), rejectsWith(Code.malformed));
    const tx = decode.tx(good);
    const flipped = Uint8Array.from(tx.body);
    flipped[flipped.length - 1] ^= 1;
    assert.throws(() => checkTx(encode.tx({ body: flipped, signer: tx.signer, signature: tx.signature }), rules), rejectsWith(Code.badSignature));
    assert.throws(() => checkTx(encode.tx({ body: tx.body, signer: tx.signer.subarray(0, 31), signature: tx.signature }), rules), rejectsWith(Code.malformed));
    assert.throws(() => checkTx(encode.tx({ body: tx.body, signer: generateKeyPair().publicKey, signature: tx.signature }), rules), rejectsWith(Code.badSignature));
  });

  it('enforces the window time < expires_at <= time + ttl', () => {
    const b = ackchain.TxBody.create({ ...body, expiresAtMs: 1000 });
    assert.throws(() => checkTxExpiry(b, 1000, 600), rejectsWith(Code.expired));
    checkTxExpiry(b, 999, 600);
    checkTxExpiry(b, 400, 600);
    assert.throws(() => checkTxExpiry(b, 399, 600), rejectsWith(Code.expired));
  });
});
