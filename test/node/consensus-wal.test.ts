// The consensus driver's WAL records: each kind decodes to what was written, and damage is refused.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { builtRecord, decodeWalRecord, messageRecord, timeoutRecord, validatedRecord, WalRecordError } from '../../src/node/consensus-wal.ts';
import { gossipLimitsFor } from '../../src/p2p/topics.ts';
import { encodeConsensusMessage } from '../../src/p2p/wire.ts';
import { CHAIN_ID, makeBlock, makeProposal, makeVote } from '../p2p/helpers.ts';

const limits = gossipLimitsFor({ maxTxBytes: 64 * 1024, maxBlockBytes: 4 * 1024 * 1024 });
const decode = (record: Uint8Array) => decodeWalRecord(record, CHAIN_ID, limits);

describe('consensus WAL records', () => {
  it('round-trips received and own messages, timeouts, validation answers and built blocks', () => {
    const key = generateKeyPair();
    const vote = encodeConsensusMessage({ kind: 'vote', vote: makeVote(key, 3, 1) });
    const received = decode(messageRecord(vote));
    assert.equal(received.kind, 'message');
    assert.ok(received.kind === 'message' && received.message.kind === 'vote' && received.message.vote.vote.height === 3);
    assert.equal(toHex(received.kind === 'message' ? received.bytes : new Uint8Array()), toHex(vote));

    const proposal = encodeConsensusMessage({ kind: 'proposal', proposal: makeProposal(key, 3, 1) });
    const own = decode(messageRecord(proposal, true));
    assert.ok(own.kind === 'own' && own.message.kind === 'proposal' && own.message.proposal.proposal.round === 1);

    assert.deepEqual(decode(timeoutRecord({ kind: 'precommit', height: 2 ** 40, round: 7 })), { kind: 'timeout', timeout: { kind: 'precommit', height: 2 ** 40, round: 7 } });
    const value = 'ab'.repeat(32);
    assert.deepEqual(decode(validatedRecord(9, 2, value, false)), { kind: 'validated', height: 9, round: 2, value, valid: false });
    const block = makeBlock(9).bytes;
    const built = decode(builtRecord(9, 0, block));
    assert.ok(built.kind === 'built' && built.height === 9 && built.round === 0 && toHex(built.block) === toHex(block));
  });

  it('refuses unknown kinds, wrong lengths and malformed messages', () => {
    assert.throws(() => decode(Uint8Array.of(9)), WalRecordError);
    assert.throws(() => decode(timeoutRecord({ kind: 'propose', height: 1, round: 0 }).subarray(0, 13)), WalRecordError);
    const badStep = timeoutRecord({ kind: 'propose', height: 1, round: 0 });
    badStep[1] = 3;
    assert.throws(() => decode(badStep), /unknown step/);
    assert.throws(() => decode(Uint8Array.of(1, 0xff, 0xff)));
  });
});
