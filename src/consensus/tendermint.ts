// Tendermint consensus as a pure, deterministic state machine: Algorithm 1 of "The latest gossip
// on BFT consensus" (Buchman, Kwon, Milosevic 2018). `handle(input)` applies one input (a message,
// a timeout, the host's answer) and returns the actions the host must carry out, in order. No I/O,
// no clock, no randomness, no promises: the same inputs give the same actions, which is what WAL
// replay and the seeded simulation rely on.
//
// Rules are named after their lines in the paper. After every input the machine re-evaluates the
// "upon" rules until none fires (in the order L49, L55, L22, L28, L36, L44, L34, L47: progress
// before timers, so that a polka that completes a 2f+1 precommits at once rather than scheduling a
// timeout first).
//
// Where this machine goes beyond the paper (each one a liveness or bookkeeping matter, never safety):
// - The host decides when the next height starts: `decide` leaves the machine waiting for
//   `start(h + 1, validators)` (the host commits the block first and knows the next set).
// - A proposer that has to ask the host for a block (L16 getValue) also schedules timeoutPropose,
//   so that a host that never answers cannot hold this node in step propose.
// - valid(v) is asynchronous: a rule that needs it waits for `proposalValidated`. L22 and L28
//   prevote nil without waiting when the lock already forbids v (valid(v) cannot change that).
// - L49 accepts any proposal of v at this height, not only the one of the deciding round: the
//   proposal is needed only to have the block, and v is the block's id.
// - Messages of rounds more than `maxRoundsAhead` beyond the current one are not stored; for L55
//   the machine remembers each validator's highest such round and starts round R when validators
//   with more than 1/3 of the power have sent messages of rounds >= R (at least one of them honest).
// - A node whose `self` is not in the set follows the rounds and decides, and sends nothing.

import { RoundMessages } from './round-messages.ts';
import type { ValidatorSet } from './validator-set.ts';
import {
  timeoutDuration,
  type Action, type Input, type Proposal, type Step, type Timeout, type TimeoutKind, type TimeoutParams,
  type ValidatorId, type ValueId, type Vote, type VoteType,
} from './types.ts';

export const DEFAULT_MAX_ROUNDS_AHEAD = 10;

export interface TendermintOptions {
  /** This node's validator id (hex public key), or null for a node that follows without voting. */
  readonly self: ValidatorId | null;
  readonly params: TimeoutParams;
  /** Messages of rounds up to current + maxRoundsAhead are kept (default 10). */
  readonly maxRoundsAhead?: number;
}

/** A snapshot of the paper's variables, for logs, metrics and tests. */
export interface ConsensusState {
  /** -1 before the first `start`. */
  readonly height: number;
  readonly round: number;
  readonly step: Step;
  readonly lockedValue: ValueId | null;
  readonly lockedRound: number;
  readonly validValue: ValueId | null;
  readonly validRound: number;
  /** Set by L49 until the next `start`. */
  readonly decision: { readonly round: number; readonly value: ValueId } | null;
}

function isNonNegativeInteger(round: unknown): round is number {
  return Number.isSafeInteger(round) && (round as number) >= 0;
}

export class Tendermint<S = unknown> {
  readonly #self: ValidatorId | null;
  readonly #params: TimeoutParams;
  readonly #maxRoundsAhead: number;

  #validators: ValidatorSet | null = null;
  // The paper's variables (h_p, round_p, step_p, lockedValue_p, ...).
  #height = -1;
  #round = 0;
  #step: Step = 'propose';
  #lockedValue: ValueId | null = null;
  #lockedRound = -1;
  #validValue: ValueId | null = null;
  #validRound = -1;
  #decision: { round: number; value: ValueId } | null = null;

  // Messages of the current height, by round (past rounds and up to maxRoundsAhead ahead).
  #rounds = new Map<number, RoundMessages<S>>();
  /** Beyond the window: each validator's highest round seen (L55 only). */
  #farRounds = new Map<ValidatorId, number>();
  /** valid(v) of the values proposed at this height: 'pending' while the host executes. */
  #validity = new Map<ValueId, boolean | 'pending'>();
  /** Values with a stored proposal at this height (any round). */
  #proposedValues = new Set<ValueId>();

  // "For the first time" flags of the current round, reset by StartRound (Tendermint issue 3199).
  #timeoutPrevoteScheduled = false; // L34
  #polkaSeen = false; // L36
  #timeoutPrecommitScheduled = false; // L47
  /** This node is the round's proposer and waits for `valueToPropose`. */
  #awaitingValue = false;

