// Block sync: a node that is behind (restarted, new, partitioned, or one that missed the messages
// of a height the others decided) asks its peers for their latest height and fetches the blocks it
// lacks with their commits; the consensus driver executes each, verifies its commit with the set
// of its height, and commits it, then joins consensus at the new height. Also the serving side:
// status from the chain head, blocks and commits from the store.
import { equalBytes, toHex } from '../chain/bytes.ts';
import type { ChainState } from '../state/chain-state.ts';
import type { ChainStore } from '../store/chain-store.ts';
import type { BlockWithCommit, StatusResponse, SyncedBlock } from '../p2p/index.ts';
import type { Clock, Timer } from './clock.ts';
import type { Logger } from './logger.ts';

/** What block sync needs of the p2p host. */
export interface SyncNetwork {
  /** Connected peers. */
  peers(): { peerId: string }[];
  requestStatus(peerId: string): Promise<StatusResponse>;
  requestBlocks(peerId: string, fromHeight: number, count: number): Promise<SyncedBlock[]>;
  readonly limits: { maxBlocksPerRequest: number };
}

export interface BlockSyncOptions {
  network: SyncNetwork;
  clock: Clock;
  log: Logger;
  /** How often peers are asked for their height. */
  intervalMs: number;
  /** The chain's committed height. */
  height: () => number;
  /** This chain's genesis hash: a peer that answers with another is on another chain and is not synced from. */
  genesisHash: Uint8Array;
  /** Commits blocks that follow the head; resolves with how many it committed. */
  apply: (blocks: readonly SyncedBlock[]) => Promise<number>;
  /** After a look in which at least one peer answered and none was ahead, or this node caught up with the highest. */
  onCaughtUp?: () => void;
}

export class BlockSync {
  readonly #o: BlockSyncOptions;
  #timer: Timer | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;
  /** The committed height when a peer was last seen exactly one block ahead. */
  #oneBehindAt: number | undefined;
  /** Peers found on another chain, told about once each. */
  readonly #foreign = new Set<string>();

  constructor(options: BlockSyncOptions) {
    this.#o = options;
  }

  start(): void {
    this.#stopped = false;
    this.poke();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#timer?.cancel();
    await this.#running;
  }

  /** Look now (a message from a later height arrived): at once, or right after the look in progress. */
  poke(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#timer?.cancel();
    this.#running = this.#look().catch((e: unknown) => {
      this.#o.log.warn({ err: (e as Error).message }, 'block sync failed; retrying later');
    }).finally(() => {
      this.#running = undefined;
      if (this.#stopped) return;
      if (this.#again) {
        this.#again = false;
        this.poke();
      } else {
        this.#timer = this.#o.clock.setTimer(this.#o.intervalMs, () => this.poke());
      }
    });
  }

  async #look(): Promise<void> {
    const { network, log } = this.#o;
    const statuses = await Promise.all(network.peers().map(async ({ peerId }) => {
      try {
        const status = await this.#withinStatusTimeout(network.requestStatus(peerId));
        if (status.genesisHash.length !== 0 && !equalBytes(status.genesisHash, this.#o.genesisHash)) {
          this.#reportForeign(peerId, status.genesisHash);
          return { peerId, height: -1 };
        }
        return { peerId, height: status.height };
      } catch (e) {
        log.debug({ peer: peerId, err: (e as Error).message }, 'status request failed');
        return { peerId, height: -1 };
      }
    }));
    const answered = statuses.filter((s) => s.height >= 0);
    if (answered.length === 0) return;
    const height = this.#o.height();
    const ahead = answered.filter((s) => s.height > height).sort((a, b) => b.height - a.height);
    if (ahead.length > 0) {
      // One block ahead is usually a peer that committed a moment before this node does: fetch only
      // if it is still so at the next look (this node missed that height's messages).
      if (ahead[0].height === height + 1 && this.#oneBehindAt !== height) {
        this.#oneBehindAt = height;
        return;
      }
      for (const peer of ahead) {
        if (this.#stopped) return;
        if (await this.#fetchFrom(peer.peerId, peer.height)) break;
      }
    }
    const highest = ahead[0]?.height ?? height;
    if (!this.#stopped && this.#o.height() >= highest) this.#o.onCaughtUp?.();
  }

  #reportForeign(peerId: string, genesisHash: Uint8Array): void {
    if (this.#foreign.has(peerId)) return;
    this.#foreign.add(peerId);
    this.#o.log.warn({ peer: peerId, theirs: toHex(genesisHash), ours: toHex(this.#o.genesisHash) },
      'a peer runs a chain from another genesis: not syncing from it; every node of a network needs the same config/genesis.json (compare `ackchain genesis validate` on each)');
  }

  /**
   * A peer that does not answer within two status intervals (stopped, overloaded) counts as not
   * answering this look, so that it does not hold up syncing from the others until the request's own timeout.
   */
  #withinStatusTimeout<T>(request: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.#o.clock.setTimer(2 * this.#o.intervalMs, () => reject(new Error('no status within two status intervals')));
      request.then((v) => { timer.cancel(); resolve(v); }, (e: unknown) => { timer.cancel(); reject(e as Error); });
    });
  }

  /** Fetches and applies blocks from one peer up to `target`; false if the peer failed before any progress. */
  async #fetchFrom(peerId: string, target: number): Promise<boolean> {
    const { network, log } = this.#o;
    let progressed = false;
    while (!this.#stopped) {
      const from = this.#o.height() + 1;
      if (from > target) break;
      let blocks: SyncedBlock[];
      try {
        blocks = await network.requestBlocks(peerId, from, Math.min(network.limits.maxBlocksPerRequest, target - from + 1));
      } catch (e) {
        log.info({ peer: peerId, from, err: (e as Error).message }, 'block sync request failed');
        return progressed;
      }
      if (blocks.length === 0 || (await this.#o.apply(blocks)) === 0) return progressed;
      progressed = true;
    }
    return true;
  }
}

/** The status protocol's answer: the committed head, and the genesis it grew from. */
export function statusOf(chain: ChainState, genesisHash: Uint8Array): StatusResponse {
  return { height: chain.height, blockHash: chain.height === 0 ? new Uint8Array(0) : chain.blockHash, genesisHash };
}

/** The sync protocol's answer: committed blocks from `fromHeight` with their commits, up to `count` or the head. */
export async function* blocksFrom(store: ChainStore, head: number, fromHeight: number, count: number): AsyncGenerator<BlockWithCommit> {
  for (let h = fromHeight; h < fromHeight + count && h <= head; h++) {
    const [block, commit] = await Promise.all([store.getBlock(h), store.getCommit(h)]);
    if (block === undefined || commit === undefined) return;
    yield { block, commit };
  }
}
