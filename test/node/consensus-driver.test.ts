// The consensus driver alone, on a real LevelDB, WAL and signer state, a fake clock and a fake
// network: this test plays the other three validators of a four-validator set. The driver's
// validator is the proposer of height 1, round 0.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signVote, verifyCommit } from '../../src/chain/block.ts';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { genesisToJson, parseGenesis, type GenesisDoc } from '../../src/chain/genesis.ts';
import { generateKeyPair, sign, type KeyPair } from '../../src/chain/keys.ts';
import { DEFAULT_CONFIG } from '../../src/node/config.ts';
import { ConsensusDriver, validatorSetAt, type ConsensusPayload } from '../../src/node/consensus-driver.ts';
import { EvidencePool } from '../../src/node/evidence-pool.ts';
import { Mempool } from '../../src/node/mempool.ts';
import { SignerState } from '../../src/node/signer-state.ts';
import { Wal } from '../../src/node/wal.ts';
import { decodeGossip, gossipLimitsFor } from '../../src/p2p/topics.ts';
import { encodeConsensusMessage, encodeProposal } from '../../src/p2p/wire.ts';
import type { ExecutedBlock } from '../../src/state/block.ts';
import { openChain } from '../../src/state/genesis.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { waitFor } from '../p2p/helpers.ts';
import { CHAIN_ID, GENESIS_TIME } from '../support/chain-fixture.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { captureLogger } from '../support/log-capture.ts';

const PARAMS = { empty_block_interval_ms: 200, batch_delay_ms: 10, timeout_propose_ms: 3000, timeout_prevote_ms: 1000, timeout_precommit_ms: 1000, timeout_delta_ms: 500 };
const REBROADCAST_MS = 60_000;
const { PREVOTE, PRECOMMIT } = { PREVOTE: ackchain.VoteType.VOTE_TYPE_PREVOTE, PRECOMMIT: ackchain.VoteType.VOTE_TYPE_PRECOMMIT };

/** Four validator keys, the first being the proposer of height 1, round 0. */
function validatorKeys(): KeyPair[] {
  const keys = Array.from({ length: 4 }, generateKeyPair);
  const validators = keys.map((k) => ackchain.Validator.create({ publicKey: k.publicKey, power: 10 }));
  const proposer = validatorSetAt(validators, 1).proposerOf(0).id;
  return [keys.find((k) => toHex(k.publicKey) === proposer)!, ...keys.filter((k) => toHex(k.publicKey) !== proposer)];
}

function makeGenesis(keys: KeyPair[]): GenesisDoc {
  const json = genesisToJson({
    chainId: CHAIN_ID, genesisTimeMs: GENESIS_TIME,
    validators: keys.map((k, i) => ({ team: `team${i}`, publicKey: k.publicKey, power: 10, peerId: '' })),
  }) as { params: Record<string, number> };
  Object.assign(json.params, PARAMS);
  return parseGenesis(JSON.stringify(json));
}

const limits = gossipLimitsFor({ maxTxBytes: 64 * 1024, maxBlockBytes: 4 * 1024 * 1024 });

function payloadOf(data: Uint8Array): ConsensusPayload {
  const p = decodeGossip('consensus', data, CHAIN_ID, limits);
  if (p.topic !== 'consensus') throw new Error('not consensus');
  return p.kind === 'vote' ? { kind: 'vote', vote: p.vote } : { kind: 'proposal', proposal: p.proposal };
}

/** A signed vote of `key` as the network would deliver it. */
function voteMessage(key: KeyPair, type: ackchain.VoteType, height: number, round: number, blockHash: Uint8Array): { payload: ConsensusPayload; data: Uint8Array } {
  const sig = signVote({ chainId: CHAIN_ID, type, height, round, blockHash, timestampMs: GENESIS_TIME + 1 }, key);
  const data = encodeConsensusMessage({ kind: 'vote', vote: { vote: sig.vote, signature: sig.signature } });
  return { payload: payloadOf(data), data };
}

/** One validator's node: the driver over its own data directory. */
class Harness {
  readonly dir = mkdtempSync(join(tmpdir(), 'ackchain-driver-'));
  readonly clock = new FakeClock(GENESIS_TIME + 60_000);
  readonly published: Uint8Array[] = [];
  readonly commits: ExecutedBlock[] = [];
  behind = 0;
  readonly logs = captureLogger();
  store!: ChainStore;
  signer!: SignerState;
  wal!: Wal;
  driver!: ConsensusDriver;

  readonly keys: KeyPair[];
  readonly genesis: GenesisDoc;

  constructor(keys: KeyPair[], genesis: GenesisDoc) {
    this.keys = keys;
    this.genesis = genesis;
  }

