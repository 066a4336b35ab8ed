// The host of the Tendermint machine (consensus/) for one node: it feeds the machine one input at
// a time and carries out its actions in order (docs/consensus.md, "What the host must do").
//
// - Everything that changes the driver's state runs in one serial queue: gossip deliveries, timer
//   expiries, block building and validation, commits and blocks from block sync. Nothing of a
//   height survives an `await` into the next height: each task re-reads the current height.
// - Every input is appended to the write-ahead log before the machine sees it; the log is flushed,
//   and the signer state records (fsync) the height/round/step, before a signature is made. A
//   restarted validator replays its height into a fresh machine, carries out the actions that come
//   out (timers, signatures it owes, validations nobody answered), and signs nothing it had not:
//   the signer state holds the exact bytes it signed last, which it signs again unchanged.
// - Proposals carry their block: the proposer builds it from the mempool (a batch delay after txs
//   arrive, else once empty_block_interval has passed since the height began), validators execute
//   it with validateBlock (one execution path) before they prevote, and on `decide` the block is
//   committed with the precommits the machine counted, then the next height starts.
// - Gossip is checked before it is delivered or forwarded (`check`): signatures, membership and a
//   height window; messages of the next height wait in a buffer until it starts, precommits of the
//   last height extend the next block's last_commit, and a signed message from further ahead asks
//   block sync to look (`onBehind`). Gossipsub does not retransmit, so this node publishes its own
//   messages of the current height again every `rebroadcastIntervalMs`.
// - Evidence of a double vote that the machine reports is gossiped and goes into the evidence
//   pool (with what gossip brings); a block this node proposes carries what is pending, and a
//   committed block removes what it carried from the pool.
import { compareBytes, equalBytes, toHex } from '../chain/bytes.ts';
import { decodeBlock, verifyCommit, CommitError } from '../chain/block.ts';
import { ackchain, decode, DecodeError } from '../chain/codec.ts';
import { Code } from '../chain/codes.ts';
import { checkEvidence, encodeEvidence, EvidenceError, verifyEvidence } from '../chain/evidence.ts';
import { sign, type KeyPair } from '../chain/keys.ts';
import { verify } from '../chain/signature.ts';
import {
  DEFAULT_MAX_ROUNDS_AHEAD, Tendermint, ValidatorSet,
  type Action, type EvidenceAction, type Input, type Proposal, type Step, type Vote,
} from '../consensus/index.ts';
import type { DecodedEvidence, DecodedProposal, DecodedVote, GossipLimits } from '../p2p/topics.ts';
import { decodeProposal, encodeConsensusMessage, type SignedProposal, type SignedVote } from '../p2p/wire.ts';
import type { SyncedBlock, Verdict } from '../p2p/host.ts';
import { buildBlock, validateBlock, type ExecutedBlock } from '../state/block.ts';
import type { ChainState } from '../state/chain-state.ts';
import { commitBlock } from '../state/commit.ts';
import { BlockError, InvariantError } from '../state/errors.ts';
import type { ChainStore } from '../store/chain-store.ts';
import type { Clock, Timer } from './clock.ts';
import {
  encodeCommit, machineProposal, machineVote, proposalSignBytes, voteSignBytes, voteTypeCode, type Signed,
} from './consensus-messages.ts';
import { builtRecord, decodeWalRecord, messageRecord, timeoutRecord, validatedRecord, type WalEntry } from './consensus-wal.ts';
import type { EvidencePool } from './evidence-pool.ts';
import type { Logger } from './logger.ts';
import type { Mempool } from './mempool.ts';
import { DoubleSignError, type SignerState, type SignStep } from './signer-state.ts';
import type { Wal } from './wal.ts';

/** What the driver needs of the p2p host. */
export interface ConsensusNetwork {
  publish(kind: 'consensus' | 'evidence', data: Uint8Array): Promise<number>;
}

/** A structurally checked consensus message as gossip delivers it. */
export type ConsensusPayload = { kind: 'vote'; vote: DecodedVote } | { kind: 'proposal'; proposal: DecodedProposal };

export interface ConsensusDriverOptions {
  store: ChainStore;
  mempool: Mempool;
  /** Evidence waiting for a block: the machine's detections go in, this node's proposals take from it. */
  evidence: EvidencePool;
  clock: Clock;
  log: Logger;
  /** This node's validator key: it votes while the key is in the height's set. */
  keys: KeyPair;
  /** Required for a validator; a node whose key is in no set never signs. */
  signer: SignerState | undefined;
  wal: Wal;
  network: ConsensusNetwork;
  gossipLimits: GossipLimits;
  /** Own messages of the current height are published again this often. */
  rebroadcastIntervalMs: number;
  /** After each block is durably committed (by consensus or block sync). */
  onCommit: (block: ExecutedBlock, timings: { executeMs: number; writeMs: number }) => void;
  /** A validly signed message of a height beyond the next arrived: peers are ahead. */
  onBehind?: () => void;
}

