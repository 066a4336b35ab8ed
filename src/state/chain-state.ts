// ChainState: the value that describes the last committed block (CometBFT's sm.State). The next
// block is executed and checked against it alone, and it is persisted in that block's batch.
import { ackchain, decode, encode } from '../chain/codec.ts';
import { DEFAULT_PARAMS, type ConsensusParams, type GenesisDoc } from '../chain/genesis.ts';

export interface ChainState {
  readonly chainId: string;
  /** 0 before the first block. */
  readonly height: number;
  readonly timeMs: number;
  /** The genesis hash at height 0. */
  readonly blockHash: Uint8Array;
  readonly stateRoot: Uint8Array;
  /** The set that signed `height`'s commit (empty at height 0). */
  readonly lastValidators: readonly ackchain.Validator[];
  /** The set that signs height + 1. */
  readonly validators: readonly ackchain.Validator[];
  /** The set that signs height + 2: a change decided in block H is in force at H + 2. */
  readonly nextValidators: readonly ackchain.Validator[];
  /** The encoded commit of `height` (empty at height 0): the next block's last_commit. */
  readonly lastCommit: Uint8Array;
  readonly params: ConsensusParams;
}

export function genesisChainState(doc: GenesisDoc, stateRoot: Uint8Array): ChainState {
  const validators = doc.genesis.validators.map((v) => ackchain.Validator.create(v));
  return {
    chainId: doc.genesis.chainId, height: 0, timeMs: doc.genesis.genesisTimeMs, blockHash: doc.hash, stateRoot,
    lastValidators: [], validators, nextValidators: validators, lastCommit: new Uint8Array(0), params: doc.params,
  };
}

export function encodeChainState(s: ChainState): Uint8Array {
  return encode.chainState({
    chainId: s.chainId, height: s.height, timeMs: s.timeMs, blockHash: s.blockHash, stateRoot: s.stateRoot,
    lastValidators: { validators: [...s.lastValidators] }, validators: { validators: [...s.validators] },
    nextValidators: { validators: [...s.nextValidators] }, lastCommit: s.lastCommit, params: s.params,
  });
}

export function decodeChainState(bytes: Uint8Array): ChainState {
  const m = decode.chainState(bytes);
  const p = m.params ?? ackchain.ConsensusParams.create();
  return {
    chainId: m.chainId, height: m.height, timeMs: m.timeMs, blockHash: m.blockHash, stateRoot: m.stateRoot,
    lastValidators: validatorList(m.lastValidators), validators: validatorList(m.validators),
    nextValidators: validatorList(m.nextValidators), lastCommit: m.lastCommit,
    // Read each field: a decoded message keeps zero values on its prototype, not as own fields.
    params: Object.fromEntries(Object.keys(DEFAULT_PARAMS).map((k) => [k, p[k as keyof ConsensusParams]])) as ConsensusParams,
  };
}

/** Decoding makes each nested validator a Validator instance; the generated types only say so loosely. */
function validatorList(set: ackchain.IValidatorSet | null | undefined): ackchain.Validator[] {
  return (set?.validators ?? []) as ackchain.Validator[];
}

export function totalPower(validators: readonly ackchain.Validator[]): number {
  return validators.reduce((sum, v) => sum + v.power, 0);
}