  /** Opens the node; `joined` (the default) tells it that block sync caught up with its peers. */
  async open({ joined = true } = {}): Promise<this> {
    this.store ??= await ChainStore.open(join(this.dir, 'chain'));
    this.signer = await SignerState.open(join(this.dir, 'signer_state.json'));
    this.wal = await Wal.open(join(this.dir, 'wal'));
    this.driver = new ConsensusDriver({
      store: this.store, mempool: new Mempool(DEFAULT_CONFIG.mempool), evidence: new EvidencePool(), clock: this.clock, log: this.logs.log,
      keys: this.keys[0], signer: this.signer, wal: this.wal, gossipLimits: limits, rebroadcastIntervalMs: REBROADCAST_MS,
      network: { publish: async (_kind, data) => { this.published.push(data); return 3; } },
      onCommit: (block) => this.commits.push(block), onBehind: () => { this.behind++; },
    }, await openChain(this.store, this.genesis));
    await this.driver.start();
    if (joined) await this.driver.caughtUp();
    return this;
  }

  /** WALs left by crashes: their handles are closed only when the test is over. */
  readonly #crashed: Wal[] = [];

  /** Stops as a crash would: records appended to the WAL but not flushed are lost. */
  async crash(): Promise<void> {
    await this.driver.stop();
    await this.signer.close();
    this.#crashed.push(this.wal);
  }

