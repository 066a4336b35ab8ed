// The evidence pool: one entry per misbehaviour, bounded, handing a block only evidence of the
// heights it may carry, and forgetting what a committed block carried or no block may carry.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { checkEvidence, MAX_EVIDENCE_AGE, MAX_EVIDENCE_PER_BLOCK, type CheckedEvidence } from '../../src/chain/evidence.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { EvidencePool, MAX_PENDING_EVIDENCE } from '../../src/node/evidence-pool.ts';
import { CHAIN_ID } from '../support/chain-fixture.ts';
import { blockNamed, doubleVote, evidenceOf, vote, type VoteFields } from '../support/evidence.ts';

const key = generateKeyPair();
const checked = (bytes: Uint8Array): CheckedEvidence => checkEvidence(bytes, CHAIN_ID);
const ev = (f: Omit<VoteFields, 'blockHash'> = {}): CheckedEvidence => checked(doubleVote(key, f));
const hex = (list: readonly Uint8Array[]): string[] => list.map(toHex);

describe('node: the evidence pool', () => {
  it('keeps one entry per misbehaviour (validator, height, round, vote type), whichever votes show it', () => {
    const pool = new EvidencePool();
    assert.equal(pool.add(ev()), true);
    assert.equal(pool.add(ev()), false, 'the same evidence again');
    assert.equal(pool.add(checked(evidenceOf(vote(key, { blockHash: blockNamed('c') }), vote(key, { blockHash: new Uint8Array(0) })))), false, 'another pair, same misbehaviour');
    assert.equal(pool.add(ev({ round: 1 })), true);
    assert.equal(pool.size, 2);
  });

  it(`holds at most ${MAX_PENDING_EVIDENCE} pieces, refusing more rather than evicting`, () => {
    const pool = new EvidencePool();
    const all = Array.from({ length: MAX_PENDING_EVIDENCE + 1 }, (_, round) => ev({ round }));
    for (const e of all.slice(0, MAX_PENDING_EVIDENCE)) assert.equal(pool.add(e), true);
    assert.equal(pool.add(all[MAX_PENDING_EVIDENCE]), false);
    assert.equal(pool.size, MAX_PENDING_EVIDENCE);
    assert.equal(toHex(pool.pending(2)[0]), toHex(all[0].bytes), 'the oldest is still first');
  });

  it(`offers a block at height H evidence of heights H - ${MAX_EVIDENCE_AGE} to H - 1, oldest first, at most ${MAX_EVIDENCE_PER_BLOCK}`, () => {
    const pool = new EvidencePool();
    const at5 = ev({ height: 5 });
    const at3 = ev({ height: 3 });
    pool.add(at5);
    pool.add(at3);
    assert.deepEqual(hex(pool.pending(3)), [], 'nothing below height 3');
    assert.deepEqual(hex(pool.pending(4)), hex([at3.bytes]));
    assert.deepEqual(hex(pool.pending(6)), hex([at5.bytes, at3.bytes]), 'in arrival order');
    assert.deepEqual(hex(pool.pending(3 + MAX_EVIDENCE_AGE)), hex([at5.bytes, at3.bytes]), 'height 3 exactly the maximum age below');
    assert.deepEqual(hex(pool.pending(4 + MAX_EVIDENCE_AGE)), hex([at5.bytes]));
    const many = new EvidencePool();
    for (let round = 0; round < MAX_EVIDENCE_PER_BLOCK + 3; round++) many.add(ev({ round }));
    assert.equal(many.pending(2).length, MAX_EVIDENCE_PER_BLOCK);
  });

  it('forgets what a committed block carried and what has grown too old, and what a proposer dropped', () => {
    const pool = new EvidencePool();
    const [a, b, c, old] = [ev({ height: 10 }), ev({ height: 10, round: 1 }), ev({ height: 11 }), ev({ height: 1 })];
    for (const e of [a, b, c, old]) pool.add(e);
    // Block 1000 commits with `a`: the next block (1001) may still carry height 1, exactly MAX_EVIDENCE_AGE below.
    pool.committed(MAX_EVIDENCE_AGE, [a]);
    assert.deepEqual(hex(pool.pending(MAX_EVIDENCE_AGE + 1)), hex([b.bytes, c.bytes, old.bytes]));
    pool.committed(MAX_EVIDENCE_AGE + 1, []);
    assert.deepEqual(hex(pool.pending(MAX_EVIDENCE_AGE + 2)), hex([b.bytes, c.bytes]), 'height 1 is too old for block 1002');
    pool.drop([c.bytes]);
    assert.deepEqual(hex(pool.pending(MAX_EVIDENCE_AGE + 2)), hex([b.bytes]));
    assert.equal(pool.size, 1);
    // Gone means gone: it may be added again (gossip after a restart), and a committed block removes it again.
    assert.equal(pool.add(a), true);
  });
});