  constructor(options: TendermintOptions) {
    const ahead = options.maxRoundsAhead ?? DEFAULT_MAX_ROUNDS_AHEAD;
    if (!Number.isSafeInteger(ahead) || ahead < 1) throw new RangeError(`maxRoundsAhead must be a positive integer, got ${ahead}`);
    this.#self = options.self;
    this.#params = options.params;
    this.#maxRoundsAhead = ahead;
  }

  get state(): ConsensusState {
    return {
      height: this.#height, round: this.#round, step: this.#step,
      lockedValue: this.#lockedValue, lockedRound: this.#lockedRound,
      validValue: this.#validValue, validRound: this.#validRound,
      decision: this.#decision === null ? null : { ...this.#decision },
    };
  }

  /** The validator set of the current height (null before the first start). */
  get validators(): ValidatorSet | null {
    return this.#validators;
  }

  /** Applies one input and returns the actions to carry out, in order. */
  handle(input: Input<S>): Action<S>[] {
    const out: Action<S>[] = [];
    switch (input.type) {
      case 'start': this.#start(input.height, input.validators, out); break;
      case 'proposal': this.#onProposal(input.proposal, out); break;
      case 'vote': this.#onVote(input.vote, out); break;
      case 'timeout': this.#onTimeout(input.timeout, out); break;
      case 'proposalValidated': this.#onProposalValidated(input.height, input.value, input.valid); break;
      case 'valueToPropose': this.#onValueToPropose(input.height, input.round, input.value, out); break;
      default: throw new TypeError(`unknown input ${(input as { type: unknown }).type}`);
    }
    this.#run(out);
    return out;
  }

  // ---- inputs -------------------------------------------------------------------------------

  /** Start of a height (paper: initialization and L49-54's move to h_p + 1). */
  #start(height: number, validators: ValidatorSet, out: Action<S>[]): void {
    if (!isNonNegativeInteger(height)) throw new RangeError(`height must be a non-negative integer, got ${height}`);
    if (this.#height >= 0 && height <= this.#height) throw new RangeError(`start(${height}) after height ${this.#height}: heights only go up`);
    this.#validators = validators;
    this.#height = height;
    this.#lockedValue = null;
    this.#lockedRound = -1;
    this.#validValue = null;
    this.#validRound = -1;
    this.#decision = null;
    this.#rounds = new Map();
    this.#farRounds = new Map();
    this.#validity = new Map();
    this.#proposedValues = new Set();
    this.#startRound(0, out);
  }

  #onProposal(proposal: Proposal<S>, out: Action<S>[]): void {
    const validators = this.#activeSet();
    if (validators === null || proposal.height !== this.#height) return;
    const { round, validRound, value, from } = proposal;
    if (!isNonNegativeInteger(round) || typeof value !== 'string' || !Number.isSafeInteger(validRound) || validRound < -1 || validRound >= round) return;
    if (!validators.has(from)) return;
    if (round > this.#round + this.#maxRoundsAhead) {
      this.#noteFarRound(from, round);
      return;
    }
    if (validators.proposerOf(round).id !== from) return;
    this.#storeProposal(proposal, out);
  }

  #onVote(vote: Vote<S>, out: Action<S>[]): void {
    const validators = this.#activeSet();
    if (validators === null || vote.height !== this.#height) return;
    if (!isNonNegativeInteger(vote.round) || (vote.type !== 'prevote' && vote.type !== 'precommit')) return;
    if (vote.value !== null && typeof vote.value !== 'string') return;
    const power = validators.powerOf(vote.from);
    if (power === 0n) return;
    if (vote.round > this.#round + this.#maxRoundsAhead) {
      this.#noteFarRound(vote.from, vote.round);
      return;
    }
    this.#storeVote(vote, power, out);
  }

  /** L57, L61, L65: each timeout acts only if it still applies to (h_p, round_p, step_p). */
  #onTimeout(timeout: Timeout, out: Action<S>[]): void {
    if (this.#activeSet() === null || timeout.height !== this.#height || timeout.round !== this.#round) return;
    switch (timeout.kind) {
      case 'propose': // L57-60 OnTimeoutPropose
        if (this.#step === 'propose') {
          this.#broadcastVote('prevote', null, out);
          this.#step = 'prevote';
        }
        return;
      case 'prevote': // L61-64 OnTimeoutPrevote
        if (this.#step === 'prevote') {
          this.#broadcastVote('precommit', null, out);
          this.#step = 'precommit';
        }
        return;
      case 'precommit': // L65-67 OnTimeoutPrecommit
        this.#startRound(this.#round + 1, out);
        return;
    }
  }

