// One node of the simulation: a validator (or a Twins instance of one, or a follower) over its
// own data directory with the real LevelDB store, WAL and signer state, wired by the real
// NodeNetwork.over to a SimTransport. It starts, crashes, and starts again on the same directory.
//
// A crash ends the incarnation: its timers and messages in flight die with it, nothing it was
// waiting for ever answers, and what it had not made durable is lost. The WAL keeps exactly what
// was flushed (`Wal.size`), plus, when the crash is drawn as torn, a prefix of what was appended
// after (a write that reached the disk in part before the fsync that never came). The signer
// state and the store are durable when their writes resolve (fsync, synced batches): nothing to
// drop. A crash armed at a durable write (`armCrash`) stops the node inside an event, before that
// write (it never happens) or just after it (it is on disk, the node never learns).
import { mkdirSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { toHex } from '../../src/chain/bytes.ts';
import { reject } from '../../src/chain/codes.ts';
import type { GenesisDoc } from '../../src/chain/genesis.ts';
import type { KeyPair } from '../../src/chain/keys.ts';
import { decodeTx, verifyTx, type CheckedTx } from '../../src/chain/tx.ts';
import { DEFAULT_CONFIG } from '../../src/node/config.ts';
import type { Logger } from '../../src/node/logger.ts';
import { Mempool } from '../../src/node/mempool.ts';
import { NodeNetwork, gossipTimings } from '../../src/node/network.ts';
import { SignerState } from '../../src/node/signer-state.ts';
import { Wal } from '../../src/node/wal.ts';
import { blockInfo, type ExecutedBlock } from '../../src/state/block.ts';
import type { ChainState } from '../../src/state/chain-state.ts';
import { actingAccount } from '../../src/state/devices.ts';
import { checkIncludable } from '../../src/state/execute.ts';
import { openChain } from '../../src/state/genesis.ts';
import { isKnownAccount } from '../../src/state/teams.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { SimTransport, type SimNetwork } from './network.ts';
import { Lifetime, NodeClock, type Scheduler } from './scheduler.ts';

export type NodeRole = 'validator' | 'twin' | 'follower';

export interface SimNodeOptions {
  name: string;
  role: NodeRole;
  keys: KeyPair;
  dir: string;
  genesis: GenesisDoc;
  clockOffsetMs: number;
  heartbeatMs: number;
  logLevel: string;
  /** Lines of log kept per node (the tail is printed when a run fails). */
  logLines: number;
}

/** What a node reports to the run. */
export interface NodeHooks {
  committed(node: SimNode, block: ExecutedBlock): void;
  failed(message: string): void;
}

/** One incarnation's parts. */
interface Incarnation {
  life: Lifetime;
  clock: NodeClock;
  rawStore: ChainStore;
  rawWal: Wal;
  rawSigner: SignerState | undefined;
  store: ChainStore;
  mempool: Mempool;
  transport: SimTransport;
  network: NodeNetwork<SimTransport> | undefined;
}

export class SimNode {
  readonly name: string;
  readonly role: NodeRole;
  readonly keys: KeyPair;
  readonly o: SimNodeOptions;
  /** Times started. */
  incarnations = 0;
  crashes = 0;
  /** The highest height any incarnation reported committed. */
  reported = 0;
  /** How far this machine's clock is off true time (it survives restarts; a clock step changes it). */
  clockOffsetMs: number;
  /** Log lines (JSON), the newest last. */
  readonly logs: string[] = [];
  /** How often each log message was written, at the run's log level (what the faults made the nodes do). */
  readonly logCounts = new Map<string, number>();
  #inc: Incarnation | undefined;
  #armed: 'before' | 'after' | undefined;
  #onArmedCrash: (() => void) | undefined;

  constructor(o: SimNodeOptions) {
    this.o = o;
    this.name = o.name;
    this.role = o.role;
    this.keys = o.keys;
    this.clockOffsetMs = o.clockOffsetMs;
    mkdirSync(o.dir, { recursive: true });
  }

  get honest(): boolean { return this.role !== 'twin'; }
  /** Started and not crashed since. */
  get up(): boolean { return this.#inc?.life.alive === true && this.#inc.network !== undefined; }
  /** An incarnation is alive (possibly still starting). */
  get alive(): boolean { return this.#inc?.life.alive === true; }
  get chain(): ChainState | undefined { return this.#inc?.network?.driver.chain; }
  get network(): NodeNetwork<SimTransport> | undefined { return this.#inc?.network; }
  get store(): ChainStore | undefined { return this.#inc?.rawStore; }
  get clock(): NodeClock | undefined { return this.#inc?.clock; }

  #logger(sched: Scheduler, life: Lifetime): Logger {
    const lines = this.logs;
    const counts = this.logCounts;
    const max = this.o.logLines;
    return pino({ level: this.o.logLevel, base: { node: life.name }, timestamp: () => `,"t":${sched.now}` }, {
      write: (line: string) => {
        const msg = /"msg":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? '?';
        counts.set(msg, (counts.get(msg) ?? 0) + 1);
        lines.push(line.trimEnd());
        if (lines.length > 2 * max) lines.splice(0, lines.length - max);
      },
    });
  }

  /** Opens the data directory and joins the network: the start of an incarnation (WAL replay included). */
  async start(sched: Scheduler, net: SimNetwork, hooks: NodeHooks): Promise<void> {
    if (this.#inc?.life.alive) throw new Error(`${this.name} is already up`);
    const io = sched.io;
    await this.release(io, 0);
    this.incarnations++;
    const life = new Lifetime(`${this.name}#${this.incarnations}`);
    const clock = new NodeClock(sched, life, () => this.clockOffsetMs);
    const log = this.#logger(sched, life);
    const crashPoint = () => this.#crashPoint(life);
    const rawStore = await io.track(ChainStore.open(join(this.o.dir, 'chain')));
    const store = io.wrap(rawStore, ['commitBlock'], crashPoint);
    let rawSigner: SignerState | undefined;
    let rawWal: Wal | undefined;
    try {
      const chain = await openChain(store, this.o.genesis);
      if (chain.height < this.reported) hooks.failed(`${life.name} restarted at height ${chain.height}, but an earlier incarnation reported height ${this.reported} committed: a committed block was lost`);
      const isValidator = chain.validators.some((v) => toHex(v.publicKey) === toHex(this.keys.publicKey));
      rawSigner = isValidator ? await io.track(SignerState.open(join(this.o.dir, 'signer_state.json'))) : undefined;
      rawWal = await io.track(Wal.open(join(this.o.dir, 'wal')));
      if (rawWal.repaired) log.warn({ ...rawWal.repaired }, 'cut a torn tail off the consensus write-ahead log');
      const transport = new SimTransport(net, {
        id: this.name, life, seenTtlMs: gossipTimings(this.o.heartbeatMs).seenTtlMs, heartbeatMs: this.o.heartbeatMs,
        heartbeatPhaseMs: net.rng.int(this.o.heartbeatMs),
      });
      const inc: Incarnation = { life, clock, rawStore, rawWal, rawSigner, store, mempool: new Mempool(DEFAULT_CONFIG.mempool), transport, network: undefined };
      this.#inc = inc;
      inc.network = await NodeNetwork.over(transport, {
        store, mempool: inc.mempool, clock, log, validatorKey: this.keys, genesisHash: this.o.genesis.hash,
        wal: io.wrap(rawWal, ['flush', 'markHeight'], crashPoint),
        signer: rawSigner === undefined ? undefined : io.wrap(rawSigner, ['checkAndRecord'], crashPoint),
        admitTx: (bytes) => this.#admit(inc, bytes),
        onCommit: (block) => {
          if (!life.alive) return;
          this.reported = Math.max(this.reported, block.height);
          hooks.committed(this, block);
        },
        heartbeatIntervalMs: this.o.heartbeatMs,
      }, chain);
    } catch (e) {
      if (this.#inc?.life === life) this.#inc = undefined;
      await io.track(rawSigner?.close() ?? Promise.resolve());
      await io.track(rawWal?.close() ?? Promise.resolve());
      await io.track(rawStore.close());
      throw e;
    }
  }

  /** Crash at the next durable write (store batch, WAL flush or new segment, signer record), before or after it. */
  armCrash(when: 'before' | 'after', then: () => void): void {
    this.#armed = when;
    this.#onArmedCrash = then;
  }

  disarm(): void {
    this.#armed = undefined;
    this.#onArmedCrash = undefined;
  }

  get armed(): boolean { return this.#armed !== undefined; }

  #crashPoint(life: Lifetime): { when: 'before' | 'after'; fire: () => void } | undefined {
    const when = this.#armed;
    if (when === undefined || !life.alive || this.#inc?.life !== life) return undefined;
    const then = this.#onArmedCrash!;
    this.disarm();
    return { when, fire: () => { this.#kill(); then(); } };
  }

  /** The incarnation dies: no more timers, messages or answers reach it. Its files are closed by `release`. */
  #kill(): void {
    const inc = this.#inc;
    if (inc === undefined || !inc.life.alive) return;
    inc.life.alive = false;
    inc.transport.life.alive = false;
    void inc.transport.stop();
    this.crashes++;
  }

  /** Crashes now (between events). */
  crashNow(): void {
    this.#kill();
  }

  /**
   * Closes what a dead incarnation held, as a crash leaves it: the WAL keeps what was flushed and,
   * if `tornBytes` > 0, that many bytes more of what was appended after.
   */
  async release(io: Scheduler['io'], tornFraction: number): Promise<void> {
    const inc = this.#inc;
    if (inc === undefined || inc.life.alive) return;
    this.#inc = undefined;
    const wal = inc.rawWal;
    const file = wal.segmentFile;
    const durable = wal.size;
    const pending = wal.pendingBytes;
    await io.track(inc.rawSigner?.close() ?? Promise.resolve());
    await io.track(wal.close().catch(() => {}));
    if (file !== undefined) await io.track(truncate(file, durable + Math.floor(pending * tornFraction)));
    await io.track(inc.rawStore.close());
  }

  /** A clean stop at the end of a run. */
  async stop(io: Scheduler['io']): Promise<void> {
    const inc = this.#inc;
    if (inc === undefined) return;
    inc.life.alive = false;
    await inc.transport.stop();
    await this.release(io, 1);
  }

  /** A client's tx: admitted to this node's mempool and gossiped, or refused (throws a Rejection). */
  async submit(bytes: Uint8Array): Promise<CheckedTx> {
    const inc = this.#inc;
    if (inc === undefined || !inc.life.alive || inc.network === undefined) reject('mempoolFull', `${this.name} is down`);
    const checked = await this.#admit(inc, bytes);
    inc.network.publishTx(bytes);
    return checked;
  }

  /** AckchainNode's admission (node.ts), cheapest checks first. */
  async #admit(inc: Incarnation, bytes: Uint8Array): Promise<CheckedTx> {
    const driver = inc.network?.driver;
    if (driver === undefined || !inc.life.alive) reject('mempoolFull', `${this.name} is starting`);
    const chain = driver.chain;
    const tx = decodeTx(bytes, { chainId: chain.chainId, maxTxBytes: chain.params.maxTxBytes });
    const next = blockInfo(chain, Math.max(inc.clock.now(), chain.timeMs + 1));
    await actingAccount(inc.store, tx, next);
    if (!(await isKnownAccount(inc.store, tx.signer, chain.validators))) reject('unauthorized', `${toHex(tx.signer)} is not an account this chain knows`);
    inc.mempool.checkRoom(tx);
    await checkIncludable(inc.store, tx, next);
    const checked = verifyTx(tx);
    inc.mempool.add(checked);
    driver.txArrived();
    return checked;
  }
}

