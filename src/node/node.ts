// One ackchain node: opens the store from its genesis, admits txs to the mempool, produces blocks
// as the only validator, and tells listeners (tx_submit waiters, subscribers) what committed.
import { EventEmitter } from 'node:events';
import { equalBytes, toHex } from '../chain/bytes.ts';
import { ackchain, decode } from '../chain/codec.ts';
import { decodeBlock, type DecodedBlock } from '../chain/block.ts';
import { txHash } from '../chain/tx.ts';
import { findOpenAlert, getAlert } from '../state/alerts.ts';
import { getContract } from '../state/contracts.ts';
import { alertHistory, listAlerts, listTeams, type AlertFilter, type AlertPage, type HistoryPage } from '../state/queries.ts';
import { getTeam } from '../state/teams.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import type { KeyPair } from '../chain/keys.ts';
import type { CheckedTx } from '../chain/tx.ts';
import { checkIncludable } from '../state/execute.ts';
import { ChainStore, type ChainHead } from '../store/chain-store.ts';
import { BlockExecutor, type CommittedBlock } from './block-executor.ts';
import type { NodeConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { CommitTimeoutError, type BlockCommittedEvent, type CommittedTxRecord, type NodeApi, type NodeHealth, type NodeStatus, type TxCommitted, type ValidatorSetAt } from './api.ts';
import { Mempool } from './mempool.ts';
import { SoloProducer } from './solo-producer.ts';

export interface NodeOptions {
  databasePath: string;
  config: NodeConfig;
  genesis: GenesisDoc;
  validatorKey: KeyPair;
  logger: Logger;
  now?: () => number;
}

interface NodeEvents {
  block: [CommittedBlock];
}

export class AckchainNode implements NodeApi {
  readonly store: ChainStore;
  readonly genesis: GenesisDoc;
  readonly config: NodeConfig;
  readonly events = new EventEmitter<NodeEvents>();
  readonly mempool: Mempool;
  readonly validatorKey: KeyPair;
  readonly startedAtMs: number;
  readonly #producer: SoloProducer;
  readonly #executor: BlockExecutor;
  readonly #now: () => number;
  readonly #log: Logger;
  /** tx hash (hex) -> callbacks waiting for its commit. */
  readonly #waiters = new Map<string, Set<(c: TxCommitted) => void>>();

  private constructor(options: NodeOptions, store: ChainStore, executor: BlockExecutor, head: ChainHead, lastCommit: Uint8Array) {
    this.store = store;
    this.genesis = options.genesis;
    this.config = options.config;
    this.validatorKey = options.validatorKey;
    this.#now = options.now ?? Date.now;
    this.#log = options.logger;
    this.startedAtMs = this.#now();
    this.#executor = executor;
    this.mempool = new Mempool(options.config.mempool);
    this.#producer = new SoloProducer({
      executor, store, mempool: this.mempool, keys: options.validatorKey, params: options.genesis.params, now: this.#now,
      onCommit: (block) => this.#committed(block),
      onError: (error) => this.#log.error({ err: error }, 'block production failed; retrying'),
    }, head, lastCommit);
  }

  static async start(options: NodeOptions): Promise<AckchainNode> {
    const { genesis, validatorKey } = options;
    const validators = genesis.genesis.validators;
    if (validators.length !== 1) {
      throw new Error(`this genesis has ${validators.length} validators; this version runs single-validator networks only (consensus between validators is not built yet)`);
    }
    const genesisValidator = validators[0].publicKey ?? new Uint8Array(0);
    if (!equalBytes(genesisValidator, validatorKey.publicKey)) {
      throw new Error(`the validator key ${toHex(validatorKey.publicKey)} is not the genesis validator ${toHex(genesisValidator)}`);
    }
    const store = await ChainStore.open(options.databasePath);
    try {
      const executor = new BlockExecutor(store, genesis);
      const head = await executor.open();
      const lastCommit = head.height === 0 ? new Uint8Array(0) : (await store.getCommit(head.height))!;
      const node = new AckchainNode(options, store, executor, head, lastCommit);
      node.#producer.start();
      options.logger.info({ height: head.height, chainId: genesis.genesis.chainId }, 'node started');
      return node;
    } catch (e) {
      await store.close();
      throw e;
    }
  }

  get head(): ChainHead {
    return this.#producer.head;
  }

  /** Checks a tx and adds it to the mempool; throws a Rejection with the reason. */
  async submitTx(bytes: Uint8Array): Promise<CheckedTx> {
    // Admission checks against the node's clock what the next block will check against its time.
    const next = this.#executor.blockInfo(this.head.height + 1, Math.max(this.#now(), this.head.timeMs + 1));
    const tx = await checkIncludable(this.store, bytes, next);
    this.mempool.add(tx);
    this.#producer.txArrived();
    return tx;
  }

  /** Resolves when the tx commits; rejects with CommitTimeoutError after timeoutMs. */
  async waitForCommit(hash: Uint8Array, timeoutMs: number): Promise<TxCommitted> {
    const id = toHex(hash);
    return new Promise<TxCommitted>((resolve, rejectPromise) => {
      const done = (c: TxCommitted): void => { clearTimeout(timer); resolve(c); };
      const timer = setTimeout(() => {
        this.#waiters.get(id)?.delete(done);
        rejectPromise(new CommitTimeoutError(`tx ${id} was not committed within ${timeoutMs} ms; it may still commit`));
      }, timeoutMs);
      let set = this.#waiters.get(id);
      if (set === undefined) this.#waiters.set(id, set = new Set());
      set.add(done);
      // It may have committed between submission and now.
      this.store.getTxLocation(hash).then((loc) => {
        if (loc === undefined) return;
        const l = decode.txLocation(loc);
        this.#waiters.get(id)?.delete(done);
        done({ height: l.height, index: l.index, receipt: decode.receipt(l.receipt) });
      }, () => undefined);
    });
  }

  now(): number {
    return this.#now();
  }

  status(): NodeStatus {
    const head = this.head;
    return {
      moniker: this.config.moniker, chainId: this.genesis.genesis.chainId, genesisHash: this.genesis.hash,
      validator: this.validatorKey.publicKey, height: head.height, blockHash: head.blockHash, blockTimeMs: head.timeMs,
      stateRoot: head.stateRoot, mempool: { txs: this.mempool.size, bytes: this.mempool.bytes }, peers: 0, startedAtMs: this.startedAtMs,
    };
  }

  /** Healthy while blocks keep coming: the newest is at most a few empty-block intervals old. */
  health(): NodeHealth {
    const now = this.#now();
    const age = Math.max(0, now - this.head.timeMs);
    const limit = Math.max(5000, this.genesis.params.emptyBlockIntervalMs * 5);
    const booting = this.head.height === 0 && now - this.startedAtMs < limit;
    return { healthy: booting || age <= limit, height: this.head.height, lastBlockAgeMs: age };
  }

  async getBlock(at: { height: number } | { hash: Uint8Array }): Promise<DecodedBlock | undefined> {
    const height = 'height' in at ? at.height : await this.store.heightOfBlock(at.hash);
    if (height === undefined || height === 0) return undefined;
    const bytes = await this.store.getBlock(height);
    return bytes === undefined ? undefined : decodeBlock(bytes);
  }

  getCommit(height: number): Promise<Uint8Array | undefined> {
    return height === 0 ? Promise.resolve(undefined) : this.store.getCommit(height);
  }

  async getValidators(height: number): Promise<ValidatorSetAt | undefined> {
    if (height > this.head.height) return undefined;
    const validators = this.genesis.genesis.validators as ackchain.Validator[];
    return { height, validators, totalPower: validators.reduce((s, v) => s + v.power, 0) };
  }

  async getTx(hash: Uint8Array): Promise<CommittedTxRecord | undefined> {
    const bytes = await this.store.getTxLocation(hash);
    if (bytes === undefined) return undefined;
    const location = decode.txLocation(bytes);
    const block = (await this.getBlock({ height: location.height }))!;
    return { hash, bytes: block.txs[location.index], height: location.height, index: location.index, block, receipt: location.receipt };
  }

  async getBlockReceipts(height: number): Promise<Uint8Array[] | undefined> {
    const block = await this.getBlock({ height });
    if (block === undefined) return undefined;
    const receipts: Uint8Array[] = [];
    for (const t of block.txs) receipts.push(decode.txLocation((await this.store.getTxLocation(txHash(t)))!).receipt);
    return receipts;
  }

  isPending(hash: Uint8Array): boolean {
    return this.mempool.has(hash);
  }

  getTeam(id: string): Promise<ackchain.Team | undefined> { return getTeam(this.store, id); }
  listTeams(): Promise<ackchain.Team[]> { return listTeams(this.store); }
  getAlert(team: string, number: number): Promise<ackchain.Alert | undefined> { return getAlert(this.store, team, number); }
  findOpenAlert(team: string, dedupKey: string): Promise<number | undefined> { return findOpenAlert(this.store, team, dedupKey); }
  listAlerts(filter: AlertFilter): Promise<AlertPage> { return listAlerts(this.store, filter); }
  alertHistory(team: string, number: number, page: { from: number; limit: number }): Promise<HistoryPage> {
    return alertHistory(this.store, team, number, page);
  }
  getContract(address: Uint8Array): Promise<ackchain.Contract | undefined> { return getContract(this.store, address); }

  subscribe(listener: (block: BlockCommittedEvent) => void): () => void {
    this.events.on('block', listener);
    return () => { this.events.off('block', listener); };
  }

  async stop(): Promise<void> {
    await this.#producer.stop();
    await this.store.close();
    this.#log.info({ height: this.head.height }, 'node stopped');
  }

  #committed(block: CommittedBlock): void {
    const level = block.txs.length > 0 ? 'info' : 'debug';
    this.#log[level]({ height: block.height, txs: block.txs.length, hash: toHex(block.hash), ...block.timings }, 'committed block');
    for (const tx of block.txs) {
      const id = toHex(tx.hash);
      const waiters = this.#waiters.get(id);
      if (waiters === undefined) continue;
      this.#waiters.delete(id);
      for (const w of waiters) w({ height: block.height, index: tx.index, receipt: tx.receipt });
    }
    this.events.emit('block', block);
  }
}
