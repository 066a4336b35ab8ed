// The messages of one round of the current height: the round proposer's proposal(s) and the
// prevotes and precommits, with running tallies in voting power. A second, different vote of one
// validator for one (round, type) is equivocation, reported as evidence; as in the paper, a
// validator counts once towards each value it voted for (so 2f+1 signed votes for v are a
// certificate for v whoever else saw which of an equivocator's votes) and once towards the votes
// "of any kind". Safety does not rest on counting it once: more than 2/3 honest power is needed
// either way. Counting only the first vote let honest nodes lock on polkas others never saw, and
// stall (found by the seeded simulation and the Quint traces).

import type { ValidatorSet } from './validator-set.ts';
import type { Proposal, ValueId, Vote, VoteType, ValidatorId } from './types.ts';

/** A round keeps the first proposal and one conflicting one (evidence, and the value others may decide). */
export const MAX_PROPOSALS_PER_ROUND = 2;

export type AddVoteResult<S> =
  | { readonly kind: 'added' }
  | { readonly kind: 'duplicate' }
  /** `first` is the validator's first vote; evidence is reported once per (validator, round, type). */
  | { readonly kind: 'equivocation'; readonly first: Vote<S>; readonly report: boolean };

export type AddProposalResult<S> =
  | { readonly kind: 'added' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'equivocation'; readonly first: Proposal<S>; readonly stored: boolean; readonly report: boolean };

export class VoteTally<S> {
  /** Each validator's votes of this (round, type), one per value it named, in arrival order. */
  readonly #votes = new Map<ValidatorId, Vote<S>[]>();
  readonly #power = new Map<ValueId | null, bigint>();
  readonly #equivocators = new Set<ValidatorId>();
  #total = 0n;

  add(vote: Vote<S>, power: bigint): AddVoteResult<S> {
    const mine = this.#votes.get(vote.from);
    if (mine?.some((v) => v.value === vote.value)) return { kind: 'duplicate' };
    this.#power.set(vote.value, (this.#power.get(vote.value) ?? 0n) + power);
    if (mine === undefined) {
      this.#votes.set(vote.from, [vote]);
      this.#total += power;
      return { kind: 'added' };
    }
    mine.push(vote);
    const report = !this.#equivocators.has(vote.from);
    this.#equivocators.add(vote.from);
    return { kind: 'equivocation', first: mine[0], report };
  }

  /** Power of the validators that voted for `value` (null: nil). */
  powerFor(value: ValueId | null): bigint {
    return this.#power.get(value) ?? 0n;
  }

  /** Power of the validators that voted, each once whatever it voted for. */
  get total(): bigint {
    return this.#total;
  }

  /** The non-nil values voted for, in first-vote order. */
  values(): ValueId[] {
    return [...this.#power.keys()].filter((v): v is ValueId => v !== null);
  }

  /** The votes for `value`, in the order of the validator set. */
  votesFor(value: ValueId | null, validators: ValidatorSet): Vote<S>[] {
    const out: Vote<S>[] = [];
    for (const v of validators.validators) {
      const vote = this.#votes.get(v.id)?.find((x) => x.value === value);
      if (vote !== undefined) out.push(vote);
    }
    return out;
  }
}

export class RoundMessages<S> {
  readonly proposals: Proposal<S>[] = [];
  readonly prevotes = new VoteTally<S>();
  readonly precommits = new VoteTally<S>();
  readonly #senders = new Set<ValidatorId>();
  #senderPower = 0n;
  #proposalEquivocationReported = false;

  tally(type: VoteType): VoteTally<S> {
    return type === 'prevote' ? this.prevotes : this.precommits;
  }

  /** The proposer is checked by the caller. */
  addProposal(proposal: Proposal<S>): AddProposalResult<S> {
    for (const p of this.proposals) {
      if (p.value === proposal.value && p.validRound === proposal.validRound) return { kind: 'duplicate' };
    }
    if (this.proposals.length === 0) {
      this.proposals.push(proposal);
      return { kind: 'added' };
    }
    const stored = this.proposals.length < MAX_PROPOSALS_PER_ROUND;
    if (stored) this.proposals.push(proposal);
    const report = !this.#proposalEquivocationReported;
    this.#proposalEquivocationReported = true;
    return { kind: 'equivocation', first: this.proposals[0], stored, report };
  }

  /** Notes that `from` sent a message of this round (L55 counts validators, not messages). */
  addSender(from: ValidatorId, power: bigint): void {
    if (this.#senders.has(from)) return;
    this.#senders.add(from);
    this.#senderPower += power;
  }

  /** Power of the validators that sent any message of this round. */
  get senderPower(): bigint {
    return this.#senderPower;
  }
}
