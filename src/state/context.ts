// What application code sees while it runs: the state it may change, the block it runs in, where
// its events go and, for a tx, who acts. The begin-block step runs with a BlockContext and no tx.
import type { ackchain } from '../chain/codec.ts';
import type { ConsensusParams } from '../chain/genesis.ts';
import type { Overlay } from './overlay.ts';

export interface BlockInfo {
  chainId: string;
  height: number;
  timeMs: number;
  params: ConsensusParams;
}

export interface TxInfo {
  hash: Uint8Array;
  /** The account that acts: the signer, or the owner of the registered device that signed. */
  account: Uint8Array;
  /** The device key, when a registered device signed for its owner. */
  device?: Uint8Array;
}

export type EventAttributes = Record<string, string | number>;

/**
 * The gas a block's contract calls spend (params.max_block_gas), the begin-block step's first.
 * `starved` is set when a tx's call ran out of gas because the block had less left than the tx
 * may spend: the proposer leaves that tx, and those after it, to the next block.
 */
export class BlockGas {
  readonly limit: number;
  used = 0;
  starved = false;

  constructor(limit: number) {
    this.limit = limit;
  }

  get left(): number {
    return Math.max(0, this.limit - this.used);
  }
}

export class BlockContext {
  readonly state: Overlay;
  readonly block: BlockInfo;
  readonly blockGas: BlockGas;
  /** Gas this context's contract calls spent: a tx's goes into its receipt. */
  gasUsed = 0;
  readonly events: ackchain.Event.$Properties[] = [];
  /**
   * What escalation steps read and never change while this context runs (a team's roster, a policy
   * version, who is on call in a schedule at this block's time), read once: a block's thousand
   * escalations of one team decode its record and policy and resolve its schedules once, not a
   * thousand times.
   */
  readonly stepCache = {
    teams: new Map<string, ackchain.Team>(),
    policies: new Map<string, ackchain.EscalationPolicy>(),
    onCall: new Map<string, Uint8Array | undefined>(),
    contracts: new Map<string, Uint8Array>(),
  };

  constructor(state: Overlay, block: BlockInfo, blockGas: BlockGas) {
    this.state = state;
    this.block = block;
    this.blockGas = blockGas;
  }

  /** What the next contract call may spend by this context's own limit: max_tx_gas per call in begin-block. */
  get ownGasLeft(): number {
    return this.block.params.maxTxGas;
  }

  /** What the next contract call may spend: its own limit, and no more than the block has left. */
  get gasLimit(): number {
    return Math.min(this.ownGasLeft, this.blockGas.left);
  }

  chargeGas(gas: number): void {
    this.gasUsed += gas;
    this.blockGas.used += gas;
  }

  emit(type: string, attributes: EventAttributes): void {
    this.events.push({ type, attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value) })) });
  }
}

export class TxContext extends BlockContext {
  readonly tx: TxInfo;

  constructor(state: Overlay, block: BlockInfo, tx: TxInfo, blockGas: BlockGas) {
    super(state, block, blockGas);
    this.tx = tx;
  }

  /** A tx's calls together spend at most max_tx_gas. */
  override get ownGasLeft(): number {
    return this.block.params.maxTxGas - this.gasUsed;
  }
}
