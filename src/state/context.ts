// What a tx handler sees: the state it may change, the block and tx it runs in, and where its
// events go.
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
  signer: Uint8Array;
}

export type EventAttributes = Record<string, string | number>;

export class TxContext {
  readonly state: Overlay;
  readonly block: BlockInfo;
  readonly tx: TxInfo;
  readonly events: ackchain.Event.$Properties[] = [];

  constructor(state: Overlay, block: BlockInfo, tx: TxInfo) {
    this.state = state;
    this.block = block;
    this.tx = tx;
  }

  emit(type: string, attributes: EventAttributes): void {
    this.events.push({ type, attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value) })) });
  }
}
