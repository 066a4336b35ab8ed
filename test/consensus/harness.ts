// A scripted harness for the consensus state machine: one machine, the other validators played by
// the script. Each call feeds one input and returns the actions that came out, so a test reads as
// "this arrives -> exactly this happens".
import { DEFAULT_PARAMS } from '../../src/chain/genesis.ts';
import { toHex } from '../../src/chain/bytes.ts';
import { Tendermint } from '../../src/consensus/tendermint.ts';
import { ValidatorSet } from '../../src/consensus/validator-set.ts';
import type { Action, Proposal, TimeoutKind, ValueId, Vote, VoteType } from '../../src/consensus/types.ts';

export const PARAMS = DEFAULT_PARAMS;

/** Validator a's key is 32 bytes of 0x01, b's of 0x02, ...: so a < b < c < ... bytewise. */
export function keyOf(name: string): Uint8Array {
  return new Uint8Array(32).fill(name.charCodeAt(0) - 96);
}

export function idOf(name: string): string {
  return toHex(keyOf(name));
}

export function genesisSet(powers: Record<string, number>): ValidatorSet {
  return ValidatorSet.genesis(Object.entries(powers).map(([name, power]) => ({ publicKey: keyOf(name), power })));
}

export const EQUAL4 = { a: 1, b: 1, c: 1, d: 1 };

export interface ScriptOptions {
  /** This node's name; null for a node that is not a validator. */
  self?: string | null;
  powers?: Record<string, number>;
  height?: number;
  maxRoundsAhead?: number;
}

/** Scripted inputs for one machine, and builders for the actions expected from it. */
export class Script {
  readonly machine: Tendermint;
  readonly self: string | null;
  /** The height being scripted and its validator set; `nextHeight` moves both on. */
  set: ValidatorSet;
  height: number;

  constructor(options: ScriptOptions = {}) {
    this.self = options.self === undefined ? 'd' : options.self;
    this.set = genesisSet(options.powers ?? EQUAL4);
    this.height = options.height ?? 1;
    this.machine = new Tendermint({ self: this.self === null ? null : idOf(this.self), params: PARAMS, maxRoundsAhead: options.maxRoundsAhead });
  }

  /** The name of the proposer of `round` at this height. */
  proposer(round: number): string {
    return String.fromCharCode(this.set.proposerOf(round).publicKey[0] + 96);
  }

  start(height = this.height, set = this.set): Action[] {
    return this.machine.handle({ type: 'start', height, validators: set });
  }

  /** Starts the next height with this set incremented once (what the host does after a commit without validator changes). */
  nextHeight(): Action[] {
    this.height += 1;
    this.set = this.set.incremented(1);
    return this.start();
  }

  proposal(round: number, value: ValueId, validRound = -1, from = this.proposer(round), height = this.height): Action[] {
    return this.machine.handle({ type: 'proposal', proposal: { height, round, value, validRound, from: idOf(from) } });
  }

  vote(type: VoteType, from: string, round: number, value: ValueId | null, height = this.height): Action[] {
    return this.machine.handle({ type: 'vote', vote: { type, height, round, value, from: idOf(from) } });
  }

  prevote(from: string, round: number, value: ValueId | null): Action[] {
    return this.vote('prevote', from, round, value);
  }

  precommit(from: string, round: number, value: ValueId | null): Action[] {
    return this.vote('precommit', from, round, value);
  }

  /** Several validators' votes, the actions of all of them concatenated. */
  votes(type: VoteType, froms: string, round: number, value: ValueId | null): Action[] {
    return [...froms].flatMap((from) => this.vote(type, from, round, value));
  }

  timeout(kind: TimeoutKind, round: number, height = this.height): Action[] {
    return this.machine.handle({ type: 'timeout', timeout: { kind, height, round } });
  }

  validated(value: ValueId, valid = true, round = 0): Action[] {
    return this.machine.handle({ type: 'proposalValidated', height: this.height, round, value, valid });
  }

  built(round: number, value: ValueId): Action[] {
    return this.machine.handle({ type: 'valueToPropose', height: this.height, round, value });
  }

  /** A proposal arrives and the host answers at once that the block is valid (or not). */
  proposalValid(round: number, value: ValueId, validRound = -1, valid = true): Action[] {
    return [...this.proposal(round, value, validRound), ...this.validated(value, valid, round)];
  }

  // ---- expected actions ----

  ownVote(type: VoteType, round: number, value: ValueId | null): Vote {
    return { type, height: this.height, round, value, from: idOf(this.self!) };
  }

  sendPrevote(round: number, value: ValueId | null): Action {
    return { type: 'broadcastVote', vote: this.ownVote('prevote', round, value) };
  }

  sendPrecommit(round: number, value: ValueId | null): Action {
    return { type: 'broadcastVote', vote: this.ownVote('precommit', round, value) };
  }

  sendProposal(round: number, value: ValueId, validRound = -1): Action {
    return { type: 'broadcastProposal', proposal: { height: this.height, round, value, validRound, from: idOf(this.self!) } };
  }

  schedule(kind: TimeoutKind, round: number): Action {
    const base = kind === 'propose' ? PARAMS.timeoutProposeMs : kind === 'prevote' ? PARAMS.timeoutPrevoteMs : PARAMS.timeoutPrecommitMs;
    return { type: 'scheduleTimeout', timeout: { kind, height: this.height, round }, durationMs: base + PARAMS.timeoutDeltaMs * round };
  }

  validate(round: number, value: ValueId): Action {
    return { type: 'validateProposal', height: this.height, round, value };
  }

  build(round: number): Action {
    return { type: 'buildProposal', height: this.height, round };
  }

  theirVote(type: VoteType, from: string, round: number, value: ValueId | null): Vote {
    return { type, height: this.height, round, value, from: idOf(from) };
  }

  theirProposal(round: number, value: ValueId, validRound = -1, from = this.proposer(round)): Proposal {
    return { height: this.height, round, value, validRound, from: idOf(from) };
  }

  /** The decide action with the precommits of `froms` (in validator-set order, which is name order for equal powers). */
  decide(round: number, value: ValueId, froms: string): Action {
    const commit = this.set.validators
      .filter((v) => froms.includes(String.fromCharCode(v.publicKey[0] + 96)))
      .map((v) => ({ type: 'precommit' as const, height: this.height, round, value, from: v.id }));
    return { type: 'decide', height: this.height, round, value, commit };
  }
}