  async close(): Promise<void> {
    await this.driver.stop();
    await this.signer.close();
    await this.wal.close();
    await this.store.close();
    for (const wal of this.#crashed) await wal.close().catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The messages this node published, decoded, in order. */
  messages(): ConsensusPayload[] {
    return this.published.map(payloadOf);
  }

  async waitFor(what: string, match: (p: ConsensusPayload) => boolean): Promise<ConsensusPayload> {
    await waitFor(() => this.messages().some(match), what);
    return this.messages().find(match)!;
  }

  async proposal(): Promise<Uint8Array> {
    const p = await this.waitFor('a proposal', (m) => m.kind === 'proposal');
    return p.kind === 'proposal' ? p.proposal.proposal.blockHash : new Uint8Array();
  }

  ownVote(type: ackchain.VoteType): Promise<ConsensusPayload> {
    return this.waitFor(`its ${type === PREVOTE ? 'prevote' : 'precommit'}`, (m) => m.kind === 'vote' && m.vote.vote.type === type);
  }

  /** Votes of the other three validators (`count` of them) for `blockHash` at height 1, round 0. */
  othersVote(type: ackchain.VoteType, blockHash: Uint8Array, count = 2): void {
    for (const key of this.keys.slice(1, 1 + count)) {
      const { payload, data } = voteMessage(key, type, 1, 0, blockHash);
      assert.equal(this.driver.check(payload), 'accept');
      this.driver.deliver(payload, data);
    }
  }
}

describe('consensus driver', function () {
  this.timeout(30_000);
  let keys: KeyPair[];
  let genesis: GenesisDoc;
  let h: Harness;

  beforeEach(async () => {
    keys = validatorKeys();
    genesis = makeGenesis(keys);
    h = await new Harness(keys, genesis).open();
  });

  afterEach(() => h.close());

  it('proposes after the empty-block interval, votes, and commits with more than 2/3 of the precommits', async () => {
    h.clock.advance(199);
    assert.equal(h.published.length, 0, 'nothing before empty_block_interval_ms');
    h.clock.advance(1);
    const blockHash = await h.proposal();
    await h.ownVote(PREVOTE);
    h.othersVote(PREVOTE, blockHash);
    await h.ownVote(PRECOMMIT);
    h.othersVote(PRECOMMIT, blockHash);
    await waitFor(() => h.commits.length === 1, 'the commit');
    assert.equal(toHex(h.commits[0].hash), toHex(blockHash));
    assert.equal(h.driver.chain.height, 1);
    assert.deepEqual(h.driver.position, { height: 2, round: 0, step: 'propose', joined: true });
    const commit = verifyCommit((await h.store.getCommit(1))!, { chainId: CHAIN_ID, height: 1, blockHash, validators: h.driver.chain.lastValidators });
    assert.equal(commit.signatures.length, 3);
  });

  it('checks gossip: a bad signature, a non-member or the wrong proposer is rejected; other heights are ignored', async () => {
    const hash = new Uint8Array(32).fill(7);
    const good = voteMessage(keys[1], PREVOTE, 1, 0, hash);
    assert.equal(h.driver.check(good.payload), 'accept');
    const forged = good.payload.kind === 'vote' ? { kind: 'vote' as const, vote: { ...good.payload.vote, signature: sign('vote', new Uint8Array([1]), keys[1].privateKey) } } : good.payload;
    assert.equal(h.driver.check(forged), 'reject');
    assert.equal(h.driver.check(voteMessage(generateKeyPair(), PREVOTE, 1, 0, hash).payload), 'reject', 'not a validator at this height');
    assert.equal(h.driver.check(voteMessage(keys[1], PREVOTE, 2, 0, hash).payload), 'accept', 'the next height is kept for later');
    assert.equal(h.behind, 0);
    assert.equal(h.driver.check(voteMessage(keys[1], PRECOMMIT, 9, 0, hash).payload), 'ignore', 'far ahead');
    assert.equal(h.behind, 1, 'a signed message from far ahead asks block sync to look');

    // Round 0's proposer is keys[0]: the same block proposed and signed by another validator is invalid.
    h.clock.advance(200);
    const own = await h.waitFor('a proposal', (m) => m.kind === 'proposal');
    assert.ok(own.kind === 'proposal');
    const fields = { ...own.proposal.proposal, proposer: keys[1].publicKey };
    const proposalBytes = encodeProposal(fields);
    const wrong: ConsensusPayload = { kind: 'proposal', proposal: { ...own.proposal, proposal: fields, proposalBytes, signature: sign('proposal', proposalBytes, keys[1].privateKey) } };
    assert.equal(h.driver.check(wrong), 'reject');
  });

  it('after a crash, replays its height and signs again exactly the bytes it signed, nothing conflicting', async () => {
    h.clock.advance(200);
    const blockHash = await h.proposal();
    await h.ownVote(PREVOTE);
    const before = h.published.map(toHex);
    await h.crash();
    h.published.length = 0;
    await h.open();
    // The proposal and the prevote go out again, byte for byte (the prevote's WAL copy was never
    // flushed: the signer state's record of it gives the same bytes).
    await h.ownVote(PREVOTE);
    assert.deepEqual(new Set(h.published.map(toHex)), new Set(before));
    assert.equal(h.signer.last?.step, 'prevote');
    h.othersVote(PREVOTE, blockHash);
    await h.ownVote(PRECOMMIT);
    h.othersVote(PRECOMMIT, blockHash);
    await waitFor(() => h.commits.length === 1, 'the commit');
    assert.equal(toHex(h.commits[0].hash), toHex(blockHash));
  });

  it('with its WAL lost, a restarted validator signs nothing that conflicts with what it signed', async () => {
    h.clock.advance(200);
    await h.ownVote(PREVOTE);
    const signed = h.signer.last;
    await h.crash();
    rmSync(join(h.dir, 'wal'), { recursive: true, force: true });
    h.published.length = 0;
    await h.open();
    // It builds another block (another time): proposing it or prevoting it at (1, 0) would conflict.
    h.clock.advance(1000);
    const refusals = () => h.logs.lines.filter((l) => l.msg.startsWith('not signing')).map((l) => l.step);
    await waitFor(() => refusals().length === 2, 'the signer to refuse the proposal and the prevote');
    assert.deepEqual(refusals(), ['proposal', 'prevote']);
    assert.equal(h.published.length, 0);
    assert.equal(h.signer.last?.signBytesSha256, signed?.signBytesSha256);
  });

  it('with an empty signer state, joins consensus only once block sync caught up: nothing signed before, the messages that came meanwhile counted after', async () => {
    await h.close();
    h = await new Harness(keys, genesis).open({ joined: false });
    h.clock.advance(10_000);
    assert.equal(h.published.length, 0, 'no proposal or vote before it caught up');
    assert.deepEqual(h.driver.position, { height: 1, round: 0, step: 'propose', joined: false }, 'waiting to join height 1');
    // Prevotes of round 1 by two others (f+1) come while it waits: kept, and fed to the machine when it starts.
    for (const key of keys.slice(1, 3)) {
      const { payload, data } = voteMessage(key, PREVOTE, 1, 1, new Uint8Array(32).fill(9));
      assert.equal(h.driver.check(payload), 'accept');
      h.driver.deliver(payload, data);
    }
    await h.driver.caughtUp();
    assert.ok(h.logs.lines.some((l) => l.msg === 'caught up with the network: joining consensus'));
    assert.deepEqual(h.driver.position, { height: 1, round: 1, step: 'propose', joined: true }, 'f+1 messages of round 1 skipped it to round 1 (L55)');
    h.clock.advance(PARAMS.timeout_propose_ms + PARAMS.timeout_delta_ms);
    const first = await h.ownVote(PREVOTE);
    assert.ok(first.kind === 'vote');
    assert.deepEqual([first.vote.vote.height, first.vote.vote.round, first.vote.vote.blockHash.length], [1, 1, 0], 'a nil prevote of round 1, its first signature');
    assert.equal(h.published.length, 1);
  });

  it('publishes its own messages of the current height again every rebroadcast interval', async () => {
    h.clock.advance(200);
    await h.ownVote(PREVOTE);
    const first = h.published.map(toHex);
    assert.equal(first.length, 2, 'its proposal and its prevote');
    h.clock.advance(REBROADCAST_MS);
    await waitFor(() => h.published.length === 4, 'the rebroadcast');
    assert.deepEqual(h.published.slice(2).map(toHex), first);
  });
});
