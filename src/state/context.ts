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

export class BlockContext {
  readonly state: Overlay;
  readonly block: BlockInfo;
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
  };

  constructor(state: Overlay, block: BlockInfo) {
    this.state = state;
    this.block = block;
  }

  emit(type: string, attributes: EventAttributes): void {
    this.events.push({ type, attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value) })) });
  }
}

export class TxContext extends BlockContext {
  readonly tx: TxInfo;

  constructor(state: Overlay, block: BlockInfo, tx: TxInfo) {
    super(state, block);
    this.tx = tx;
  }
}
