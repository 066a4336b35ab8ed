// Blocks and commits: a block hash covers the exact header bytes, and verifyCommit accepts a
// commit only when valid precommits for that block carry more than 2/3 of the voting power.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode, encode } from '../../src/chain/codec.ts';
import {
  blockHash, commitHash, CommitError, decodeBlock, encodeBlock, signVote, txRoot, verifyCommit, type VoteInput,
} from '../../src/chain/block.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate, sign, type KeyPair } from '../../src/chain/keys.ts';
import { merkleRoot } from '../../src/chain/merkle.ts';

const CHAIN = 'block-test';
const HEIGHT = 42;
const ROUND = 3;
const HASH = sha256(Uint8Array.of(1, 2, 3));
const PRECOMMIT = ackchain.VoteType.VOTE_TYPE_PRECOMMIT;

const KEYS: KeyPair[] = Array.from({ length: 7 }, (_, i) => keyPairFromPrivate(new Uint8Array(32).fill(i + 1)));
const STRANGER = keyPairFromPrivate(new Uint8Array(32).fill(99));
const validators = (powers: number[]): ackchain.Validator[] =>
  powers.map((power, i) => ackchain.Validator.create({ team: `t${i}`, publicKey: KEYS[i].publicKey, power }));

const vote = (extra: Partial<VoteInput> = {}): VoteInput =>
  ({ chainId: CHAIN, type: PRECOMMIT, height: HEIGHT, round: ROUND, blockHash: HASH, timestampMs: 1_700_000_000_000, ...extra });
const commitOf = (signatures: ackchain.CommitSig[], extra: Partial<ackchain.Commit.$Properties> = {}): Uint8Array =>
  encode.commit({ height: HEIGHT, round: ROUND, blockHash: HASH, signatures, ...extra });
const expectation = (powers: number[]) => ({ chainId: CHAIN, height: HEIGHT, blockHash: HASH, validators: validators(powers) });

// Signing is the slow part; each validator's precommit for the block is made once.
const PRECOMMITS = KEYS.map((k, i) => signVote(vote({ timestampMs: 1_700_000_000_000 + i }), k));

function refuses(commit: Uint8Array, powers: number[], message: RegExp, override: Partial<ReturnType<typeof expectation>> = {}): void {
  assert.throws(() => verifyCommit(commit, { ...expectation(powers), ...override }), (e: unknown) => {
    assert.ok(e instanceof CommitError, `expected a CommitError, got ${String(e)}`);
    assert.match(e.message, message);
    return true;
  });
}

describe('chain/block: blocks', () => {
  it('hashes the exact header bytes it was given, and keeps txs and last commit verbatim', () => {
    const headerBytes = encode.header({ chainId: CHAIN, height: 5, timeMs: 9, stateRoot: HASH, proposer: KEYS[0].publicKey });
    const txs = [Uint8Array.of(1), Uint8Array.of(2, 2), new Uint8Array(0)];
    const bytes = encodeBlock(headerBytes, txs, Uint8Array.of(7, 7));
    const block = decodeBlock(bytes);
    assert.equal(toHex(block.hash), toHex(sha256(headerBytes)));
    assert.equal(toHex(blockHash(headerBytes)), toHex(sha256(headerBytes)));
    assert.equal(block.header.height, 5);
    assert.equal(toHex(block.header.stateRoot), toHex(HASH));
    assert.deepEqual(block.txs.map(toHex), txs.map(toHex));
    assert.equal(toHex(block.lastCommit), '0707');
    // The same header with an unknown field appended is another block: nothing is re-encoded.
    const padded = Uint8Array.from([...headerBytes, 0xf8, 0x07, 0x00]);
    const other = decodeBlock(encodeBlock(padded, txs, new Uint8Array(0)));
    assert.equal(other.header.height, 5);
    assert.notEqual(toHex(other.hash), toHex(block.hash));
    assert.equal(toHex(other.hash), toHex(sha256(padded)));
  });

  it('computes the tx root as the RFC 6962 root of the encoded txs, and hashes commits', () => {
    const txs = [Uint8Array.of(1), Uint8Array.of(2)];
    assert.equal(toHex(txRoot(txs)), toHex(merkleRoot(txs)));
    assert.equal(toHex(txRoot([])), toHex(sha256()));
    assert.equal(commitHash(new Uint8Array(0)).length, 0, 'no commit (height 1) hashes to empty');
    assert.equal(toHex(commitHash(Uint8Array.of(5))), toHex(sha256(Uint8Array.of(5))));
  });

  it('signs a vote over the domain tag and the exact encoded vote', () => {
    const sig = PRECOMMITS[0];
    const v = decode.vote(sig.vote!);
    assert.equal(toHex(v.validator), toHex(KEYS[0].publicKey));
    assert.deepEqual([v.chainId, v.type, v.height, v.round, toHex(v.blockHash)], [CHAIN, PRECOMMIT, HEIGHT, ROUND, toHex(HASH)]);
    assert.equal(toHex(sig.signature!), toHex(sign('vote', sig.vote!, KEYS[0].privateKey)));
  });
});

