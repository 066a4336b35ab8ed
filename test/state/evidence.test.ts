// Duplicate-vote evidence in blocks and in state: a block carrying valid evidence is built by the
// proposer, accepted by a validator with the same roots, and its evidence kept under its id with
// the height that included it (golden values for fixed keys); a block whose evidence is wrong in
// any way is refused with the reason, before anything of it is written.
import assert from 'node:assert/strict';
import { decodeBlock, encodeBlock, signCommit } from '../../src/chain/block.ts';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { ackchain, decode, encode } from '../../src/chain/codec.ts';
import { encodeEvidence, evidenceId, MAX_EVIDENCE_AGE, MAX_EVIDENCE_PER_BLOCK } from '../../src/chain/evidence.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { keyPairFromPrivate, sign, type KeyPair } from '../../src/chain/keys.ts';
import { merkleRoot } from '../../src/chain/merkle.ts';
import { buildBlock, validateBlock, type ExecutedBlock } from '../../src/state/block.ts';
import type { ChainState } from '../../src/state/chain-state.ts';
import { BlockError } from '../../src/state/errors.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { listEvidence } from '../../src/state/queries.ts';
import { CHAIN_ID, ChainFixture, type FixtureKeys } from '../support/chain-fixture.ts';
import { blockNamed, doubleVote, evidenceOf, ordered, PRECOMMIT, PREVOTE, vote } from '../support/evidence.ts';

const key = (name: string): KeyPair => keyPairFromPrivate(sha256(utf8.encode(`ackchain evidence test ${name}`)));
const team = (id: string) => ({ admin: key(`${id} admin`), responder: key(`${id} responder`), integration: key(`${id} integration`) });
const KEYS: FixtureKeys = { validator: key('validator'), teams: { payments: team('payments'), platform: team('platform') }, stranger: key('stranger') };
const V = KEYS.validator;
const VHEX = toHex(V.publicKey);

/** Written down once from a run, for the fixed keys, times and votes above: they change only with the format. */
const GOLDEN = {
  evidence: '0a9f010a5b0a0a746573742d636861696e100118012a20587cb8b9d8950f1cf68865d4ebfde3a6c1184b6499267a46b22a70ed57072cf03081d095ffbc313a208517cc8f8d1526493fd112204589b475c35817b539271e4042828c3ec2df2af712405bab4267e022d0450976da69c28c5b801e49f0432ec4c03b8031303d866ef6d58b692904c3e1ea56ba38e4796404c68a4d2293c4db41d3f419856f72ad89800a129f010a5b0a0a746573742d636861696e100118012a207b68006fec95e3d5cccbee15378a0eac8bba3d1aeff771ede6606635d0b50cc13081d095ffbc313a208517cc8f8d1526493fd112204589b475c35817b539271e4042828c3ec2df2af71240fa23142d0fb16ee5910b139ef51abcca202b207f87d1548587e9806cd339dd508bfeea05c21d0b0bf33369dc935e1fa188075cf4d40e04f6f7fa968976ad1e05',
  evidenceRoot: '725392550b9637014b8cd6ad3cfbb9da73654bca8d5836276aa2e06dafa7bd0b',
  stateRoot: 'e822312dba86c1a9bb9f29c1f08be51652f5e61efebee9b1c313f64c5c05d712',
  resultsRoot: '605bf27b219aad73df17d64407f41f4a405291b4ebb691f956915d41a0563172',
  blockHash: '94bb0d15e2ec52515e1cc63d3af00d1cdc6f80bf10ebdbc970b7ba05a60a9d52',
  recordSha256: '40077840c4fecec5435e5ca010765250e359bafd2cdbb059422ea63585942e10',
};

/** A block's bytes with other evidence (the header kept: evidence is checked before execution). */
function withEvidence(block: ExecutedBlock, evidence: Uint8Array[]): Uint8Array {
  const b = decodeBlock(block.blockBytes);
  return encodeBlock(b.headerBytes, b.txs, b.lastCommit, evidence);
}

