// The messages, inputs and actions of the Tendermint state machine (tendermint.ts). Values are
// opaque ids (the host uses the block hash in hex); validators are named by the lowercase hex of
// their Ed25519 public key. Nothing here knows an encoding, a clock or a socket.
//
// `S` is the host's own payload riding on a message it received (typically the signed bytes and
// the signature). The machine never looks at it; it hands the same objects back in `decide.commit`
// and `evidence`, so the host can build a block's last_commit and an evidence record from them.

import type { ValidatorId, ValidatorSet } from './validator-set.ts';

export type { ValidatorId } from './validator-set.ts';

/** The id of a proposed value (a block hash as hex). `null` is the paper's nil. */
export type ValueId = string;

export type Step = 'propose' | 'prevote' | 'precommit';
export type VoteType = 'prevote' | 'precommit';
export type TimeoutKind = 'propose' | 'prevote' | 'precommit';

export interface Proposal<S = unknown> {
  readonly height: number;
  readonly round: number;
  readonly value: ValueId;
  /** The paper's vr: -1, or the earlier round (0 <= vr < round) in which the proposer saw a polka for value. */
  readonly validRound: number;
  readonly from: ValidatorId;
  /** The host's payload (signed bytes, signature); never read by the machine. */
  readonly signed?: S;
}

export interface Vote<S = unknown> {
  readonly type: VoteType;
  readonly height: number;
  readonly round: number;
  /** `null` is a vote for nil. */
  readonly value: ValueId | null;
  readonly from: ValidatorId;
  /** The host's payload (signed bytes, signature); never read by the machine. */
  readonly signed?: S;
}

export interface Timeout {
  readonly kind: TimeoutKind;
  readonly height: number;
  readonly round: number;
}

/** The timeouts of the consensus parameters (chain/genesis.ts DEFAULT_PARAMS fits this shape). */
export interface TimeoutParams {
  readonly timeoutProposeMs: number;
  readonly timeoutPrevoteMs: number;
  readonly timeoutPrecommitMs: number;
  /** Added once per round to each base timeout: duration = base + delta * round. */
  readonly timeoutDeltaMs: number;
}

/**
 * What the host feeds the machine. Network messages must already be signature-checked (the
 * signature of `from` over exactly these fields); the machine checks membership, the proposer,
 * heights, round ranges and duplicates itself.
 */
export type Input<S = unknown> =
  /** Begin `height` (the first one, or the next after `decide` was committed, or a later one after catch-up). */
  | { readonly type: 'start'; readonly height: number; readonly validators: ValidatorSet }
  | { readonly type: 'proposal'; readonly proposal: Proposal<S> }
  | { readonly type: 'vote'; readonly vote: Vote<S> }
  /** A timer that a `scheduleTimeout` action asked for has expired. */
  | { readonly type: 'timeout'; readonly timeout: Timeout }
  /** The answer to `validateProposal`: valid(v), the host having executed the block. */
  | { readonly type: 'proposalValidated'; readonly height: number; readonly round: number; readonly value: ValueId; readonly valid: boolean }
  /** The answer to `buildProposal`: the id of the block the host built and executed (so valid). */
  | { readonly type: 'valueToPropose'; readonly height: number; readonly round: number; readonly value: ValueId };

/**
 * What the machine asks the host to do, in order.
 *
 * Never sign twice: for `broadcastProposal` and `broadcastVote`, the host must durably record
 * (fsync) the height, round and step it is about to sign *before* the signed message leaves the
 * process, and must refuse to sign a different message for a (height, round, step) it has already
 * signed; after a crash it resumes from that record. While it replays its write-ahead log into a
 * fresh machine it must send nothing: the same actions come out again and are already on record.
 */
export type Action<S = unknown> =
  /** Sign the proposal (this node is the round's proposer) and broadcast it with the block. See the never-sign-twice rule above. */
  | { readonly type: 'broadcastProposal'; readonly proposal: Proposal<S> }
  /** Sign the vote and broadcast it. See the never-sign-twice rule above. The machine has already counted it: do not feed it back (a copy fed back is ignored as a duplicate). */
  | { readonly type: 'broadcastVote'; readonly vote: Vote<S> }
  /** Feed `{type: 'timeout', timeout}` back after durationMs. Timers are never cancelled: a stale one is ignored. */
  | { readonly type: 'scheduleTimeout'; readonly timeout: Timeout; readonly durationMs: number }
  /** Execute the proposed block `value` and answer with `proposalValidated`. Asked once per value and height. */
  | { readonly type: 'validateProposal'; readonly height: number; readonly round: number; readonly value: ValueId }
  /** This node proposes in (height, round) and has no validValue: build and execute a block, answer with `valueToPropose`. */
  | { readonly type: 'buildProposal'; readonly height: number; readonly round: number }
  /**
   * `value` is decided at `height`: commit it. `commit` holds the precommits for it of `round`
   * (more than 2/3 of the power, in validator set order), the objects the host fed in, or for this
   * node's own precommit the vote the machine emitted (the host knows the signature it made).
   * The machine then waits for `start` of the next height.
   */
  | { readonly type: 'decide'; readonly height: number; readonly round: number; readonly value: ValueId; readonly commit: readonly Vote<S>[] }
  /** One validator signed two different votes (or proposals) for one (height, round, type). The second was not counted. */
  | EvidenceAction<S>;

export type EvidenceAction<S = unknown> =
  | { readonly type: 'evidence'; readonly kind: VoteType; readonly first: Vote<S>; readonly second: Vote<S> }
  | { readonly type: 'evidence'; readonly kind: 'proposal'; readonly first: Proposal<S>; readonly second: Proposal<S> };

export function timeoutDuration(params: TimeoutParams, kind: TimeoutKind, round: number): number {
  const base = kind === 'propose' ? params.timeoutProposeMs : kind === 'prevote' ? params.timeoutPrevoteMs : params.timeoutPrecommitMs;
  return base + params.timeoutDeltaMs * round;
}
