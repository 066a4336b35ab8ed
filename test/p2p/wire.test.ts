// The p2p wire messages and the structural checks on gossip payloads: round trips, strict and
// canonical decoding, and no input (random or mutated) that makes a decoder throw anything but a
// decode error.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeBlock } from '../../src/chain/block.ts';
import { ackchain, decode, DecodeError, encode } from '../../src/chain/codec.ts';
import { Rejection } from '../../src/chain/codes.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { decodeGossip, gossipLimitsFor, topicName, TOPIC_KINDS, type TopicKind } from '../../src/p2p/topics.ts';
import { tcpMultiaddr } from '../../src/p2p/host.ts';
import { formatNetworkKey, generateNetworkKey, parseNetworkKey, peerIdOf } from '../../src/p2p/keys.ts';
import {
  decodeConsensusMessage, decodeEvidence, decodeProposal, decodeStatusResponse, decodeSyncRequest, decodeSyncResponse,
  encodeConsensusMessage, encodeEvidence, encodeProposal, encodeStatusResponse, encodeSyncRequest, encodeSyncResponse,
  syncedBlockCost, WireError,
} from '../../src/p2p/wire.ts';
import { assertBytes, CHAIN_ID, makeBlock, makeChain, makeEvidence, makeHeader, makeProposal, makeTx, makeVote } from './helpers.ts';

const limits = gossipLimitsFor({ maxTxBytes: 64 * 1024, maxBlockBytes: 4 * 1024 * 1024 });
const key = generateKeyPair();

function validPayloads(): { topic: TopicKind; data: Uint8Array }[] {
  return [
    { topic: 'tx', data: makeTx() },
    { topic: 'consensus', data: encodeConsensusMessage({ kind: 'vote', vote: makeVote(key) }) },
    { topic: 'consensus', data: encodeConsensusMessage({ kind: 'proposal', proposal: makeProposal(key, 2, 3) }) },
    { topic: 'evidence', data: encodeEvidence(makeEvidence(key)) },
  ];
}

/** What a decoder may throw: a decode error or a tx rejection, never a TypeError or RangeError. */
function decodesOrRefuses(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DecodeError) && !(e instanceof Rejection)) throw e;
  }
}

