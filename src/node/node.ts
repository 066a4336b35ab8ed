// One ackchain node: opens the store at its chain state, admits txs to the mempool, produces
// blocks (alone, as the only validator of a network without peers, or by consensus with its
// peers), and tells listeners (tx_submit waiters, subscribers) what committed. RPC and the CLI
// reach it only through NodeApi.
import { EventEmitter } from 'node:events';
import { dirname, join } from 'node:path';
import { equalBytes, toHex } from '../chain/bytes.ts';
import { decodeBlock, type DecodedBlock } from '../chain/block.ts';
import { ackchain, decode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import type { KeyPair } from '../chain/keys.ts';
import { decodeTx, txHash as txHashOf, verifyTx, type CheckedTx } from '../chain/tx.ts';
import { findOpenAlert, getAlert } from '../state/alert-records.ts';
import { blockInfo, type ExecutedBlock } from '../state/block.ts';
import { totalPower, type ChainState } from '../state/chain-state.ts';
import { getContract } from '../state/contracts.ts';
import { actingAccount, devicesOf, getDevice } from '../state/devices.ts';
import { getOla, listOlas } from '../state/olas.ts';
import { scheduleShifts, whoIsOnCall, getSchedule, type OnCallNow } from '../state/oncall.ts';
import { getPolicy } from '../state/policies.ts';
import { auditAcks, olaCompliance, teamAnalytics, type AckFilter, type AckRecord, type Period, type Report } from '../state/reports.ts';
import type { Shift } from '../state/schedule.ts';
import { checkIncludable } from '../state/execute.ts';
import { openChain } from '../state/genesis.ts';
import {
  alertHistory, listAlerts, listEvidence, listTeams, type AlertFilter, type AlertPage, type EvidenceEntry, type EvidenceFilter, type HistoryPage,
} from '../state/queries.ts';
import { getTeam, isKnownAccount } from '../state/teams.ts';
import { ChainStore } from '../store/chain-store.ts';
import {
  CommitTimeoutError, type BlockCommittedEvent, type CommittedTxRecord, type NodeApi, type NodeHealth, type NodePeer, type NodeStatus,
  type TxCommitted, type ValidatorSetAt,
} from './api.ts';
import { systemClock, type Clock } from './clock.ts';
import type { NodeConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { ConsensusMetrics } from './consensus-metrics.ts';
import { Mempool } from './mempool.ts';
import { NodeNetwork } from './network.ts';
import { SoloProducer } from './solo-producer.ts';

/** How many failed-signature tx hashes a node remembers. */
const BAD_SIGNATURE_MEMORY = 4096;

export interface NodeOptions {
  /** The LevelDB; the consensus WAL (wal/) and the signer state (signer_state.json) live beside it. */
  databasePath: string;
  config: NodeConfig;
  genesis: GenesisDoc;
  validatorKey: KeyPair;
  /** The libp2p key and the network's pre-shared key: needed unless the node is a lone validator. */
  nodeKey?: KeyPair;
  networkKey?: Uint8Array;
  logger: Logger;
  clock?: Clock;
  /** Gossipsub heartbeat, from which the gossip timings follow (network.ts); tests lower it. */
  heartbeatIntervalMs?: number;
}

/** A caller waiting for a tx's commit. */
interface CommitWaiter {
  done(c: TxCommitted): void;
  abort(why: string): void;
}

/** What makes blocks: the solo producer, or the consensus driver. */
interface BlockProducer {
  readonly chain: ChainState;
  /** Set when production stopped on broken state or a bug. */
  readonly halted: Error | undefined;
  txArrived(): void;
}

export class AckchainNode implements NodeApi {
  readonly genesis: GenesisDoc;
  readonly config: NodeConfig;
  readonly validatorKey: KeyPair;
  readonly startedAtMs: number;
  readonly #store: ChainStore;
  readonly #mempool: Mempool;
  #producer!: BlockProducer;
  /** The solo producer, when this node is a lone validator. */
  #solo: SoloProducer | undefined;
  /** The p2p host, consensus and block sync, when it is one of a network. */
  #network: NodeNetwork | undefined;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #events = new EventEmitter<{ block: [BlockCommittedEvent] }>();
  /** Hashes (hex) of recent txs whose signature failed, oldest first: the same bytes are not verified twice. */
  readonly #badSignatures = new Set<string>();
  /** tx hash (hex) -> callbacks waiting for its commit. */
  readonly #waiters = new Map<string, Set<CommitWaiter>>();
  readonly #metrics: ConsensusMetrics;
  /** Set when stop() begins: a wait asked for after that (a request already in flight) is answered at once. */
  #stopping = false;

  private constructor(options: NodeOptions, store: ChainStore, validators: readonly ackchain.Validator[]) {
    this.genesis = options.genesis;
    this.config = options.config;
    this.validatorKey = options.validatorKey;
    this.#store = store;
    this.#clock = options.clock ?? systemClock;
    this.#log = options.logger;
    this.startedAtMs = this.#clock.now();
    this.#mempool = new Mempool(options.config.mempool);
    this.#metrics = new ConsensusMetrics(validators);
  }

  /**
   * Opens the store and starts producing: alone when the genesis has one validator, this node's
   * key, and the config names no peers (`dev`, `init`: exactly as before networks existed); else
   * as one node of a network, with the node key and the network key.
   */
  static async start(options: NodeOptions): Promise<AckchainNode> {
    const { genesis, validatorKey, config } = options;
    const validators = genesis.genesis.validators;
    const lone = validators.length === 1 && config.p2p.persistentPeers.length === 0;
    if (lone && !equalBytes(validators[0].publicKey ?? new Uint8Array(0), validatorKey.publicKey)) {
      throw new Error(`the validator key ${toHex(validatorKey.publicKey)} is not the genesis validator ${toHex(validators[0].publicKey ?? new Uint8Array(0))}, and the config names no peers to follow`);
    }
    if (!lone && (options.nodeKey === undefined || options.networkKey === undefined)) {
      const missing = [
        ...(options.nodeKey === undefined ? ['its node key, config/node_key.json ("ackchain keys generate --out" makes one; its peer id, "ackchain keys show --peer-id", is the one the genesis and the peers\' configs must name)'] : []),
        ...(options.networkKey === undefined ? ['the network\'s key, config/network_key (the same file on every node: one team makes it with "ackchain keys network-key --out" and gives it to the others)'] : []),
      ];
      throw new Error(`this node is one of a network (${validators.length} validators in the genesis, ${config.p2p.persistentPeers.length} persistent peers): it needs ${missing.join(', and ')}`);
    }
    const store = await ChainStore.open(options.databasePath);
    try {
      const chain = await openChain(store, genesis);
      const node = new AckchainNode(options, store, chain.validators);
      const onCommit = (block: ExecutedBlock, timings: { executeMs: number; writeMs: number }): void => node.#committed(block, timings);
      if (lone) {
        const solo = new SoloProducer({ store, mempool: node.#mempool, keys: validatorKey, clock: node.#clock, log: node.#log, onCommit }, chain);
        node.#producer = node.#solo = solo;
        solo.start();
      } else {
        const data = dirname(options.databasePath);
        const network = await NodeNetwork.start({
          genesis, config, store, mempool: node.#mempool, clock: node.#clock, log: node.#log, validatorKey,
          nodeKey: options.nodeKey!, networkKey: options.networkKey!, walPath: join(data, 'wal'), signerStatePath: join(data, 'signer_state.json'),
          admitTx: (bytes) => node.#admit(bytes), onCommit, heartbeatIntervalMs: options.heartbeatIntervalMs,
        }, chain);
        node.#producer = network.driver;
        node.#network = network;
      }
      options.logger.info({ height: node.chain.height, chainId: genesis.genesis.chainId, peerId: node.#network?.host.peerId, mode: lone ? 'solo' : 'consensus' }, 'node started');
      return node;
    } catch (e) {
      await store.close();
      throw e;
    }
  }

  /** The last committed block's chain state. */
  get chain(): ChainState {
    return this.#producer.chain;
  }

  now(): number {
    return this.#clock.now();
  }

  status(): NodeStatus {
    const chain = this.chain;
    const network = this.#network;
    return {
      moniker: this.config.moniker, chainId: chain.chainId, genesisHash: this.genesis.hash,
      validator: this.validatorKey.publicKey, height: chain.height, blockHash: chain.blockHash, blockTimeMs: chain.timeMs,
      stateRoot: chain.stateRoot, mempool: { txs: this.#mempool.size, bytes: this.#mempool.bytes }, peers: network?.peers().length ?? 0,
      startedAtMs: this.startedAtMs, peerId: network?.host.peerId, consensus: network?.driver.position,
      figures: this.#metrics.figures(),
      lastSigned: network === undefined ? (chain.height > 0 ? { height: chain.height, round: 0, step: 'precommit' } : undefined) : network.lastSigned,
    };
  }

  /** Connected peers (none for a lone validator). */
  peers(): NodePeer[] {
    return (this.#network?.peers() ?? []).map((p) => ({ peerId: p.peerId, addrs: p.addrs, score: p.score }));
  }

  /** Healthy while blocks keep coming (the newest is at most a few empty-block intervals old) and production has not halted. */
  health(): NodeHealth {
    const now = this.#clock.now();
    const { height, timeMs, params } = this.chain;
    const age = Math.max(0, now - timeMs);
    const limit = Math.max(5000, params.emptyBlockIntervalMs * 5);
    const booting = height === 0 && now - this.startedAtMs < limit;
    return { healthy: this.#producer.halted === undefined && (booting || age <= limit), height, lastBlockAgeMs: age };
  }

  /** Admits a tx from a client to the mempool and gossips it to the network's other nodes. */
  async submitTx(bytes: Uint8Array): Promise<CheckedTx> {
    const checked = await this.#admit(bytes);
    this.#network?.publishTx(bytes);
    return checked;
  }

  /**
   * Admits a tx to the mempool, cheapest checks first so that a refused tx costs the node little:
   * decoding, a signer the chain knows (one point read), room in the mempool for that signer, the
   * expiry window at the next block's time and not committed before, and only then the
   * signature, which a tx whose signature already failed here does not get again.
   */
  async #admit(bytes: Uint8Array): Promise<CheckedTx> {
    const chain = this.chain;
    const tx = decodeTx(bytes, { chainId: chain.chainId, maxTxBytes: chain.params.maxTxBytes });
    const next = blockInfo(chain, Math.max(this.#clock.now(), chain.timeMs + 1));
    // A device's tx that is stale, from a revoked or expired device, or of a kind a device may
    // not sign, would only fail in a block: refused here, with that reason.
    await actingAccount(this.#store, tx, next);
    if (!(await isKnownAccount(this.#store, tx.signer, chain.validators))) {
      reject('unauthorized', `${toHex(tx.signer)} is not an account this chain knows (a team's member or integration, a registered device, or a validator)`);
    }
    this.#mempool.checkRoom(tx);
    await checkIncludable(this.#store, tx, next);
    const id = toHex(tx.hash);
    if (this.#badSignatures.has(id)) reject('badSignature', 'signature does not verify for the signer');
    let checked: CheckedTx;
    try {
      checked = verifyTx(tx);
    } catch (e) {
      this.#rememberBadSignature(id);
      throw e;
    }
    this.#mempool.add(checked);
    this.#producer.txArrived();
    return checked;
  }

  async waitForCommit(hash: Uint8Array, timeoutMs: number): Promise<TxCommitted> {
    const id = toHex(hash);
    // Its timer would keep a stopping process alive until the timeout.
    if (this.#stopping) return Promise.reject(new CommitTimeoutError(`tx ${id}: the node is stopping; it may still commit`));
    return new Promise<TxCommitted>((resolve, rejectPromise) => {
      const stopWaiting = (): void => {
        const set = this.#waiters.get(id);
        set?.delete(waiter);
        if (set?.size === 0) this.#waiters.delete(id);
      };
      const waiter: CommitWaiter = {
        done: (c) => { timer.cancel(); resolve(c); },
        // A stopping node answers at once rather than keep its process alive until the timeout.
        abort: (why) => { timer.cancel(); stopWaiting(); rejectPromise(new CommitTimeoutError(`tx ${id}: ${why}; it may still commit`)); },
      };
      const timer = this.#clock.setTimer(timeoutMs, () => {
        stopWaiting();
        rejectPromise(new CommitTimeoutError(`tx ${id} was not committed within ${timeoutMs} ms; it may still commit`));
      });
      let set = this.#waiters.get(id);
      if (set === undefined) this.#waiters.set(id, set = new Set());
      set.add(waiter);
      // It may have committed between submission and now.
      // Only the tx index is read: decoding the whole block for every waiter would be wasted work.
      this.#txLocation(hash).then((location) => {
        if (location === undefined) return;
        stopWaiting();
        waiter.done({ height: location.height, index: location.index, receipt: decode.receipt(location.receipt) });
      }, () => undefined);
    });
  }

  /** How many txs have callers waiting for their commit (for tests and metrics). */
  get waitingTxs(): number {
    return this.#waiters.size;
  }

  subscribe(listener: (block: BlockCommittedEvent) => void): () => void {
    this.#events.on('block', listener);
    return () => { this.#events.off('block', listener); };
  }

  async getBlock(at: { height: number } | { hash: Uint8Array }): Promise<DecodedBlock | undefined> {
    const height = 'height' in at ? at.height : await this.#store.heightOfBlock(at.hash);
    if (height === undefined || height === 0) return undefined;
    const bytes = await this.#store.getBlock(height);
    return bytes === undefined ? undefined : decodeBlock(bytes);
  }

  getCommit(height: number): Promise<Uint8Array | undefined> {
    return height === 0 ? Promise.resolve(undefined) : this.#store.getCommit(height);
  }

  async getValidators(height: number): Promise<ValidatorSetAt | undefined> {
    const chain = this.chain;
    if (height > chain.height + 1) return undefined;
    // The set cannot change yet (validator-set changes are a later issue): every height has it.
    return { height, validators: [...chain.validators], totalPower: totalPower(chain.validators) };
  }

  async #txLocation(hash: Uint8Array): Promise<ackchain.TxLocation | undefined> {
    const bytes = await this.#store.getTxLocation(hash);
    return bytes === undefined ? undefined : decode.txLocation(bytes);
  }

  async getTx(hash: Uint8Array): Promise<CommittedTxRecord | undefined> {
    const location = await this.#txLocation(hash);
    if (location === undefined) return undefined;
    const block = await this.getBlock({ height: location.height });
    if (block === undefined) throw new Error(`tx ${toHex(hash)} is indexed at height ${location.height}, which has no block`);
    return { hash, bytes: block.txs[location.index], height: location.height, index: location.index, block, receipt: location.receipt };
  }

  /** The leaves of a block's results_root: each tx's receipt in order, then the begin-block receipt. */
  async getBlockReceipts(height: number): Promise<Uint8Array[] | undefined> {
    const block = await this.getBlock({ height });
    const beginBlock = await this.#store.getBeginBlockReceipt(height);
    if (block === undefined || beginBlock === undefined) return undefined;
    const locations = await Promise.all(block.txs.map((tx) => this.#txLocation(txHashOf(tx))));
    return [...locations.map((l, i) => {
      if (l === undefined) throw new Error(`tx ${i} of block ${height} has no stored location`);
      return l.receipt;
    }), beginBlock];
  }

  isPending(hash: Uint8Array): boolean {
    return this.#mempool.has(hash);
  }

  getTeam(id: string): Promise<ackchain.Team | undefined> { return getTeam(this.#store, id); }
  listTeams(): Promise<ackchain.Team[]> { return listTeams(this.#store); }
  getAlert(team: string, number: number): Promise<ackchain.Alert | undefined> { return getAlert(this.#store, team, number); }
  findOpenAlert(team: string, dedupKey: string): Promise<number | undefined> { return findOpenAlert(this.#store, team, dedupKey); }
  listAlerts(filter: AlertFilter): Promise<AlertPage> { return listAlerts(this.#store, filter); }
  alertHistory(team: string, number: number, page: { from: number; limit: number }): Promise<HistoryPage> {
    return alertHistory(this.#store, team, number, page);
  }
  getContract(address: Uint8Array): Promise<ackchain.Contract | undefined> { return getContract(this.#store, address); }
  getPolicy(team: string, version: number): Promise<ackchain.EscalationPolicy | undefined> { return getPolicy(this.#store, team, version); }
  getSchedule(team: string, name: string): Promise<ackchain.Schedule | undefined> { return getSchedule(this.#store, team, name); }
  onCall(team: ackchain.Team, atMs: number, schedule?: string): Promise<OnCallNow[]> { return whoIsOnCall(this.#store, team, atMs, schedule); }
  shifts(team: string, schedule: string, fromMs: number, toMs: number, maxShifts: number): Promise<{ shifts: Shift[]; truncated: boolean }> {
    return scheduleShifts(this.#store, team, schedule, fromMs, toMs, maxShifts);
  }
  getDevice(key: Uint8Array): Promise<ackchain.Device | undefined> { return getDevice(this.#store, key); }
  devicesOf(owner: Uint8Array): Promise<ackchain.Device[]> { return devicesOf(this.#store, owner); }
  getOla(id: number): Promise<ackchain.Ola | undefined> { return getOla(this.#store, id); }
  listOlas(filter: { team?: string; after?: number; limit: number }): Promise<{ olas: ackchain.Ola[]; next?: number }> { return listOlas(this.#store, filter); }
  olaCompliance(id: number, period: Period): Promise<Report> { return olaCompliance(this.#store, id, period); }
  teamAnalytics(team: string, period: Period): Promise<Report> { return teamAnalytics(this.#store, team, period); }
  auditAcks(filter: AckFilter): Promise<{ acks: AckRecord[]; next?: Uint8Array }> { return auditAcks(this.#store, filter); }
  listEvidence(filter: EvidenceFilter): Promise<{ evidence: EvidenceEntry[]; next?: Uint8Array }> { return listEvidence(this.#store, filter); }

  #rememberBadSignature(id: string): void {
    if (this.#badSignatures.size >= BAD_SIGNATURE_MEMORY) this.#badSignatures.delete(this.#badSignatures.values().next().value as string);
    this.#badSignatures.add(id);
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    for (const set of [...this.#waiters.values()]) for (const w of [...set]) w.abort('the node is stopping');
    await this.#solo?.stop();
    await this.#network?.stop();
    await this.#store.close();
    this.#log.info({ height: this.chain.height }, 'node stopped');
  }

  #committed(block: ExecutedBlock, timings: { executeMs: number; writeMs: number }): void {
    const last = this.#metrics.record(block.lastCommit);
    // Quiet blocks are debug; a block with txs, or whose last commit lacks a validator or took more than round 0, is info.
    const notable = block.txs.length > 0 || (last !== undefined && (last.missed.length > 0 || last.round > 0));
    const lastCommit = last === undefined ? {} : { lastCommit: { round: last.round, signed: `${last.signed}/${last.validators}`, missed: last.missed } };
    this.#log[notable ? 'info' : 'debug']({ height: block.height, txs: block.txs.length, hash: toHex(block.hash), ...timings, ...lastCommit }, 'committed block');
    for (const tx of block.txs) {
      const id = toHex(tx.hash);
      const waiters = this.#waiters.get(id);
      if (waiters === undefined) continue;
      this.#waiters.delete(id);
      for (const w of waiters) w.done({ height: block.height, index: tx.index, receipt: tx.receipt });
    }
    this.#events.emit('block', { height: block.height, hash: block.hash, header: block.header, txs: block.txs });
  }
}