/** At most this many next-height messages wait for the height to start (a few rounds of every validator). */
const MAX_BUFFERED = 1024;
/** Blocks kept per round: the machine stores at most two proposals of a round (the second is evidence). */
const MAX_BLOCKS_PER_ROUND = 2;

/**
 * The set of height `height` (at least 1): the genesis set with its proposer priorities advanced
 * once per height, exactly as a running node advances them.
 */
export function validatorSetAt(validators: readonly ackchain.Validator[], height: number): ValidatorSet {
  // ChainState keeps no proposer priorities yet, so a node that starts at height H recomputes them
  // (H - 1 steps of a few microseconds each). Validator changes will need them in ChainState.
  let set = ValidatorSet.genesis(validators.map((v) => ({ publicKey: v.publicKey, power: v.power })));
  for (let h = 1; h < height; h++) set = set.incremented(1);
  return set;
}

interface Own {
  /** The encoded ConsensusMessage, as published. */
  message: Uint8Array;
  signed: Signed;
}

interface Fed {
  input: Input<Signed>;
  record: Uint8Array;
}

interface LastCommit {
  height: number;
  round: number;
  value: string;
  /** Validator id -> its precommit; grows with late precommits while the next block is not built. */
  precommits: Map<string, SignedVote>;
  /** How many of them the stored commit holds. */
  stored: number;
}

interface PendingBuild {
  height: number;
  round: number;
  dueAt: number;
  timer: Timer;
}

const ownKey = (round: number, step: SignStep): string => `${round}/${step}`;

/** Errors that a peer's block or commit causes, never this node's state: the block is refused, the driver goes on. */
function isPeersFault(e: unknown): boolean {
  return e instanceof BlockError || e instanceof CommitError || e instanceof DecodeError;
}

export class ConsensusDriver {
  readonly #o: ConsensusDriverOptions;
  readonly #machine: Tendermint<Signed>;
  #chain: ChainState;
  /** The sets of the last height, the current one (chain.height + 1), and the next (computed when needed). */
  #lastSet: ValidatorSet | undefined;
  #set: ValidatorSet;
  #nextSet: ValidatorSet | undefined;
  // Of the current height:
  #blocks = new Map<string, Uint8Array>();
  /** How many proposed blocks of each round #blocks holds (an equivocating proposer could send any number). */
  #blocksPerRound = new Map<number, number>();
  #executed = new Map<string, ExecutedBlock>();
  #own = new Map<string, Own>();
  #startedAt = 0;
  #build: PendingBuild | undefined;
  #buffered: { payload: ConsensusPayload; data: Uint8Array }[] = [];
  #lastCommit: LastCommit | undefined;

  /**
   * A validator with an empty signer state (new, or its file was lost) joins consensus only once
   * block sync has heard from a peer and caught up with it (`caughtUp`): had the file been lost,
   * the heights behind the network's are where it signed before, and it would sign there again.
   */
  #waitingForPeers: boolean;

  #queue: Promise<void> = Promise.resolve();
  readonly #timers = new Set<Timer>();
  #stopped = false;
  #halted: Error | undefined;