describe('p2p wire', () => {
  it('names topics by chain id and version', () => {
    assert.deepEqual(TOPIC_KINDS.map((k) => topicName('acme-prod', k)), ['/ackchain/acme-prod/tx/1', '/ackchain/acme-prod/consensus/1', '/ackchain/acme-prod/evidence/1']);
  });

  it('round-trips every message', () => {
    const p = { chainId: CHAIN_ID, height: 2 ** 53 - 1, round: 4, validRound: -1, blockHash: new Uint8Array(32).fill(1), timestampMs: 1_700_000_000_000, proposer: key.publicKey };
    const back = decodeProposal(encodeProposal(p));
    assert.deepEqual({ ...back, blockHash: [...back.blockHash], proposer: [...back.proposer] }, { ...p, blockHash: [...p.blockHash], proposer: [...p.proposer] });
    assert.equal(decodeProposal(encodeProposal({ ...p, validRound: 3 })).validRound, 3);
    assert.deepEqual(decodeSyncRequest(encodeSyncRequest({ fromHeight: 7, count: 50 })), { fromHeight: 7, count: 50 });
    const chain = makeChain(3, key);
    const response = decodeSyncResponse(encodeSyncResponse({ blocks: chain, error: '' }));
    assert.equal(response.blocks.length, 3);
    assertBytes(response.blocks[2].commit, chain[2].commit);
    assert.equal(decodeSyncResponse(encodeSyncResponse({ blocks: [], error: 'no' })).error, 'no');
    assert.equal(encodeSyncResponse({ blocks: chain, error: '' }).length, chain.reduce((n, b) => n + syncedBlockCost(b), 0));
    assert.deepEqual(decodeStatusResponse(encodeStatusResponse({ height: 0, blockHash: new Uint8Array(0), genesisHash: new Uint8Array(0) })).height, 0);
    const status = decodeStatusResponse(encodeStatusResponse({ height: 5, blockHash: new Uint8Array(32).fill(1), genesisHash: new Uint8Array(32).fill(2) }));
    assertBytes(status.genesisHash, new Uint8Array(32).fill(2));
    const vote = makeVote(key);
    const m = decodeConsensusMessage(encodeConsensusMessage({ kind: 'vote', vote }));
    assert.ok(m.kind === 'vote');
    assertBytes(m.vote.vote, vote.vote);
    const e = makeEvidence(key);
    assertBytes(decodeEvidence(encodeEvidence(e)).voteB.signature, e.voteB.signature);
  });

  it('refuses non-canonical, unknown, repeated, mistyped and oversized fields', () => {
    const bad: [string, Uint8Array][] = [
      ['unknown field', new Uint8Array([0x18, 0x01])],
      ['repeated field', new Uint8Array([0x08, 0x01, 0x08, 0x01])],
      ['out of order', new Uint8Array([0x10, 0x01, 0x08, 0x01])],
      ['wrong wire type', new Uint8Array([0x0a, 0x00])],
      ['non-minimal varint', new Uint8Array([0x08, 0x81, 0x00])],
      ['explicit default', new Uint8Array([0x08, 0x00])],
      ['above 2^53-1', new Uint8Array([0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10])],
      ['truncated', new Uint8Array([0x08])],
    ];
    for (const [what, bytes] of bad) assert.throws(() => decodeSyncRequest(bytes), WireError, what);
    assert.throws(() => decodeConsensusMessage(new Uint8Array(0)), /exactly one/);
    const vote = encodeConsensusMessage({ kind: 'vote', vote: makeVote(key) });
    const proposal = encodeConsensusMessage({ kind: 'proposal', proposal: makeProposal(key) });
    assert.throws(() => decodeConsensusMessage(new Uint8Array([...vote, ...proposal])), WireError);
    assert.throws(() => decodeSyncResponse(new Uint8Array([0x12, 0x02, 0xff, 0xfe])), /utf-8/i);
  });

  it('checks payloads structurally per topic', () => {
    for (const { topic, data } of validPayloads()) assert.equal(decodeGossip(topic, data, CHAIN_ID, limits).topic, topic);
    const refuses = (topic: TopicKind, data: Uint8Array, reason: RegExp) => assert.throws(() => decodeGossip(topic, data, CHAIN_ID, limits), reason);
    refuses('tx', new Uint8Array(0), /empty/);
    refuses('tx', new Uint8Array(limits.tx + 1), /exceeds the limit/);
    assert.throws(() => decodeGossip('tx', makeTx(), 'other-chain', limits), /chain/);
    // A vote of another chain, with a short signature, of an unknown type.
    const other = makeVote(key);
    const untyped = encode.vote({ ...decode.vote(other.vote), type: 0 as ackchain.VoteType });
    refuses('consensus', encodeConsensusMessage({ kind: 'vote', vote: { ...other, vote: untyped } }), /type 0/);
    refuses('consensus', encodeConsensusMessage({ kind: 'vote', vote: { ...other, signature: new Uint8Array(63) } }), /signature of 63 bytes/);
    assert.throws(() => decodeGossip('consensus', encodeConsensusMessage({ kind: 'vote', vote: other }), 'other-chain', limits), /chain "p2p-test"/);
    // A proposal whose block does not hash to block_hash, or is for another height.
    const p = makeProposal(key, 4);
    refuses('consensus', encodeConsensusMessage({ kind: 'proposal', proposal: { ...p, block: encodeBlock(makeHeader(4, 1), [], new Uint8Array(0)) } }), /does not hash/);
    const wrongHeight = makeBlock(5);
    const proposalBytes = encodeProposal({ ...decodeProposal(p.proposal), blockHash: wrongHeight.hash });
    refuses('consensus', encodeConsensusMessage({ kind: 'proposal', proposal: { ...p, proposal: proposalBytes, block: wrongHeight.bytes } }), /block of height 5 for height 4/);
    const badRound = encodeProposal({ ...decodeProposal(p.proposal), round: 2, validRound: 2 });
    refuses('consensus', encodeConsensusMessage({ kind: 'proposal', proposal: { ...p, proposal: badRound } }), /valid round 2 in round 2/);
    // Evidence: out of order, of two validators, for one block.
    const e = makeEvidence(key);
    refuses('evidence', encodeEvidence({ voteA: e.voteB, voteB: e.voteA }), /byte order/);
    refuses('evidence', encodeEvidence({ voteA: e.voteA, voteB: e.voteA }), /byte order/);
    const [x, y] = [makeVote(key, 5, 0), makeVote(generateKeyPair(), 5, 0)].sort((a, b) => Buffer.compare(a.vote, b.vote));
    refuses('evidence', encodeEvidence({ voteA: x, voteB: y }), /two validators/);
    // A block header that is garbage.
    const garbage = encodeBlock(new Uint8Array([0xff, 0xff]), [], new Uint8Array(0));
    refuses('consensus', encodeConsensusMessage({ kind: 'proposal', proposal: { ...p, block: garbage } }), /./);
  });

  it('never throws anything but a decode error, on random bytes', () => {
    fc.assert(fc.property(fc.constantFrom(...TOPIC_KINDS), fc.uint8Array({ maxLength: 300 }), (topic, data) => {
      decodesOrRefuses(() => decodeGossip(topic, data, CHAIN_ID, limits));
      decodesOrRefuses(() => decodeSyncResponse(data));
      decodesOrRefuses(() => decodeSyncRequest(data));
      decodesOrRefuses(() => decodeStatusResponse(data));
    }), { numRuns: 2000 });
  });

  it('never throws anything but a decode error, on mutated valid payloads', () => {
    const payloads = validPayloads();
    fc.assert(fc.property(fc.nat(payloads.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 4 }), fc.nat(), (i, edits, cut) => {
      const { topic, data } = payloads[i];
      const bytes = data.slice();
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      decodesOrRefuses(() => decodeGossip(topic, bytes, CHAIN_ID, limits));
      decodesOrRefuses(() => decodeGossip(topic, bytes.subarray(0, cut % bytes.length), CHAIN_ID, limits));
    }), { numRuns: 1000 });
  });
});