  #onProposalValidated(height: number, value: ValueId, valid: boolean): void {
    if (this.#activeSet() === null || height !== this.#height) return;
    if (this.#validity.get(value) === 'pending') this.#validity.set(value, valid === true);
  }

  /** L16-19, second half: the host built getValue(); propose it with vr = -1. */
  #onValueToPropose(height: number, round: number, value: ValueId, out: Action<S>[]): void {
    if (this.#activeSet() === null || height !== this.#height || round !== this.#round || !this.#awaitingValue) return;
    if (typeof value !== 'string') return;
    this.#awaitingValue = false;
    this.#broadcastProposal(value, -1, out);
  }

  // ---- the paper's functions ----------------------------------------------------------------

  /** L11-21 StartRound(round). */
  #startRound(round: number, out: Action<S>[]): void {
    const validators = this.#validators!;
    this.#round = round; // L12
    this.#step = 'propose'; // L13
    this.#timeoutPrevoteScheduled = false;
    this.#polkaSeen = false;
    this.#timeoutPrecommitScheduled = false;
    this.#awaitingValue = false;
    if (this.#self !== null && validators.proposerOf(round).id === this.#self) { // L14
      if (this.#validValue !== null) {
        this.#broadcastProposal(this.#validValue, this.#validRound, out); // L15-19: validValue with validRound
      } else {
        out.push({ type: 'buildProposal', height: this.#height, round }); // L17 getValue(), then vr = -1
        this.#awaitingValue = true;
        this.#scheduleTimeout('propose', out); // beyond the paper: the host may never answer
      }
    } else {
      this.#scheduleTimeout('propose', out); // L21
    }
  }

  /** L19 broadcast ⟨PROPOSAL, h_p, round_p, proposal, validRound⟩; the proposal reaches this node too. */
  #broadcastProposal(value: ValueId, validRound: number, out: Action<S>[]): void {
    const proposal: Proposal<S> = { height: this.#height, round: this.#round, value, validRound, from: this.#self! };
    out.push({ type: 'broadcastProposal', proposal });
    // Our own block: the host executed it when it built it (or it is validValue, valid at L36).
    if (typeof this.#validity.get(value) !== 'boolean') this.#validity.set(value, true);
    this.#storeProposal(proposal, out);
  }

  /** broadcast ⟨PREVOTE|PRECOMMIT, h_p, round_p, value⟩; counted at once (the node hears itself). */
  #broadcastVote(type: VoteType, value: ValueId | null, out: Action<S>[]): void {
    const validators = this.#validators!;
    if (this.#self === null || !validators.has(this.#self)) return;
    const vote: Vote<S> = { type, height: this.#height, round: this.#round, value, from: this.#self };
    out.push({ type: 'broadcastVote', vote });
    this.#storeVote(vote, validators.powerOf(this.#self), out);
  }

  #scheduleTimeout(kind: TimeoutKind, out: Action<S>[]): void {
    out.push({
      type: 'scheduleTimeout',
      timeout: { kind, height: this.#height, round: this.#round },
      durationMs: timeoutDuration(this.#params, kind, this.#round),
    });
  }

  // ---- message book -------------------------------------------------------------------------

  #activeSet(): ValidatorSet | null {
    return this.#decision === null ? this.#validators : null;
  }

  #roundMessages(round: number): RoundMessages<S> {
    let messages = this.#rounds.get(round);
    if (messages === undefined) {
      messages = new RoundMessages<S>();
      this.#rounds.set(round, messages);
    }
    return messages;
  }

  #noteFarRound(from: ValidatorId, round: number): void {
    if ((this.#farRounds.get(from) ?? -1) < round) this.#farRounds.set(from, round);
  }

  #storeProposal(proposal: Proposal<S>, out: Action<S>[]): void {
    const messages = this.#roundMessages(proposal.round);
    const result = messages.addProposal(proposal);
    if (result.kind === 'duplicate') return;
    if (result.kind === 'equivocation') {
      if (result.report) out.push({ type: 'evidence', kind: 'proposal', first: result.first, second: proposal });
      if (!result.stored) return;
    }
    messages.addSender(proposal.from, this.#validators!.powerOf(proposal.from));
    this.#proposedValues.add(proposal.value);
    if (!this.#validity.has(proposal.value)) {
      this.#validity.set(proposal.value, 'pending');
      out.push({ type: 'validateProposal', height: this.#height, round: proposal.round, value: proposal.value });
    }
  }

  #storeVote(vote: Vote<S>, power: bigint, out: Action<S>[]): void {
    const messages = this.#roundMessages(vote.round);
    const result = messages.tally(vote.type).add(vote, power);
    if (result.kind === 'duplicate') return;
    if (result.kind === 'equivocation') {
      if (result.report) out.push({ type: 'evidence', kind: vote.type, first: result.first, second: vote });
      return;
    }
    messages.addSender(vote.from, power);
  }

  // ---- the "upon" rules ---------------------------------------------------------------------

  #run(out: Action<S>[]): void {
    while (this.#activeSet() !== null) {
      if (this.#decideL49(out)) return;
      if (this.#skipRoundL55(out)) continue;
      if (this.#step === 'propose' && (this.#prevoteL22(out) || this.#prevoteL28(out))) continue;
      if (this.#lockL36(out)) continue;
      if (this.#precommitNilL44(out)) continue;
      if (this.#scheduleTimeoutPrevoteL34(out)) continue;
      if (this.#scheduleTimeoutPrecommitL47(out)) continue;
      return;
    }
  }

  /** A validity answer for `value`: true or false, or undefined while the host has not answered. */
  #valid(value: ValueId): boolean | undefined {
    const valid = this.#validity.get(value);
    return typeof valid === 'boolean' ? valid : undefined;
  }

  /**
   * L22-27: the proposer's ⟨PROPOSAL, h_p, round_p, v, -1⟩ in step propose: prevote id(v) iff
   * valid(v) and (lockedRound = -1 or lockedValue = v), else nil.
   */
  #prevoteL22(out: Action<S>[]): boolean {
    for (const proposal of this.#rounds.get(this.#round)?.proposals ?? []) {
      if (proposal.validRound !== -1) continue;
      const lockAllows = this.#lockedRound === -1 || this.#lockedValue === proposal.value;
      if (this.#prevoteOnProposal(proposal.value, lockAllows, out)) return true;
    }
    return false;
  }

  /**
   * L28-33: the proposer's ⟨PROPOSAL, h_p, round_p, v, vr⟩ with 0 <= vr < round_p and 2f+1
   * ⟨PREVOTE, h_p, vr, id(v)⟩, in step propose: prevote id(v) iff valid(v) and (lockedRound <= vr
   * or lockedValue = v), else nil. Until the vr polka arrives nothing happens, and timeoutPropose
   * (L57) stays in force.
   */
  #prevoteL28(out: Action<S>[]): boolean {
    const validators = this.#validators!;
    for (const proposal of this.#rounds.get(this.#round)?.proposals ?? []) {
      const vr = proposal.validRound;
      if (vr < 0 || vr >= this.#round) continue;
      const polka = this.#rounds.get(vr)?.prevotes.powerFor(proposal.value) ?? 0n;
      if (!validators.hasQuorum(polka)) continue;
      const lockAllows = this.#lockedRound <= vr || this.#lockedValue === proposal.value;
      if (this.#prevoteOnProposal(proposal.value, lockAllows, out)) return true;
    }
    return false;
  }

  /** L23-27 / L29-33: the prevote itself; false while valid(v) is still unknown and matters. */
  #prevoteOnProposal(value: ValueId, lockAllows: boolean, out: Action<S>[]): boolean {
    const valid = this.#valid(value);
    if (lockAllows && valid === undefined) return false;
    this.#broadcastVote('prevote', lockAllows && valid === true ? value : null, out);
    this.#step = 'prevote';
    return true;
  }

  /** L34-35: 2f+1 ⟨PREVOTE, h_p, round_p, *⟩ in step prevote, for the first time: schedule timeoutPrevote. */
  #scheduleTimeoutPrevoteL34(out: Action<S>[]): boolean {
    if (this.#step !== 'prevote' || this.#timeoutPrevoteScheduled) return false;
    const prevotes = this.#rounds.get(this.#round)?.prevotes.total ?? 0n;
    if (!this.#validators!.hasQuorum(prevotes)) return false;
    this.#timeoutPrevoteScheduled = true;
    this.#scheduleTimeout('prevote', out);
    return true;
  }

  /**
   * L36-43: the proposer's ⟨PROPOSAL, h_p, round_p, v, *⟩ and 2f+1 ⟨PREVOTE, h_p, round_p, id(v)⟩,
   * valid(v), step >= prevote, for the first time: in step prevote lock v and precommit it; in
   * either step, validValue = v and validRound = round_p.
   */
  #lockL36(out: Action<S>[]): boolean {
    if (this.#step === 'propose' || this.#polkaSeen) return false;
    const messages = this.#rounds.get(this.#round);
    if (messages === undefined) return false;
    for (const proposal of messages.proposals) {
      if (this.#valid(proposal.value) !== true) continue;
      if (!this.#validators!.hasQuorum(messages.prevotes.powerFor(proposal.value))) continue;
      this.#polkaSeen = true;
      if (this.#step === 'prevote') {
        this.#lockedValue = proposal.value; // L38
        this.#lockedRound = this.#round; // L39
        this.#broadcastVote('precommit', proposal.value, out); // L40
        this.#step = 'precommit'; // L41
      }
      this.#validValue = proposal.value; // L42
      this.#validRound = this.#round; // L43
      return true;
    }
    return false;
  }

  /** L44-46: 2f+1 ⟨PREVOTE, h_p, round_p, nil⟩ in step prevote: precommit nil. The lock stays (there is no unlock rule). */
  #precommitNilL44(out: Action<S>[]): boolean {
    if (this.#step !== 'prevote') return false;
    const nil = this.#rounds.get(this.#round)?.prevotes.powerFor(null) ?? 0n;
    if (!this.#validators!.hasQuorum(nil)) return false;
    this.#broadcastVote('precommit', null, out);
    this.#step = 'precommit';
    return true;
  }

  /** L47-48: 2f+1 ⟨PRECOMMIT, h_p, round_p, *⟩ for the first time: schedule timeoutPrecommit. */
  #scheduleTimeoutPrecommitL47(out: Action<S>[]): boolean {
    if (this.#timeoutPrecommitScheduled) return false;
    const precommits = this.#rounds.get(this.#round)?.precommits.total ?? 0n;
    if (!this.#validators!.hasQuorum(precommits)) return false;
    this.#timeoutPrecommitScheduled = true;
    this.#scheduleTimeout('precommit', out);
    return true;
  }

  /**
   * L49-54: a proposal of v and 2f+1 ⟨PRECOMMIT, h_p, r, id(v)⟩ for ANY round r, valid(v), no
   * decision yet: decide v, and reset the lock and valid state (L53). The next height's round 0
   * begins with the host's `start`.
   */
  #decideL49(out: Action<S>[]): boolean {
    const validators = this.#validators!;
    for (const [round, messages] of this.#rounds) {
      for (const value of messages.precommits.values()) {
        if (!validators.hasQuorum(messages.precommits.powerFor(value))) continue;
        if (!this.#proposedValues.has(value) || this.#valid(value) !== true) continue;
        this.#decision = { round, value };
        this.#lockedValue = null;
        this.#lockedRound = -1;
        this.#validValue = null;
        this.#validRound = -1;
        out.push({ type: 'decide', height: this.#height, round, value, commit: messages.precommits.votesFor(value, validators) });
        return true;
      }
    }
    return false;
  }

  /** L55-56: f+1 ⟨*, h_p, round, *, *⟩ with round > round_p: StartRound(round) (the highest such round). */
  #skipRoundL55(out: Action<S>[]): boolean {
    const validators = this.#validators!;
    let target = -1;
    for (const [round, messages] of this.#rounds) {
      if (round > this.#round && round > target && validators.hasOneThirdPlus(messages.senderPower)) target = round;
    }
    // Beyond the window: validators with more than 1/3 of the power sent messages of rounds >= R.
    const far = [...this.#farRounds].filter(([, round]) => round > this.#round).sort((a, b) => b[1] - a[1]);
    let power = 0n;
    for (const [id, round] of far) {
      power += validators.powerOf(id);
      if (validators.hasOneThirdPlus(power)) {
        if (round > target) target = round;
        break;
      }
    }
    if (target < 0) return false;
    this.#startRound(target, out);
    return true;
  }
}
