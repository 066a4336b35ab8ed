// The consensus layer's public surface: the Tendermint state machine, its messages and actions,
// and the validator set with proposer selection. See tendermint.ts for the rules and README.md
// for what the host (node/) must do around it.
export { Tendermint, DEFAULT_MAX_ROUNDS_AHEAD, type ConsensusState, type TendermintOptions } from './tendermint.ts';
export { ValidatorSet, floorDiv, ceilDiv, MAX_TOTAL_POWER, type Validator, type ValidatorChange, type ValidatorInit, type ValidatorId } from './validator-set.ts';
export {
  timeoutDuration,
  type Action, type EvidenceAction, type Input, type Proposal, type Step, type Timeout, type TimeoutKind, type TimeoutParams,
  type ValueId, type Vote, type VoteType,
} from './types.ts';