describe('p2p addresses', () => {
  it('turns the config\'s host:port into a TCP multiaddr', () => {
    assert.equal(tcpMultiaddr('127.0.0.1', 4600), '/ip4/127.0.0.1/tcp/4600');
    assert.equal(tcpMultiaddr('::1', 4600), '/ip6/::1/tcp/4600');
    assert.equal(tcpMultiaddr('validator-1.internal', 0), '/dns/validator-1.internal/tcp/0');
    assert.throws(() => tcpMultiaddr('127.0.0.1', 70000));
  });
});

describe('p2p keys', () => {
  it('reads and writes the pnet swarm key file', () => {
    const key = generateNetworkKey();
    const text = formatNetworkKey(key);
    assert.match(text, /^\/key\/swarm\/psk\/1\.0\.0\/\n\/base16\/\n[0-9a-f]{64}\n$/);
    assertBytes(parseNetworkKey(text), key);
    assertBytes(parseNetworkKey(text.trimEnd()), key);
    assertBytes(parseNetworkKey(text.replace(/\n/g, '\r\n')), key);
    for (const bad of ['', text.replace('base16', 'base64'), text.replace('1.0.0', '2.0.0'), text.slice(0, -3), text + 'extra\n', text.replace(/[0-9a-f]{64}/, 'z'.repeat(64))]) {
      assert.throws(() => parseNetworkKey(bad), /network key/);
    }
  });

  it('derives a stable Ed25519 peer id from the node key', async () => {
    const key = generateKeyPair();
    const id = await peerIdOf(key);
    assert.match(id, /^12D3KooW/);
    assert.equal(await peerIdOf({ ...key }), id);
    assert.notEqual(await peerIdOf(generateKeyPair()), id);
  });
});