describe('chain/block: verifyCommit', () => {
  it('accepts precommits of more than 2/3 of the power, in any order', () => {
    const commit = verifyCommit(commitOf(PRECOMMITS.slice(0, 3)), expectation([1, 1, 1, 1]));
    assert.equal(commit.height, HEIGHT);
    assert.equal(commit.signatures.length, 3);
    assert.doesNotThrow(() => verifyCommit(commitOf([PRECOMMITS[3], PRECOMMITS[1], PRECOMMITS[0]]), expectation([1, 1, 1, 1])));
    assert.doesNotThrow(() => verifyCommit(commitOf(PRECOMMITS.slice(0, 4)), expectation([1, 1, 1, 1])));
    // One validator with most of the power is enough; one validator is a valid network.
    assert.doesNotThrow(() => verifyCommit(commitOf([PRECOMMITS[0]]), expectation([7, 1, 1, 1])));
    assert.doesNotThrow(() => verifyCommit(commitOf([PRECOMMITS[0]]), expectation([10])));
  });

  it('refuses too little power: 2 of 4 equal validators, or exactly 2/3', () => {
    refuses(commitOf(PRECOMMITS.slice(0, 2)), [1, 1, 1, 1], /commit has 2 of 4 voting power; more than 2\/3 is needed/);
    refuses(commitOf(PRECOMMITS.slice(0, 2)), [1, 1, 1], /2 of 3 voting power/);
    refuses(commitOf(PRECOMMITS.slice(1, 4)), [6, 2, 2, 2], /6 of 12 voting power/);
    refuses(commitOf([]), [1], /0 of 1 voting power/);
  });

  it('decides exactly by signed power * 3 > total power * 2 (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      (powers, signs) => {
        const signers = PRECOMMITS.filter((_, i) => i < powers.length && signs[i]);
        const signed = powers.reduce((sum, p, i) => sum + (signs[i] ? p : 0), 0);
        const total = powers.reduce((a, b) => a + b, 0);
        let ok = true;
        try {
          verifyCommit(commitOf(signers), expectation(powers));
        } catch (e) {
          assert.ok(e instanceof CommitError);
          assert.match(e.message, new RegExp(`commit has ${signed} of ${total} voting power`));
          ok = false;
        }
        assert.equal(ok, signed * 3 > total * 2, `${signed} of ${total}`);
      }), { numRuns: 200 });
  });

  it('refuses a signature by a non-validator, even when the rest is enough', () => {
    const stranger = signVote(vote(), STRANGER);
    refuses(commitOf([...PRECOMMITS.slice(0, 3), stranger]), [1, 1, 1, 1], new RegExp(`signature 3: ${toHex(STRANGER.publicKey)} is not a validator`));
    // A key that validates another chain's set (index 4 is not in a 4-validator set).
    refuses(commitOf([PRECOMMITS[4], ...PRECOMMITS.slice(0, 3)]), [1, 1, 1, 1], /signature 0: .* is not a validator/);
  });

  it('refuses the same validator twice, whether the same vote or two different ones', () => {
    refuses(commitOf([PRECOMMITS[0], PRECOMMITS[1], PRECOMMITS[0]]), [1, 1, 1, 1], /signature 2: .* signed twice/);
    const again = signVote(vote({ timestampMs: 5 }), KEYS[1]);
    refuses(commitOf([PRECOMMITS[0], PRECOMMITS[1], again]), [1, 1, 1, 1], /signature 2: .* signed twice/);
  });

  it('refuses a vote that is not a precommit for this block', () => {
    const cases: [string, Partial<VoteInput>][] = [
      ['a prevote', { type: ackchain.VoteType.VOTE_TYPE_PREVOTE }],
      ['an unspecified vote type', { type: ackchain.VoteType.VOTE_TYPE_UNSPECIFIED }],
      ['another chain', { chainId: 'other' }],
      ['another height', { height: HEIGHT + 1 }],
      ['another round', { round: ROUND + 1 }],
      ['another block', { blockHash: sha256(Uint8Array.of(9)) }],
      ['nil', { blockHash: new Uint8Array(0) }],
    ];
    for (const [what, change] of cases) {
      const bad = signVote(vote(change), KEYS[2]);
      assert.throws(() => verifyCommit(commitOf([PRECOMMITS[0], PRECOMMITS[1], bad, PRECOMMITS[3]]), expectation([1, 1, 1, 1])),
        /signature 2: the vote is not a precommit for this block/, what);
    }
  });

  it('refuses a commit for another height or block than expected', () => {
    const good = commitOf(PRECOMMITS.slice(0, 3));
    refuses(good, [1, 1, 1, 1], new RegExp(`commit is for height ${HEIGHT}, expected ${HEIGHT + 1}`), { height: HEIGHT + 1 });
    const other = sha256(Uint8Array.of(4));
    refuses(good, [1, 1, 1, 1], new RegExp(`commit is for block ${toHex(HASH)}, expected ${toHex(other)}`), { blockHash: other });
    // A commit whose own fields name another block than its votes.
    refuses(commitOf(PRECOMMITS.slice(0, 3), { blockHash: other }), [1, 1, 1, 1], /not a precommit for this block/, { blockHash: other });
    refuses(commitOf(PRECOMMITS.slice(0, 3), { round: ROUND + 1 }), [1, 1, 1, 1], /not a precommit for this block/);
  });

  it('refuses a corrupted or missing signature, or a vote changed after signing', () => {
    const corrupt = (s: ackchain.CommitSig, at: number): ackchain.CommitSig => {
      const signature = Uint8Array.from(s.signature!);
      signature[at] ^= 0x40;
      return ackchain.CommitSig.create({ vote: s.vote, signature });
    };
    for (const at of [0, 31, 32, 63]) refuses(commitOf([PRECOMMITS[0], corrupt(PRECOMMITS[1], at), PRECOMMITS[2]]), [1, 1, 1, 1], /signature 1: does not verify/);
    refuses(commitOf([PRECOMMITS[0], ackchain.CommitSig.create({ vote: PRECOMMITS[1].vote }), PRECOMMITS[2]]), [1, 1, 1, 1], /signature 1: does not verify/);
    // Re-encode the vote with another timestamp but keep the signature.
    const v = decode.vote(PRECOMMITS[2].vote!);
    const changed = encode.vote({ ...v, timestampMs: v.timestampMs + 1 });
    refuses(commitOf([PRECOMMITS[0], PRECOMMITS[1], ackchain.CommitSig.create({ vote: changed, signature: PRECOMMITS[2].signature })]), [1, 1, 1, 1], /signature 2: does not verify/);
    // A signature made for the tx domain over the same vote bytes.
    const txDomain = ackchain.CommitSig.create({ vote: PRECOMMITS[2].vote, signature: sign('tx', PRECOMMITS[2].vote!, KEYS[2].privateKey) });
    refuses(commitOf([PRECOMMITS[0], PRECOMMITS[1], txDomain]), [1, 1, 1, 1], /signature 2: does not verify/);
  });

  it('refuses a commit that does not decode with a DecodeError', () => {
    assert.throws(() => verifyCommit(Uint8Array.of(0x22, 0x05, 0x0a), expectation([1])), { name: 'DecodeError' });
    assert.throws(() => verifyCommit(commitOf([ackchain.CommitSig.create({ vote: Uint8Array.of(0x0a, 0x09) })]), expectation([1])), { name: 'DecodeError' });
  });
});
