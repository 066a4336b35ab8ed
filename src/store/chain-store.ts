// The node's LevelDB: repositories for blocks, commits, txs, metadata and application state over
// key prefixes. Everything a block changes is written in one synced batch, so a crash leaves the
// database at either the previous height or the new one.
import { Level } from 'level';
import type { StateRange, StateSource } from './state-source.ts';
import { readU64be, u64be } from '../chain/bytes.ts';
import { beginBlockKey, blockHashKey, blockKey, commitKey, metaKey, PREFIX, stateKey, txKey } from './keys.ts';

type Db = Level<Uint8Array, Uint8Array>;

/** Everything one block changes, written atomically by ChainStore.commitBlock. */
export interface BlockWrite {
  height: number;
  blockHash: Uint8Array;
  block: Uint8Array;
  /** The commit that certifies this block (its height's precommits). */
  commit: Uint8Array;
  txs: readonly { hash: Uint8Array; location: Uint8Array }[];
  /** The encoded receipt of the block's begin-block step. */
  beginBlockReceipt: Uint8Array;
  /** Application state writes; null deletes. */
  state: ReadonlyMap<string, { key: Uint8Array; value: Uint8Array | null }>;
  /** The encoded chain state after this block: what the node resumes from. */
  chainState: Uint8Array;
}

const HEAD = 'head';
const GENESIS = 'genesis';

export class ChainStore implements StateSource {
  readonly #db: Db;

  private constructor(db: Db) {
    this.#db = db;
  }

  static async open(path: string): Promise<ChainStore> {
    const db: Db = new Level<Uint8Array, Uint8Array>(path, { keyEncoding: 'view', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (e) {
      const cause = (e as { cause?: Error & { code?: string } }).cause;
      if (cause?.code === 'LEVEL_LOCKED') {
        throw new Error(`the database at ${path} is in use by another process: a node is probably running from this home; stop it first (Ctrl-C in its terminal, or SIGTERM to its node process)`);
      }
      throw new Error(`cannot open the database at ${path}: ${cause?.message ?? (e as Error).message}`);
    }
    return new ChainStore(db);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }

  /** The encoded chain state of the newest committed block (or of the genesis). */
  chainState(): Promise<Uint8Array | undefined> {
    return this.#db.get(metaKey(HEAD));
  }

  getBlock(height: number): Promise<Uint8Array | undefined> {
    return this.#db.get(blockKey(height));
  }

  async heightOfBlock(hash: Uint8Array): Promise<number | undefined> {
    const bytes = await this.#db.get(blockHashKey(hash));
    return bytes === undefined ? undefined : readU64be(bytes);
  }

  getCommit(height: number): Promise<Uint8Array | undefined> {
    return this.#db.get(commitKey(height));
  }

  getBeginBlockReceipt(height: number): Promise<Uint8Array | undefined> {
    return this.#db.get(beginBlockKey(height));
  }

  getTxLocation(hash: Uint8Array): Promise<Uint8Array | undefined> {
    return this.#db.get(txKey(hash));
  }

  getState(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.#db.get(stateKey(key));
  }

  /** Many point reads in one round trip to LevelDB's thread pool. */
  getStates(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    return keys.length === 0 ? Promise.resolve([]) : this.#db.getMany(keys.map(stateKey));
  }

  /**
   * State entries with gte <= key < lt (application keys, without the store prefix), in key order
   * or reversed; `limit` bounds how many are read.
   */
  async *stateRange(range: StateRange): AsyncGenerator<[Uint8Array, Uint8Array]> {
    const iterator = this.#db.iterator({
      gte: stateKey(range.gte), lt: stateKey(range.lt), reverse: range.reverse ?? false, limit: range.limit ?? -1,
    });
    try {
      for await (const [key, value] of iterator) yield [key.subarray(PREFIX.state.length), value];
    } finally {
      await iterator.close();
    }
  }

  /** Writes the genesis (kept verbatim), its state and the height-0 chain state in one batch. */
  async commitGenesis(genesis: Uint8Array, state: BlockWrite['state'], chainState: Uint8Array): Promise<void> {
    const batch = this.#db.batch();
    batch.put(metaKey(GENESIS), genesis);
    this.#putState(batch, state);
    batch.put(metaKey(HEAD), chainState);
    await batch.write({ sync: true });
  }

  genesis(): Promise<Uint8Array | undefined> {
    return this.#db.get(metaKey(GENESIS));
  }

  async commitBlock(write: BlockWrite): Promise<void> {
    const { height } = write;
    const batch = this.#db.batch();
    batch.put(blockKey(height), write.block);
    batch.put(blockHashKey(write.blockHash), u64be(height));
    batch.put(commitKey(height), write.commit);
    batch.put(beginBlockKey(height), write.beginBlockReceipt);
    for (const tx of write.txs) batch.put(txKey(tx.hash), tx.location);
    this.#putState(batch, write.state);
    batch.put(metaKey(HEAD), write.chainState);
    await batch.write({ sync: true });
  }

  #putState(batch: ReturnType<Db['batch']>, state: BlockWrite['state']): void {
    for (const { key, value } of state.values()) {
      if (value === null) batch.del(stateKey(key));
      else batch.put(stateKey(key), value);
    }
  }
}