  constructor(options: ConsensusDriverOptions, chain: ChainState) {
    this.#o = options;
    this.#chain = chain;
    // The set cannot change yet (validator changes are a later issue): every height has the genesis members.
    if (chain.height > 0) this.#lastSet = validatorSetAt(chain.validators, chain.height);
    this.#set = this.#lastSet?.incremented(1) ?? validatorSetAt(chain.validators, 1);
    this.#waitingForPeers = options.signer !== undefined && options.signer.last === undefined && chain.validators.length > 1;
    const p = chain.params;
    this.#machine = new Tendermint<Signed>({
      self: toHex(options.keys.publicKey),
      params: { timeoutProposeMs: p.timeoutProposeMs, timeoutPrevoteMs: p.timeoutPrevoteMs, timeoutPrecommitMs: p.timeoutPrecommitMs, timeoutDeltaMs: p.timeoutDeltaMs },
    });
  }

  get chain(): ChainState { return this.#chain; }

  /** Set when the driver stopped on broken state or a bug. */
  get halted(): Error | undefined { return this.#halted; }

  /** Where consensus stands: the height being decided, its round and step. */
  get position(): { height: number; round: number; step: Step; joined: boolean } {
    const s = this.#machine.state;
    // Before it joins (a validator with no signer state waiting for block sync) the machine has not started the height.
    if (this.#waitingForPeers && s.height !== this.#chain.height + 1) return { height: this.#chain.height + 1, round: 0, step: 'propose', joined: false };
    return { height: s.height, round: s.round, step: s.step, joined: true };
  }

  /** Replays the WAL of the current height (if any), carries out what it owes, and goes live. */
  start(): Promise<void> {
    this.#every(this.#o.rebroadcastIntervalMs, () => this.#rebroadcast());
    return this.#enqueue(() => (this.#waitingForPeers ? this.#wait() : this.#recover())).then(() => {
      if (this.#halted) throw this.#halted;
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const t of this.#timers) t.cancel();
    this.#timers.clear();
    await this.#queue;
  }

  /** Block sync heard from a peer and this node is not behind it: a validator waiting for that joins consensus. */
  caughtUp(): Promise<void> {
    if (!this.#waitingForPeers) return Promise.resolve();
    return this.#enqueue(async () => {
      if (!this.#waitingForPeers) return;
      this.#waitingForPeers = false;
      const height = this.#chain.height + 1;
      this.#o.log.info({ height }, 'caught up with the network: joining consensus');
      if (this.#machine.state.height !== height) await this.#recover();
    });
  }

  /** A tx entered the mempool: a proposal this node is waiting to build comes within the batch delay. */
  txArrived(): void {
    const b = this.#build;
    if (b !== undefined) this.#buildAt(b.height, b.round, this.#o.clock.now() + this.#chain.params.batchDelayMs);
  }

  // ---- gossip ---------------------------------------------------------------------------------

  /**
   * The gossip check of a consensus message: 'reject' only what is provably invalid (a bad
   * signature, a non-member or a proposal from the wrong proposer at a height whose set is known),
   * 'ignore' what is stale or too far ahead, 'accept' the rest. Synchronous: one signature check.
   */
  check(payload: ConsensusPayload): Verdict {
    if (this.#stopped || this.#halted) return 'ignore';
    const current = this.#chain.height + 1;
    if (payload.kind === 'vote') {
      const { vote, voteBytes, signature } = payload.vote;
      const set = this.#setOf(vote.height, current, vote.type === ackchain.VoteType.VOTE_TYPE_PRECOMMIT);
      const id = toHex(vote.validator);
      if (set === undefined) return this.#beyond(vote.height, current, id) && verify('vote', vote.validator, voteBytes, signature) ? this.#behind() : 'ignore';
      if (!set.has(id)) return vote.height === current ? 'reject' : 'ignore';
      return verify('vote', vote.validator, voteBytes, signature) ? 'accept' : 'reject';
    }
    const { proposal, proposalBytes, signature } = payload.proposal;
    const id = toHex(proposal.proposer);
    const set = proposal.height === current ? this.#set : proposal.height === current + 1 ? this.#next() : undefined;
    if (set === undefined) {
      return this.#beyond(proposal.height, current, id) && verify('proposal', proposal.proposer, proposalBytes, signature) ? this.#behind() : 'ignore';
    }
    // A proposal of a round far ahead is not stored by the machine; the proposer sends it again.
    const round = proposal.height === current ? this.#machine.state.round : 0;
    if (proposal.round > round + DEFAULT_MAX_ROUNDS_AHEAD) return 'ignore';
    if (!set.has(id) || set.proposerOf(proposal.round).id !== id) return 'reject';
    return verify('proposal', proposal.proposer, proposalBytes, signature) ? 'accept' : 'reject';
  }

  /** The evidence check: both votes by a validator of a known set, both signatures valid. */
  checkEvidence(e: DecodedEvidence): Verdict {
    const set = this.#setOf(e.height, this.#chain.height + 1, true);
    if (set === undefined || !set.has(toHex(e.validator))) return 'ignore';
    try {
      verifyEvidence(e);
      return 'accept';
    } catch (err) {
      if (err instanceof EvidenceError) return 'reject';
      throw err;
    }
  }

  /** A consensus message that passed `check`. */
  deliver(payload: ConsensusPayload, data: Uint8Array): void {
    void this.#enqueue(() => this.#onMessage(payload, data));
  }

  /** The set that signs `height` when it is the last, current or next one (the last only for precommits). */
  #setOf(height: number, current: number, precommit: boolean): ValidatorSet | undefined {
    if (height === current) return this.#set;
    if (height === current + 1) return this.#next();
    if (height === current - 1 && precommit) return this.#lastSet;
    return undefined;
  }

  #beyond(height: number, current: number, id: string): boolean {
    return height > current + 1 && this.#set.has(id);
  }

  #behind(): Verdict {
    this.#o.onBehind?.();
    return 'ignore';
  }

  #next(): ValidatorSet {
    this.#nextSet ??= this.#set.incremented(1);
    return this.#nextSet;
  }

  async #onMessage(payload: ConsensusPayload, data: Uint8Array): Promise<void> {
    const height = payload.kind === 'vote' ? payload.vote.vote.height : payload.proposal.proposal.height;
    const current = this.#chain.height + 1;
    if (height === current && this.#machine.state.height === current) {
      let input: Input<Signed>;
      if (payload.kind === 'vote') {
        input = { type: 'vote', vote: machineVote(payload.vote) };
      } else {
        const proposal = machineProposal(payload.proposal);
        if (!this.#blocks.has(proposal.value)) {
          const held = this.#blocksPerRound.get(proposal.round) ?? 0;
          if (held >= MAX_BLOCKS_PER_ROUND) return;
          this.#blocksPerRound.set(proposal.round, held + 1);
          this.#blocks.set(proposal.value, payload.proposal.block.bytes);
        }
        input = { type: 'proposal', proposal };
      }
      await this.#input({ input, record: messageRecord(data) });
    } else if (height === current || height === current + 1) {
      // The next height, or this one before the machine started it: waiting for peers, whom block sync asks at once.
      if (height === current) this.#o.onBehind?.();
      if (this.#buffered.length < MAX_BUFFERED) this.#buffered.push({ payload, data });
    } else if (height === current - 1 && payload.kind === 'vote') {
      this.#latePrecommit(payload.vote);
    }
  }

  /** A precommit for the last block, in the round it was decided: one more signature for the next block's last_commit. */
  #latePrecommit(d: DecodedVote): void {
    const last = this.#lastCommit;
    const v = d.vote;
    if (last === undefined || v.type !== ackchain.VoteType.VOTE_TYPE_PRECOMMIT || v.height !== last.height || v.round !== last.round) return;
    if (toHex(v.blockHash) !== last.value) return;
    const id = toHex(v.validator);
    if (!last.precommits.has(id)) last.precommits.set(id, { vote: d.voteBytes, signature: d.signature });
  }

  // ---- the queue, timers ----------------------------------------------------------------------

  /** Runs `task` after everything queued; an error halts the driver (it is logged, and `halted` says why). */
  #enqueue(task: () => Promise<void> | void): Promise<void> {
    const run = this.#queue.then(() => (this.#stopped || this.#halted ? undefined : task()));
    this.#queue = run.catch((e: unknown) => this.#halt(e));
    return this.#queue;
  }

  #halt(e: unknown): void {
    if (this.#halted) return;
    this.#halted = e instanceof InvariantError ? e : new InvariantError(`consensus at height ${this.#chain.height + 1} stopped: ${(e as Error).message}`, { cause: e });
    const why = e instanceof InvariantError ? 'the committed state is inconsistent; restore from a backup or resync' : 'an unexpected error; report it with this log';
    this.#o.log.fatal({ err: e, height: this.#chain.height + 1 }, `consensus stopped: ${why}`);
    for (const t of this.#timers) t.cancel();
    this.#timers.clear();
  }

  #after(delayMs: number, fn: () => void): Timer {
    const timer = this.#o.clock.setTimer(delayMs, () => {
      this.#timers.delete(timer);
      if (!this.#stopped) fn();
    });
    this.#timers.add(timer);
    return timer;
  }

  #every(intervalMs: number, task: () => void): void {
    this.#after(intervalMs, () => {
      void this.#enqueue(task);
      this.#every(intervalMs, task);
    });
  }

  // ---- feeding the machine --------------------------------------------------------------------

  /** Logs an input, feeds it, and carries out the actions; inputs they produce (a validation) follow. */
  async #input(fed: Fed): Promise<void> {
    this.#o.wal.append(fed.record);
    await this.#run(this.#machine.handle(fed.input));
  }

  async #run(actions: readonly Action<Signed>[], skip: (a: Action<Signed>) => boolean = () => false): Promise<void> {
    const answers: Fed[] = [];
    for (const action of actions) {
      if (skip(action)) continue;
      const answer = await this.#carryOut(action);
      if (answer !== undefined) answers.push(answer);
    }
    for (const answer of answers) await this.#input(answer);
  }

  async #carryOut(action: Action<Signed>): Promise<Fed | undefined> {
    switch (action.type) {
      case 'scheduleTimeout': {
        const { timeout } = action;
        this.#after(action.durationMs, () => void this.#enqueue(() => this.#input({ input: { type: 'timeout', timeout }, record: timeoutRecord(timeout) })));
        return undefined;
      }
      case 'broadcastProposal':
        await this.#broadcastProposal(action.proposal);
        return undefined;
      case 'broadcastVote':
        await this.#broadcastVote(action.vote);
        return undefined;
      case 'validateProposal': {
        const { height, round, value } = action;
        const valid = await this.#validate(value);
        return { input: { type: 'proposalValidated', height, round, value, valid }, record: validatedRecord(height, round, value, valid) };
      }
      case 'buildProposal':
        this.#scheduleBuild(action.height, action.round);
        return undefined;
      case 'decide':
        await this.#decide(action.height, action.round, action.value, action.commit);
        return undefined;
      case 'evidence':
        this.#evidence(action);
        return undefined;
    }
  }

  // ---- recovery -------------------------------------------------------------------------------

  async #recover(): Promise<void> {
    const height = this.#chain.height + 1;
    const wal = this.#o.wal;
    if (wal.height !== undefined && wal.height > height) {
      throw new Error(`the write-ahead log is at height ${wal.height} but the chain at ${this.#chain.height}: the data directory is inconsistent (was data/chain replaced?); move data/wal aside to start without it`);
    }
    if (wal.height !== height) {
      await this.#enterHeight(height);
      return;
    }
    // A log of this height: it replays, and the buffered messages (that came while waiting for peers) follow.
    this.#startedAt = this.#o.clock.now();
    const entries: WalEntry[] = [];
    for await (const record of wal.replay()) entries.push(decodeWalRecord(record, this.#chain.chainId, this.#o.gossipLimits));
    // Own messages first: the machine asks for them again as it replays the inputs that made them.
    for (const e of entries) if (e.kind === 'own') this.#restoreOwn(e);
    const actions = [...this.#machine.handle({ type: 'start', height, validators: this.#set })];
    const validated = new Set<string>();
    const built = new Set<number>();
    for (const e of entries) {
      const input = this.#replayInput(e);
      if (input === undefined) continue;
      if (e.kind === 'validated') validated.add(e.value);
      if (e.kind === 'built') built.add(e.round);
      actions.push(...this.#machine.handle(input));
    }
    const s = this.#machine.state;
    this.#o.log.info({ height, records: entries.length, round: s.round, step: s.step }, 'replayed the consensus write-ahead log');
    // What the log shows answered is not asked again; timers, signatures and decisions are carried out.
    await this.#run(actions, (a) => (a.type === 'validateProposal' && validated.has(a.value)) || (a.type === 'buildProposal' && built.has(a.round)));
    await this.#drainBuffered();
  }

  /** Waiting for peers: nothing is replayed or started (the WAL's own messages may be what a lost signer state signed). */
  #wait(): void {
    this.#o.log.info({ height: this.#chain.height + 1 }, 'this validator has no signer state (new, or its file was lost): joining consensus once block sync has heard from a peer and caught up');
  }

  #restoreOwn(e: Extract<WalEntry, { kind: 'own' }>): void {
    if (e.message.kind === 'vote') {
      const v = machineVote(e.message.vote);
      this.#own.set(ownKey(v.round, v.type), { message: e.bytes, signed: v.signed! });
    } else {
      const p = machineProposal(e.message.proposal);
      this.#blocks.set(p.value, e.message.proposal.block.bytes);
      this.#own.set(ownKey(p.round, 'proposal'), { message: e.bytes, signed: p.signed! });
    }
  }

  #replayInput(e: WalEntry): Input<Signed> | undefined {
    switch (e.kind) {
      case 'own':
        return undefined;
      case 'message':
        if (e.message.kind === 'vote') return { type: 'vote', vote: machineVote(e.message.vote) };
        this.#blocks.set(toHex(e.message.proposal.block.hash), e.message.proposal.block.bytes);
        return { type: 'proposal', proposal: machineProposal(e.message.proposal) };
      case 'timeout':
        return { type: 'timeout', timeout: e.timeout };
      case 'validated':
        return { type: 'proposalValidated', height: e.height, round: e.round, value: e.value, valid: e.valid };
      case 'built': {
        const value = toHex(decodeBlock(e.block).hash);
        this.#blocks.set(value, e.block);
        return { type: 'valueToPropose', height: e.height, round: e.round, value };
      }
    }
  }

  // ---- heights --------------------------------------------------------------------------------

  /** Enters `height` (the one after the chain's head): a WAL segment, then the machine's start unless it waits for peers. */
  async #enterHeight(height: number): Promise<void> {
    this.#blocks = new Map();
    this.#blocksPerRound = new Map();
    this.#executed = new Map();
    this.#own = new Map();
    this.#build?.timer.cancel();
    this.#build = undefined;
    await this.#o.wal.markHeight(height);
    if (this.#waitingForPeers) return;
    this.#startedAt = this.#o.clock.now();
    await this.#run(this.#machine.handle({ type: 'start', height, validators: this.#set }));
    await this.#drainBuffered();
  }

  /** Feeds the messages that waited for this height to start. */
  async #drainBuffered(): Promise<void> {
    const waiting = this.#buffered;
    this.#buffered = [];
    for (const m of waiting) await this.#onMessage(m.payload, m.data);
  }

  /** The block at the chain's head + 1 is durably committed: the chain, the sets and the mempool move on. */
  #committed(next: ChainState, block: ExecutedBlock, executeMs: number, writeStarted: number): void {
    this.#chain = next;
    this.#lastSet = this.#set;
    this.#set = this.#next();
    this.#nextSet = undefined;
    this.#o.mempool.remove(block.txs.map((t) => t.hash));
    this.#o.evidence.committed(block.height, block.evidence);
    this.#o.onCommit(block, { executeMs: Math.round(executeMs), writeMs: Math.round(performance.now() - writeStarted) });
  }

  async #decide(height: number, round: number, value: string, votes: readonly Vote<Signed>[]): Promise<void> {
    const chain = this.#chain;
    const started = performance.now();
    // Executed when it was validated or built; after a restart, executed again (the same result).
    const block = this.#executed.get(value) ?? await validateBlock(this.#o.store, chain, this.#blocks.get(value)!);
    const executeMs = performance.now() - started;
    const precommits: SignedVote[] = [];
    for (const v of votes) {
      const signed = (v.signed ?? this.#own.get(ownKey(round, 'precommit'))?.signed) as SignedVote | undefined;
      if (signed !== undefined) precommits.push(signed);
    }
    // The machine counts its own precommit at once; if the signer refused to sign it (it signed
    // something else here before a restart), the others' may fall short: block sync brings the block.
    const power = new Map(chain.validators.map((v) => [toHex(v.publicKey), v.power]));
    const signedPower = precommits.reduce((sum, p) => sum + (power.get(toHex(decode.vote(p.vote).validator)) ?? 0), 0);
    const total = chain.validators.reduce((sum, v) => sum + v.power, 0);
    if (signedPower * 3 <= total * 2) {
      this.#o.log.warn({ height, round, value }, 'decided, but without enough signed precommits to commit; waiting for block sync');
      this.#o.onBehind?.();
      return;
    }
    const commit = encodeCommit(height, round, value, precommits);
    const writeStarted = performance.now();
    const next = await commitBlock(this.#o.store, chain, block, commit);
    this.#lastCommit = { height, round, value, precommits: new Map(precommits.map((p) => [toHex(decode.vote(p.vote).validator), p])), stored: precommits.length };
    this.#committed(next, block, executeMs, writeStarted);
    await this.#enterHeight(height + 1);
  }

  // ---- block sync -----------------------------------------------------------------------------

  /**
   * Commits blocks fetched from a peer, in height order from the chain's head + 1: each is executed
   * (validateBlock) and its commit verified against the set of its height before it is written.
   * Resolves with how many were committed; stops at the first one that does not follow or is invalid.
   */
  applySynced(blocks: readonly SyncedBlock[]): Promise<number> {
    let applied = 0;
    return this.#enqueue(async () => {
      for (const { block: b, commit } of blocks) {
        const chain = this.#chain;
        if (b.header.height <= chain.height) continue;
        if (b.header.height !== chain.height + 1) break;
        const started = performance.now();
        let block: ExecutedBlock;
        try {
          block = await validateBlock(this.#o.store, chain, b.bytes, { knownTx: (hash) => this.#o.mempool.get(hash) });
          verifyCommit(commit, { chainId: chain.chainId, height: block.height, blockHash: block.hash, validators: chain.validators });
        } catch (e) {
          if (!isPeersFault(e)) throw e;
          this.#o.log.warn({ height: b.header.height, err: (e as Error).message }, 'refused a block from block sync');
          break;
        }
        const executeMs = performance.now() - started;
        const writeStarted = performance.now();
        const next = await commitBlock(this.#o.store, chain, block, commit);
        this.#lastCommit = undefined;
        this.#committed(next, block, executeMs, writeStarted);
        applied++;
      }
      if (applied > 0) {
        this.#o.log.info({ height: this.#chain.height, blocks: applied }, 'committed blocks from block sync');
        await this.#enterHeight(this.#chain.height + 1);
      }
    }).then(() => applied);
  }

  // ---- proposing ------------------------------------------------------------------------------

  /**
   * This node proposes at (height, round): build when txs have waited the batch delay, or when the
   * empty-block interval since the height began has passed (at most half of timeout_propose, so
   * that an empty block never makes the others time out).
   */
  #scheduleBuild(height: number, round: number): void {
    const p = this.#chain.params;
    const wait = this.#o.mempool.size > 0 ? p.batchDelayMs : Math.min(p.emptyBlockIntervalMs, Math.floor(p.timeoutProposeMs / 2));
    this.#buildAt(height, round, this.#startedAt + wait);
  }

  #buildAt(height: number, round: number, dueAt: number): void {
    const current = this.#build;
    if (current !== undefined && current.height === height && current.round === round && current.dueAt <= dueAt) return;
    current?.timer.cancel();
    const build: PendingBuild = {
      height, round, dueAt,
      timer: this.#after(Math.max(0, dueAt - this.#o.clock.now()), () => void this.#enqueue(() => this.#buildNow(build))),
    };
    this.#build = build;
  }

  async #buildNow(build: PendingBuild): Promise<void> {
    if (this.#build !== build) return;
    this.#build = undefined;
    const s = this.#machine.state;
    if (s.height !== build.height || s.round !== build.round || s.decision !== null) return;
    const { store, mempool, clock } = this.#o;
    const chain = this.#chain;
    const timeMs = Math.max(clock.now(), chain.timeMs + 1);
    mempool.evictExpired(timeMs);
    const candidates = mempool.reap(chain.params.maxBlockTxs, chain.params.maxBlockBytes);
    const { block, excluded, excludedEvidence } = await buildBlock(store, this.#withLateCommits(chain), {
      timeMs, proposer: this.#o.keys.publicKey, candidates, evidence: this.#o.evidence.pending(chain.height + 1),
    });
    // Committed already (resubmitted while its block was being written): never again.
    mempool.remove(excluded.filter((e) => e.reason.code === Code.duplicate).map((e) => e.tx.hash));
    // Pending evidence is of heights this block takes, so what it left out no block ever will.
    for (const e of excludedEvidence) this.#o.log.info({ height: block.height, reason: e.reason }, 'left evidence out of the block and dropped it');
    this.#o.evidence.drop(excludedEvidence.map((e) => e.evidence));
    const value = toHex(block.hash);
    this.#blocks.set(value, block.blockBytes);
    this.#executed.set(value, block);
    await this.#input({ input: { type: 'valueToPropose', height: build.height, round: build.round, value }, record: builtRecord(build.height, build.round, block.blockBytes) });
  }

  /** The chain with every precommit for its head gathered so far as the next block's last_commit. */
  #withLateCommits(chain: ChainState): ChainState {
    const last = this.#lastCommit;
    if (last === undefined || last.height !== chain.height || last.precommits.size === last.stored) return chain;
    const ordered = chain.lastValidators.map((v) => last.precommits.get(toHex(v.publicKey))).filter((p) => p !== undefined);
    return { ...chain, lastCommit: encodeCommit(last.height, last.round, last.value, ordered) };
  }

  async #validate(value: string): Promise<boolean> {
    const bytes = this.#blocks.get(value);
    if (bytes === undefined) return false;
    const chain = this.#chain;
    try {
      const block = await validateBlock(this.#o.store, chain, bytes, { knownTx: (hash) => this.#o.mempool.get(hash), nowMs: this.#o.clock.now() });
      this.#executed.set(value, block);
      return true;
    } catch (e) {
      if (!(e instanceof BlockError)) throw e;
      this.#o.log.warn({ height: chain.height + 1, value, err: e.message }, 'invalid proposal: prevoting nil');
      return false;
    }
  }

  // ---- signing and publishing -----------------------------------------------------------------

  async #broadcastVote(vote: Vote<Signed>): Promise<void> {
    const key = ownKey(vote.round, vote.type);
    let own = this.#own.get(key);
    if (own === undefined) {
      const { chainId } = this.#chain;
      const self = this.#o.keys.publicKey;
      const same = (bytes: Uint8Array): boolean => {
        const v = decode.vote(bytes);
        return v.type === voteTypeCode(vote.type) && toHex(v.blockHash) === (vote.value ?? '') && equalBytes(v.validator, self);
      };
      const signed = await this.#sign(vote.height, vote.round, vote.type, 'vote', (ts) => voteSignBytes(chainId, vote, ts, self), same);
      if (signed === undefined) return;
      const sv: SignedVote = { vote: signed.bytes, signature: signed.signature };
      own = this.#remember(key, { message: encodeConsensusMessage({ kind: 'vote', vote: sv }), signed: sv });
    }
    this.#publish('consensus', own.message);
  }

  async #broadcastProposal(proposal: Proposal<Signed>): Promise<void> {
    const key = ownKey(proposal.round, 'proposal');
    let own = this.#own.get(key);
    if (own === undefined) {
      const block = this.#blocks.get(proposal.value);
      if (block === undefined) throw new Error(`no block ${proposal.value} to propose at height ${proposal.height}`);
      const { chainId } = this.#chain;
      const self = this.#o.keys.publicKey;
      const same = (bytes: Uint8Array): boolean => {
        const p = decodeProposal(bytes);
        return toHex(p.blockHash) === proposal.value && p.validRound === proposal.validRound;
      };
      const signed = await this.#sign(proposal.height, proposal.round, 'proposal', 'proposal', (ts) => proposalSignBytes(chainId, proposal, ts, self), same);
      if (signed === undefined) return;
      const sp: SignedProposal = { proposal: signed.bytes, signature: signed.signature, block };
      own = this.#remember(key, { message: encodeConsensusMessage({ kind: 'proposal', proposal: sp }), signed: sp });
    }
    this.#publish('consensus', own.message);
  }

  #remember(key: string, own: Own): Own {
    this.#own.set(key, own);
    // Durable with the next flush (before the next signature): after a crash the same copy is sent again.
    this.#o.wal.append(messageRecord(own.message, true));
    return own;
  }

  /**
   * Signs a vote or proposal once the inputs that led to it are on disk and the signer state has
   * recorded it. If the signer's last record is this very (height, round, step) for the same
   * value, a crash came between signing and logging: its exact bytes are signed again (Ed25519 is
   * deterministic). Undefined when the signer refuses: this node signed something else here before.
   */
  async #sign(height: number, round: number, step: SignStep, domain: 'vote' | 'proposal', fresh: (timestampMs: number) => Uint8Array,
    same: (signBytes: Uint8Array) => boolean): Promise<{ bytes: Uint8Array; signature: Uint8Array } | undefined> {
    const signer = this.#o.signer;
    if (signer === undefined) throw new Error('this node is in the validator set but has no signer state');
    if (this.#waitingForPeers) throw new Error(`asked to sign ${height}/${round}/${step} before joining consensus`);
    await this.#o.wal.flush();
    const last = signer.last;
    const again = last !== undefined && last.height === height && last.round === round && last.step === step && same(last.signBytes);
    const bytes = again ? last.signBytes : fresh(this.#o.clock.now());
    try {
      await signer.checkAndRecord({ height, round, step, signBytes: bytes });
    } catch (e) {
      if (!(e instanceof DoubleSignError)) throw e;
      this.#o.log.error({ height, round, step, err: e.message }, 'not signing: this validator signed another message here before');
      return undefined;
    }
    return { bytes, signature: sign(domain, bytes, this.#o.keys.privateKey) };
  }

  #publish(kind: 'consensus' | 'evidence', data: Uint8Array): void {
    this.#o.network.publish(kind, data).catch((e: unknown) => {
      this.#o.log.warn({ kind, err: (e as Error).message }, 'publishing failed; the next rebroadcast retries');
    });
  }

  #rebroadcast(): void {
    for (const own of this.#own.values()) this.#publish('consensus', own.message);
  }

  #evidence(action: EvidenceAction<Signed>): void {
    this.#o.log.warn({ kind: action.kind, height: action.first.height, round: action.first.round, validator: action.first.from }, 'a validator signed two different messages');
    if (action.kind === 'proposal') return; // no wire format for proposal evidence yet
    const a = action.first.signed as SignedVote | undefined;
    const b = action.second.signed as SignedVote | undefined;
    if (a === undefined || b === undefined) return;
    const [voteA, voteB] = compareBytes(a.vote, b.vote) < 0 ? [a, b] : [b, a];
    const bytes = encodeEvidence({ voteA, voteB });
    try {
      this.#o.evidence.add(checkEvidence(bytes, this.#chain.chainId));
    } catch (e) {
      // Both votes passed the gossip check and name two values: this would be a bug, not worth halting on.
      if (!(e instanceof EvidenceError || e instanceof DecodeError)) throw e;
      this.#o.log.error({ err: e.message }, 'the machine reported evidence that does not check');
      return;
    }
    this.#publish('evidence', bytes);
  }
}