describe('state: duplicate-vote evidence in blocks', () => {
  let proposer: ChainFixture;
  let validator: ChainFixture;
  beforeEach(async () => {
    proposer = await new ChainFixture({}, KEYS).open();
    validator = await new ChainFixture({}, KEYS).open();
    // Block 1, empty, on both: evidence of height 1 may go into block 2.
    const first = await propose([]);
    await proposer.commit(first);
    await validator.commit(await validateBlock(validator.store, validator.head, first.blockBytes));
  });
  afterEach(async () => { await proposer.close(); await validator.close(); });

  /** Builds the next block on the proposer with `evidence`, without committing it; every piece must be taken. */
  async function propose(evidence: Uint8Array[], chain: ChainState = proposer.head): Promise<ExecutedBlock> {
    const { block, excludedEvidence } = await buildBlock(proposer.store, chain, { timeMs: chain.timeMs + 1000, proposer: V.publicKey, candidates: [], evidence });
    assert.deepEqual(excludedEvidence, []);
    assert.equal(block.evidence.length, evidence.length);
    return block;
  }

  /** Builds, validates on the other node, and commits on both. */
  async function commitOnBoth(evidence: Uint8Array[]): Promise<ExecutedBlock> {
    const built = await propose(evidence);
    const checked = await validateBlock(validator.store, validator.head, built.blockBytes);
    assert.equal(toHex(checked.hash), toHex(built.hash));
    await proposer.commit(built);
    await validator.commit(checked);
    return checked;
  }

  async function refuses(bytes: Uint8Array, message: string, chain: ChainState = validator.head): Promise<void> {
    await assert.rejects(validateBlock(validator.store, chain, bytes), (e: unknown) => {
      assert.ok(e instanceof BlockError, `expected a BlockError, got ${String(e)}`);
      assert.equal(e.message, message);
      return true;
    });
  }

  it('accepts a block with valid evidence, keeps it in state under its id with the including height, and reports it (golden values)', async () => {
    const evidence = doubleVote(V);
    const block = await commitOnBoth([evidence]);
    // RFC 6962: one leaf's root is SHA-256(0x00 || leaf).
    assert.equal(toHex(block.header.evidenceRoot), toHex(sha256(new Uint8Array([0]), evidence)));
    assert.equal(toHex(block.header.evidenceRoot), toHex(merkleRoot([evidence])));
    assert.deepEqual(decodeBlock(block.blockBytes).evidence.map(toHex), [toHex(evidence)]);

    // ev/ + validator (32 bytes) + height (8, big-endian) + round (4) + vote type (1).
    const stateKey = stateKeys.evidence(evidenceId(V.publicKey, 1, 0, PREVOTE));
    assert.equal(toHex(stateKey), `65762f${VHEX}${'0000000000000001'}${'00000000'}${'01'}`);
    const write = [...block.writes.values()].find((w) => toHex(w.key) === toHex(stateKey));
    assert.ok(write?.value, 'the block writes the evidence record');
    const record = decode.evidenceRecord(write.value);
    assert.equal(toHex(record.evidence), toHex(evidence));
    assert.equal(record.includedHeight, 2);
    assert.equal(toHex(write.value), toHex(encode.evidenceRecord({ evidence, includedHeight: 2 })));
    for (const f of [proposer, validator]) assert.equal(toHex((await f.store.getState(stateKey))!), toHex(write.value), 'committed on both');

    const events = decode.receipt(block.beginBlockReceipt).events.map((e) => [e.type, Object.fromEntries((e.attributes ?? []).map((a) => [a.key, a.value]))]);
    assert.deepEqual(events, [['evidence.duplicate_vote', { validator: VHEX, height: '1', round: '0', vote_type: 'prevote' }]]);

    const actual = {
      evidence: toHex(evidence), evidenceRoot: toHex(block.header.evidenceRoot), stateRoot: toHex(block.header.stateRoot),
      resultsRoot: toHex(block.header.resultsRoot), blockHash: toHex(block.hash), recordSha256: toHex(sha256(write.value)),
    };
    if (JSON.stringify(actual) !== JSON.stringify(GOLDEN)) console.log(`actual golden values:\n${JSON.stringify(actual, null, 2)}`);
    assert.deepEqual(actual, GOLDEN);
  });

  it('leaves evidence_root out of a header when the block carries none', async () => {
    const block = await propose([]);
    assert.equal(block.header.evidenceRoot.length, 0);
    assert.equal(toHex(encode.header({ ...block.header, evidenceRoot: new Uint8Array(0) })), toHex(block.headerBytes));
    assert.ok(!toHex(block.headerBytes).includes('6220'), 'no field 12 (tag 0x62) in the header');
  });

  it('lists committed evidence by validator, height, round and type, a page at a time', async () => {
    const three = [doubleVote(V, { round: 1 }), doubleVote(V, { round: 0, type: PRECOMMIT }), doubleVote(V)];
    await commitOnBoth(three);
    const all = await listEvidence(validator.store, { limit: 10 });
    assert.deepEqual(all.evidence.map((e) => [toHex(e.validator), e.height, e.round, e.type, e.includedHeight]),
      [[VHEX, 1, 0, PREVOTE, 2], [VHEX, 1, 0, PRECOMMIT, 2], [VHEX, 1, 1, PREVOTE, 2]]);
    assert.equal(all.next, undefined);
    assert.deepEqual([toHex(all.evidence[0].blockHashA), toHex(all.evidence[0].blockHashB)].sort(), [toHex(blockNamed('a')), toHex(blockNamed('b'))].sort());
    const first = await listEvidence(validator.store, { limit: 2 });
    assert.equal(first.evidence.length, 2);
    assert.equal(toHex(first.next!), toHex(evidenceId(V.publicKey, 1, 0, PRECOMMIT)));
    const rest = await listEvidence(validator.store, { limit: 2, after: first.next });
    assert.deepEqual(rest.evidence.map((e) => e.round), [1]);
    assert.equal(rest.next, undefined);
    assert.equal((await listEvidence(validator.store, { limit: 10, validator: V.publicKey })).evidence.length, 3);
    assert.equal((await listEvidence(validator.store, { limit: 10, validator: KEYS.stranger.publicKey })).evidence.length, 0);
    // A cursor of another validator's range does not leak into this one's.
    const before = new Uint8Array(45);
    assert.equal((await listEvidence(validator.store, { limit: 10, validator: V.publicKey, after: before })).evidence.length, 3);
  });

  it(`takes exactly ${MAX_EVIDENCE_PER_BLOCK} pieces of evidence in a block, and refuses one more`, async () => {
    const many = Array.from({ length: MAX_EVIDENCE_PER_BLOCK + 1 }, (_, round) => doubleVote(V, { round }));
    // The proposer stops at the limit; the rest waits.
    const { block } = await buildBlock(proposer.store, proposer.head, { timeMs: proposer.head.timeMs + 1000, proposer: V.publicKey, candidates: [], evidence: many });
    assert.equal(block.evidence.length, MAX_EVIDENCE_PER_BLOCK);
    const checked = await validateBlock(validator.store, validator.head, block.blockBytes);
    assert.equal(toHex(checked.hash), toHex(block.hash));
    await refuses(withEvidence(block, many), `block 2: ${MAX_EVIDENCE_PER_BLOCK + 1} pieces of evidence exceed the limit of ${MAX_EVIDENCE_PER_BLOCK} per block`);
  });

  it('refuses evidence that is not canonically encoded, incomplete or too large', async () => {
    const block = await propose([]);
    const good = doubleVote(V);
    await refuses(withEvidence(block, [new Uint8Array([...good, 0x18, 0x01])]),
      'block 2: evidence 0 is invalid: malformed evidence: not canonically encoded (vote_a and vote_b once each, in order, minimal lengths, nothing else)');
    const [a] = ordered(vote(V, { blockHash: blockNamed('a') }), vote(V, { blockHash: blockNamed('b') }));
    await refuses(withEvidence(block, [encode.duplicateVoteEvidence({ voteA: a })]), 'block 2: evidence 0 is invalid: malformed evidence: both votes are required');
    // A signed vote padded with an unknown field: signed, but more bytes than evidence may have.
    const padded = new Uint8Array([...a.vote, 0x4a, 0xa0, 0x1f, ...new Uint8Array(4000)]);
    const big = encodeEvidence({ voteA: { vote: padded, signature: sign('vote', padded, V.privateKey) }, voteB: vote(V, { blockHash: blockNamed('z') }) });
    await refuses(withEvidence(block, [big]), `block 2: evidence 0 is invalid: ${big.length} bytes; the limit is 4096`);
  });

  it('refuses evidence whose votes do not conflict: two validators, chains, heights, rounds or types, one block, or out of byte order', async () => {
    const block = await propose([]);
    const invalid = (bytes: Uint8Array, reason: string) => refuses(withEvidence(block, [bytes]), `block 2: evidence 0 is invalid: ${reason}`);
    await invalid(evidenceOf(vote(V), vote(KEYS.stranger, { blockHash: blockNamed('b') })), 'votes of two validators');
    await invalid(doubleVote(V, { chainId: 'other-chain' }), 'vote_a: chain "other-chain", this is "test-chain"');
    const pairs: [Parameters<typeof vote>[1], Parameters<typeof vote>[1], (a: ackchain.Vote, b: ackchain.Vote) => string][] = [
      [{ height: 1 }, { height: 2 }, (a, b) => `votes at two heights (${a.height} and ${b.height})`],
      [{ round: 0 }, { round: 3 }, (a, b) => `votes in two rounds (${a.round} and ${b.round})`],
      [{ type: PREVOTE }, { type: PRECOMMIT }, () => 'a prevote and a precommit'],
    ];
    for (const [fa, fb, reason] of pairs) {
      const [a, b] = ordered(vote(V, { ...fa, blockHash: blockNamed('a') }), vote(V, { ...fb, blockHash: blockNamed('b') }));
      await invalid(encodeEvidence({ voteA: a, voteB: b }), reason(decode.vote(a.vote), decode.vote(b.vote)));
    }
    // The same block twice (two timestamps make two different signed votes), or nil twice.
    await invalid(evidenceOf(vote(V, { timestampMs: 1 }), vote(V, { timestampMs: 2 })), `both votes are for block ${toHex(blockNamed('a'))}`);
    await invalid(evidenceOf(vote(V, { blockHash: new Uint8Array(0), timestampMs: 1 }), vote(V, { blockHash: new Uint8Array(0), timestampMs: 2 })), 'both votes are for nil');
    const [a, b] = ordered(vote(V, { blockHash: blockNamed('a') }), vote(V, { blockHash: blockNamed('b') }));
    await invalid(encodeEvidence({ voteA: b, voteB: a }), 'votes must differ and be in byte order (vote_a before vote_b)');
    await invalid(encodeEvidence({ voteA: a, voteB: a }), 'votes must differ and be in byte order (vote_a before vote_b)');
  });

  it('refuses evidence with a signature that does not verify', async () => {
    const block = await propose([]);
    const [a, b] = ordered(vote(V, { blockHash: blockNamed('a') }), vote(V, { blockHash: blockNamed('b') }));
    const forged = { ...b, signature: sign('vote', a.vote, V.privateKey) };
    await refuses(withEvidence(block, [encodeEvidence({ voteA: a, voteB: forged })]), "block 2: evidence 0 is invalid: vote_b's signature does not verify");
    // Signed for another purpose: the domain tag is part of what is signed.
    const asTx = { ...a, signature: sign('tx', a.vote, V.privateKey) };
    await refuses(withEvidence(block, [encodeEvidence({ voteA: asTx, voteB: b })]), "block 2: evidence 0 is invalid: vote_a's signature does not verify");
  });

  it('refuses evidence against a key outside the validator set', async () => {
    const block = await propose([]);
    const s = toHex(KEYS.stranger.publicKey);
    await refuses(withEvidence(block, [doubleVote(KEYS.stranger)]),
      `block 2: evidence 0 (prevote of ${s} at height 1, round 0) may not be included: ${s} is not a validator at height 1`);
  });

  it('refuses evidence of the block\'s own height or later', async () => {
    const block = await propose([]);
    for (const height of [2, 7]) {
      await refuses(withEvidence(block, [doubleVote(V, { height })]),
        `block 2: evidence 0 (prevote of ${VHEX} at height ${height}, round 0) may not be included: its height ${height} is not below the block's height 2`);
    }
  });

  it(`takes evidence exactly ${MAX_EVIDENCE_AGE} heights old, and refuses it a height older`, async () => {
    // The chain as it would stand at height 1001 (no need to commit a thousand blocks: execution
    // reads only committed state and this ChainState): its last commit signed for a made-up block.
    const height = MAX_EVIDENCE_AGE + 1;
    const lastHash = sha256(utf8.encode('block 1001'));
    const lastCommit = signCommit({ chainId: CHAIN_ID, height, round: 0, blockHash: lastHash, timestampMs: proposer.head.timeMs }, [V]);
    const at1001: ChainState = { ...proposer.head, height, blockHash: lastHash, lastValidators: proposer.head.validators, lastCommit };
    const oldest = doubleVote(V, { height: 2 });
    const built = await propose([oldest], at1001);
    const checked = await validateBlock(validator.store, { ...at1001 }, built.blockBytes);
    assert.equal(toHex(checked.hash), toHex(built.hash));
    await refuses(withEvidence(built, [doubleVote(V, { height: 1 })]),
      `block 1002: evidence 0 (prevote of ${VHEX} at height 1, round 0) may not be included: its height 1 is more than ${MAX_EVIDENCE_AGE} heights below the block's height 1002`, at1001);
  });

  it('refuses evidence of a misbehaviour committed before, by the same or by another pair of votes', async () => {
    await commitOnBoth([doubleVote(V)]);
    const block = await propose([]);
    const again = `block 3: evidence 0 (prevote of ${VHEX} at height 1, round 0) may not be included: it was committed at height 2`;
    await refuses(withEvidence(block, [doubleVote(V)]), again);
    const otherPair = evidenceOf(vote(V, { blockHash: blockNamed('c') }), vote(V, { blockHash: new Uint8Array(0) }));
    await refuses(withEvidence(block, [otherPair]), again);
    // The proposer leaves it out, with the reason.
    const { block: built, excludedEvidence } = await buildBlock(proposer.store, proposer.head, { timeMs: proposer.head.timeMs + 1000, proposer: V.publicKey, candidates: [], evidence: [otherPair, doubleVote(V, { round: 1 })] });
    assert.deepEqual(excludedEvidence.map((e) => [toHex(e.evidence), e.reason]), [[toHex(otherPair), 'it was committed at height 2']]);
    assert.deepEqual(built.evidence.map((e) => e.round), [1]);
  });

  it('refuses the same misbehaviour twice in one block', async () => {
    const block = await propose([]);
    const otherPair = evidenceOf(vote(V, { blockHash: blockNamed('c') }), vote(V, { blockHash: new Uint8Array(0) }));
    for (const second of [doubleVote(V), otherPair]) {
      await refuses(withEvidence(block, [doubleVote(V), second]),
        `block 2: evidence 1 (prevote of ${VHEX} at height 1, round 0) appears twice: evidence 0 is of the same validator, height, round and vote type`);
    }
  });

  it('refuses a header whose evidence_root execution does not give', async () => {
    const built = await propose([doubleVote(V)]);
    const b = decodeBlock(built.blockBytes);
    const other = new Uint8Array(32).fill(7);
    const bytes = encodeBlock(encode.header({ ...built.header, evidenceRoot: other }), b.txs, b.lastCommit, b.evidence);
    await refuses(bytes, `block 2: evidenceRoot is ${toHex(other)}, execution gives ${toHex(built.header.evidenceRoot)}`);
    const none = encodeBlock(encode.header({ ...built.header, evidenceRoot: new Uint8Array(0) }), b.txs, b.lastCommit, b.evidence);
    await refuses(none, `block 2: evidenceRoot is , execution gives ${toHex(built.header.evidenceRoot)}`);
  });
});
