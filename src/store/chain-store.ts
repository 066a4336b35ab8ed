// The node's LevelDB: repositories for blocks, commits, txs, metadata and application state over
// key prefixes. Everything a block changes is written in one synced batch, so a crash leaves the
// database at either the previous height or the new one.
import { Level } from 'level';
import type { StateRange, StateSource } from './state-source.ts';
import { readU64be, u64be } from '../chain/bytes.ts';
import { blockHashKey, blockKey, commitKey, metaKey, PREFIX, stateKey, txKey } from './keys.ts';

type Db = Level<Uint8Array, Uint8Array>;

/** The newest committed block, as the node resumes from it. */
export interface ChainHead {
  height: number;
  blockHash: Uint8Array;
  stateRoot: Uint8Array;
  timeMs: number;
}

/** Everything one block changes, written atomically by ChainStore.commitBlock. */
export interface BlockWrite {
  head: ChainHead;
  block: Uint8Array;
  /** The commit that certifies this block (its height's precommits). */
  commit: Uint8Array;
  txs: readonly { hash: Uint8Array; location: Uint8Array }[];
  /** Application state writes; null deletes. */
  state: ReadonlyMap<string, { key: Uint8Array; value: Uint8Array | null }>;
}

const HEAD = 'head';
const GENESIS = 'genesis';

function encodeHead(head: ChainHead): Uint8Array {
  const out = new Uint8Array(8 + 8 + 32 + 32);
  out.set(u64be(head.height), 0);
  out.set(u64be(head.timeMs), 8);
  out.set(head.blockHash, 16);
  out.set(head.stateRoot, 48);
  return out;
}

function decodeHead(bytes: Uint8Array): ChainHead {
  return { height: readU64be(bytes, 0), timeMs: readU64be(bytes, 8), blockHash: bytes.slice(16, 48), stateRoot: bytes.slice(48, 80) };
}

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
      const cause = (e as { cause?: Error }).cause;
      throw new Error(`cannot open the database at ${path}: ${cause?.message ?? (e as Error).message}`);
    }
    return new ChainStore(db);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }

  async head(): Promise<ChainHead | undefined> {
    const bytes = await this.#db.get(metaKey(HEAD));
    return bytes === undefined ? undefined : decodeHead(bytes);
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

  /** Writes the genesis (kept verbatim), its state and the height-0 head in one batch. */
  async commitGenesis(head: ChainHead, genesis: Uint8Array, state: BlockWrite['state']): Promise<void> {
    const batch = this.#db.batch();
    batch.put(metaKey(GENESIS), genesis);
    this.#putState(batch, state);
    batch.put(metaKey(HEAD), encodeHead(head));
    await batch.write({ sync: true });
  }

  genesis(): Promise<Uint8Array | undefined> {
    return this.#db.get(metaKey(GENESIS));
  }

  async commitBlock(write: BlockWrite): Promise<void> {
    const { head } = write;
    const batch = this.#db.batch();
    batch.put(blockKey(head.height), write.block);
    batch.put(blockHashKey(head.blockHash), u64be(head.height));
    batch.put(commitKey(head.height), write.commit);
    for (const tx of write.txs) batch.put(txKey(tx.hash), tx.location);
    this.#putState(batch, write.state);
    batch.put(metaKey(HEAD), encodeHead(head));
    await batch.write({ sync: true });
  }

  #putState(batch: ReturnType<Db['batch']>, state: BlockWrite['state']): void {
    for (const { key, value } of state.values()) {
      if (value === null) batch.del(stateKey(key));
      else batch.put(stateKey(key), value);
    }
  }
}
