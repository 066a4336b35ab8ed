// The Quint spec's values as they come out of an ITF trace (after itf.ts decoding), and readers
// that check their shape. Names follow test/consensus/mbt/spec/types.qnt, consensus.qnt and
// driver.qnt.
import { variant, type Variant } from './itf.ts';

export type SpecValue = Variant<'Nil', []> | Variant<'Val', string>;

export interface SpecProposal {
  readonly srcAddress: string;
  readonly height: number;
  readonly round: number;
  readonly proposal: string;
  readonly validRound: number;
}

export interface SpecVote {
  readonly voteType: Variant<'Prevote' | 'Precommit', []>;
  readonly srcAddress: string;
  readonly height: number;
  readonly round: number;
  readonly valueId: SpecValue;
}

export type SpecStep = 'NoStep' | 'UnstartedStep' | 'ProposeStep' | 'PrevoteStep' | 'PrecommitStep' | 'CommitStep';
export type SpecTimeout = 'ProposeTimeout' | 'PrevoteTimeout' | 'PrecommitTimeout';

export interface SpecConsensusState {
  readonly p: string;
  readonly height: number;
  readonly round: number;
  readonly step: Variant<SpecStep, []>;
  readonly lockedRound: number;
  readonly lockedValue: SpecValue;
  readonly validRound: number;
  readonly validValue: SpecValue;
}

/** consensus.qnt ConsensusInput. */
export type ConsensusInput = Variant<string, unknown>;
/** consensus.qnt ConsensusOutput. */
export type ConsensusOutput = Variant<string, unknown>;
/** driver.qnt DriverInput. */
export type DriverInput = Variant<string, unknown>;

/** driver.qnt NodeState, the fields the replay reads. */
/** votekeeper.qnt VoteCount, the fields the replay reads. */
export interface SpecVoteCount {
  readonly votesAddresses: readonly string[];
  readonly receivedVotes: readonly SpecVote[];
}

export interface SpecNodeState {
  readonly es: {
    readonly cs: SpecConsensusState;
    /** The valid proposals from the right proposer that the driver stored, of any round. */
    readonly proposals: readonly SpecProposal[];
    /** votekeeper.qnt Bookkeeper: the votes the validator has counted, per round. */
    readonly bk: { readonly height: number; readonly rounds: Map<number, { readonly prevotes: SpecVoteCount; readonly precommits: SpecVoteCount }> };
    readonly valset: Map<string, number>;
    readonly started: boolean;
    readonly pendingStepChange: Variant<SpecStep, []>;
    readonly pendingInputs: readonly [ConsensusInput, number, number][];
    /** Every consensus.qnt input the driver executed at this height, with height, round and step. */
    readonly executedInputs: readonly [ConsensusInput, number, number, unknown][];
  };
  readonly incomingVotes: readonly SpecVote[];
  readonly incomingProposals: readonly SpecProposal[];
  readonly incomingCertificates: readonly (readonly SpecVote[])[];
  readonly getValueRequests: readonly [number, number][];
  readonly timeouts: readonly [Variant<SpecTimeout, []>, number, number][];
}

/** The last driver step of a statemachineAsync trace: `_hist`. */
export interface SpecHistory {
  readonly validator: string;
  readonly input: DriverInput;
  readonly output: ConsensusOutput;
}

export function valueOf(value: SpecValue): string | null {
  const v = variant(value, 'value');
  if (v.tag === 'Nil') return null;
  if (v.tag === 'Val' && typeof v.value === 'string') return v.value;
  throw new TypeError(`unknown spec value ${JSON.stringify(value)}`);
}

export function voteTypeOf(vote: SpecVote): 'prevote' | 'precommit' {
  return vote.voteType.tag === 'Prevote' ? 'prevote' : 'precommit';
}

export function stepOf(step: Variant<SpecStep, []>): SpecStep {
  return step.tag;
}

/** `_hist` is a record {validator, input, output} (statemachineAsync) or a tuple (statemachineTest). */
export function historyOf(hist: unknown): SpecHistory {
  if (Array.isArray(hist)) {
    const [validator, input, output] = hist as [string, DriverInput, ConsensusOutput];
    return { validator, input: variant(input, '_hist input') as DriverInput, output: variant(output, '_hist output') as ConsensusOutput };
  }
  const h = hist as SpecHistory;
  return { validator: h.validator, input: variant(h.input, '_hist.input') as DriverInput, output: variant(h.output, '_hist.output') as ConsensusOutput };
}

export function timeoutKindOf(timeout: unknown): 'propose' | 'prevote' | 'precommit' {
  const tag = variant(timeout, 'timeout').tag as SpecTimeout;
  switch (tag) {
    case 'ProposeTimeout': return 'propose';
    case 'PrevoteTimeout': return 'prevote';
    case 'PrecommitTimeout': return 'precommit';
    default: throw new TypeError(`unknown spec timeout ${JSON.stringify(timeout)}`);
  }
}

/** types.qnt isValid: the spec's only invalid value is "invalid". */
export function specIsValid(value: string): boolean {
  return value !== 'invalid';
}
