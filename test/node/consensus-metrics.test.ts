// The operator figures read from each block's last_commit: rounds per height and missed blocks
// per validator, every validator listed from 0.
import assert from 'node:assert/strict';
import { signCommit } from '../../src/chain/block.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { ConsensusMetrics } from '../../src/node/consensus-metrics.ts';

describe('consensus metrics', () => {
  const keys = Array.from({ length: 4 }, generateKeyPair);
  const teams = ['payments', 'search', 'storage', 'web'];
  const validators = keys.map((k, i) => ackchain.Validator.create({ team: teams[i], publicKey: k.publicKey, power: 10 }));
  const commit = (height: number, round: number, signers: number[]) =>
    signCommit({ chainId: 'c', height, round, blockHash: new Uint8Array(32).fill(height), timestampMs: 1 }, signers.map((i) => keys[i]));
  const missed = (m: ConsensusMetrics) => m.figures().missedBlocks.map((v) => [v.team, v.missed]);

  it('lists every validator with 0 missed before any commit, and counts nothing for the first block', () => {
    const m = new ConsensusMetrics(validators);
    assert.equal(m.record(new Uint8Array(0)), undefined);
    assert.deepEqual(m.figures(), { heights: 0, roundsPerHeight: 0, heightsPastRound0: 0, maxRound: 0, missedBlocks: validators.map((v) => ({ team: v.team, validator: v.publicKey, missed: 0 })) });
  });

  it('counts the round each height was decided in and the validators each commit lacks', () => {
    const m = new ConsensusMetrics(validators);
    assert.deepEqual(m.record(commit(1, 0, [0, 1, 2])), { height: 1, round: 0, signed: 3, validators: 4, missed: ['web'] });
    assert.deepEqual(m.record(commit(2, 2, [3, 1, 0, 2])), { height: 2, round: 2, signed: 4, validators: 4, missed: [] });
    assert.deepEqual(m.record(commit(3, 1, [1, 2, 3])), { height: 3, round: 1, signed: 3, validators: 4, missed: ['payments'] });
    assert.deepEqual(m.record(commit(4, 0, [0, 1, 2])), { height: 4, round: 0, signed: 3, validators: 4, missed: ['web'] });
    const f = m.figures();
    assert.equal(f.heights, 4);
    assert.equal(f.roundsPerHeight, (1 + 3 + 2 + 1) / 4);
    assert.equal(f.heightsPastRound0, 2);
    assert.equal(f.maxRound, 2);
    assert.deepEqual(missed(m), [['payments', 1], ['search', 0], ['storage', 0], ['web', 2]]);
  });
});
