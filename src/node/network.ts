// A node of a network of validators: the transport (the libp2p host of p2p/ in production), the
// consensus driver and block sync, wired together. Gossip reaches the node through the
// transport's check (admission for txs, the driver's check for consensus messages and evidence)
// and delivery (evidence into the evidence pool, which the driver proposes from); status and sync
// requests are served from the chain head and the store.
//
// `NodeNetwork.start` opens the signer state and the WAL, creates the libp2p host and wires the
// node over it. `NodeNetwork.over` wires a node over any `NodeTransport`: the seeded simulation
// (test/sim/) runs real drivers over a simulated network that way, with the same checks, handlers
// and timings as production.
import { toHex } from '../chain/bytes.ts';
import { Code, Rejection } from '../chain/codes.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import type { KeyPair } from '../chain/keys.ts';
import { P2PHost, gossipLimitsFor, tcpMultiaddr, type P2PHandlers, type PeerInfo, type ReceivedGossip, type Verdict } from '../p2p/index.ts';
import type { ExecutedBlock } from '../state/block.ts';
import type { ChainState } from '../state/chain-state.ts';
import type { ChainStore } from '../store/chain-store.ts';
import { BlockSync, blocksFrom, statusOf, type SyncNetwork } from './block-sync.ts';
import type { Clock } from './clock.ts';
import { parseHostPort, type NodeConfig } from './config.ts';
import { ConsensusDriver, type ConsensusNetwork } from './consensus-driver.ts';
import { EvidencePool } from './evidence-pool.ts';
import type { Logger } from './logger.ts';
import type { Mempool } from './mempool.ts';
import { SignerState } from './signer-state.ts';
import { StallWatch } from './stall-watch.ts';
import { Wal } from './wal.ts';

/** Rejections that prove a gossiped tx invalid whoever looks at it (the rest depend on this node's state or mempool). */
const INVALID_TX = new Set<number>([Code.malformed, Code.wrongChain, Code.badSignature, Code.tooLarge]);

// Timing of the gossip layer, in gossipsub heartbeats. A message id is remembered as seen for 8
// heartbeats (beyond the 5 of gossipsub's message cache, so no message comes round again), and
// this node publishes its own consensus messages again every 10 (later than 8, or gossipsub would
// drop them as already seen). Peers are asked for their height every 2.
const SEEN_TTL_HEARTBEATS = 8;
const REBROADCAST_HEARTBEATS = 10;
const STATUS_HEARTBEATS = 2;
const DEFAULT_HEARTBEAT_MS = 1000;
/** No block for this many heartbeats (30 s by default) is worth a warning. */
const STALL_HEARTBEATS = 30;

/** The gossip layer's timings for a heartbeat interval: how long a message id stays seen, and how often the node re-publishes and polls. */
export function gossipTimings(heartbeatIntervalMs = DEFAULT_HEARTBEAT_MS): { seenTtlMs: number; rebroadcastIntervalMs: number; statusIntervalMs: number } {
  return {
    seenTtlMs: SEEN_TTL_HEARTBEATS * heartbeatIntervalMs,
    rebroadcastIntervalMs: REBROADCAST_HEARTBEATS * heartbeatIntervalMs,
    statusIntervalMs: STATUS_HEARTBEATS * heartbeatIntervalMs,
  };
}

/** How much of the voting power this node reaches: its own (if a validator) and its connected peers' (by their genesis peer ids). */
function reach(chain: ChainState, peers: readonly PeerInfo[], self: KeyPair): { peers: number; connectedPower: string } {
  const connected = new Set(peers.map((p) => p.peerId));
  const own = toHex(self.publicKey);
  let power = 0;
  let total = 0;
  for (const v of chain.validators) {
    total += v.power;
    if (toHex(v.publicKey) === own || (v.peerId !== '' && connected.has(v.peerId))) power += v.power;
  }
  return { peers: peers.length, connectedPower: `${power} of ${total}` };
}

/**
 * What the node needs of its network: gossip out (consensus, evidence, txs), gossip in through
 * the handlers (checked before delivery or forwarding), and requests to one peer for block sync.
 * P2PHost is the production one.
 */
export interface NodeTransport extends ConsensusNetwork, SyncNetwork {
  setHandlers(handlers: Partial<P2PHandlers>): void;
  publishTx(tx: Uint8Array): Promise<number>;
  peers(): PeerInfo[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface NetworkOptions {
  genesis: GenesisDoc;
  config: NodeConfig;
  store: ChainStore;
  mempool: Mempool;
  clock: Clock;
  log: Logger;
  validatorKey: KeyPair;
  nodeKey: KeyPair;
  networkKey: Uint8Array;
  walPath: string;
  signerStatePath: string;
  /** Admits a gossiped tx to the mempool (without publishing it again); throws a Rejection. */
  admitTx: (bytes: Uint8Array) => Promise<unknown>;
  onCommit: (block: ExecutedBlock, timings: { executeMs: number; writeMs: number }) => void;
  /** Gossipsub heartbeat (1 s by default); tests lower it. */
  heartbeatIntervalMs?: number;
}

/** What `NodeNetwork.over` needs besides the transport: the node's parts, its WAL and signer state already open. */
export interface NodeParts {
  store: ChainStore;
  mempool: Mempool;
  clock: Clock;
  log: Logger;
  validatorKey: KeyPair;
  /** The chain's genesis hash, which status answers carry and are checked against. */
  genesisHash: Uint8Array;
  wal: Wal;
  /** A validator's; undefined for a node whose key is in no set. */
  signer: SignerState | undefined;
  admitTx: NetworkOptions['admitTx'];
  onCommit: NetworkOptions['onCommit'];
  heartbeatIntervalMs?: number;
}

export class NodeNetwork<T extends NodeTransport = P2PHost> {
  readonly host: T;
  readonly driver: ConsensusDriver;
  readonly #sync: BlockSync;
  readonly #stallWatch: StallWatch;
  readonly #wal: Wal;
  readonly #signer: SignerState | undefined;
  readonly #log: Logger;

  private constructor(host: T, driver: ConsensusDriver, sync: BlockSync, stallWatch: StallWatch, wal: Wal, signer: SignerState | undefined, log: Logger) {
    this.host = host;
    this.driver = driver;
    this.#sync = sync;
    this.#stallWatch = stallWatch;
    this.#wal = wal;
    this.#signer = signer;
    this.#log = log;
  }

  /** Opens the signer state (a validator's) and the WAL, starts the host, replays the WAL and joins consensus. */
  static async start(o: NetworkOptions, chain: ChainState): Promise<NodeNetwork> {
    const isValidator = chain.validators.some((v) => toHex(v.publicKey) === toHex(o.validatorKey.publicKey));
    const signer = isValidator ? await SignerState.open(o.signerStatePath) : undefined;
    let wal: Wal | undefined;
    let host: P2PHost | undefined;
    try {
      wal = await Wal.open(o.walPath);
      if (wal.repaired) o.log.warn({ ...wal.repaired }, 'cut a torn tail off the consensus write-ahead log');
      const heartbeat = o.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_MS;
      const { host: listenHost, port } = parseHostPort(o.config.p2p.listen, 'p2p.listen');
      host = await P2PHost.create({
        chainId: chain.chainId, nodeKey: o.nodeKey, networkKey: o.networkKey, listen: [tcpMultiaddr(listenHost, port)],
        allowedPeers: [...o.genesis.genesis.validators.map((v) => v.peerId ?? '').filter((id) => id !== ''), ...o.config.p2p.allowedPeers],
        persistentPeers: o.config.p2p.persistentPeers, limits: { gossip: gossipLimitsFor(chain.params) }, logger: o.log.child({ module: 'p2p' }),
        heartbeatIntervalMs: heartbeat, seenTtlMs: gossipTimings(heartbeat).seenTtlMs,
      });
      return await NodeNetwork.over(host, {
        store: o.store, mempool: o.mempool, clock: o.clock, log: o.log, validatorKey: o.validatorKey, genesisHash: o.genesis.hash, wal, signer,
        admitTx: o.admitTx, onCommit: o.onCommit, heartbeatIntervalMs: heartbeat,
      }, chain);
    } catch (e) {
      await host?.stop().catch(() => {});
      await wal?.close().catch(() => {});
      await signer?.close();
      throw e;
    }
  }

  /**
   * Wires the driver and block sync over `transport` and starts them: the handlers first, then the
   * transport, then the driver (it replays the WAL before anything is sent), then block sync. The
   * caller stops the transport and closes the WAL and signer state if this throws.
   */
  static async over<T extends NodeTransport>(transport: T, o: NodeParts, chain: ChainState): Promise<NodeNetwork<T>> {
    const timings = gossipTimings(o.heartbeatIntervalMs);
    let sync: BlockSync | undefined;
    const evidence = new EvidencePool();
    const driver = new ConsensusDriver({
      store: o.store, mempool: o.mempool, evidence, clock: o.clock, log: o.log.child({ module: 'consensus' }), keys: o.validatorKey, signer: o.signer, wal: o.wal,
      network: transport, gossipLimits: gossipLimitsFor(chain.params), rebroadcastIntervalMs: timings.rebroadcastIntervalMs, onCommit: o.onCommit,
      onBehind: () => sync?.poke(),
    }, chain);
    sync = new BlockSync({
      network: transport, clock: o.clock, log: o.log.child({ module: 'sync' }), intervalMs: timings.statusIntervalMs,
      height: () => driver.chain.height, genesisHash: o.genesisHash, apply: (blocks) => driver.applySynced(blocks), onCaughtUp: () => void driver.caughtUp(),
    });
    transport.setHandlers({
      check: (m) => NodeNetwork.#check(m, driver, o.admitTx),
      onGossip: (m) => {
        if (m.topic === 'consensus') driver.deliver(m.kind === 'vote' ? { kind: 'vote', vote: m.vote } : { kind: 'proposal', proposal: m.proposal }, m.data);
        else if (m.topic === 'evidence') {
          o.log.warn({ validator: toHex(m.evidence.validator), height: m.evidence.height }, 'evidence of a double vote received');
          evidence.add(m.evidence);
        }
      },
      onStatus: () => statusOf(driver.chain, o.genesisHash),
      onSync: ({ fromHeight, count }) => blocksFrom(o.store, driver.chain.height, fromHeight, count),
      onPeerConnect: () => sync?.poke(),
    });
    const stallWatch = new StallWatch({
      clock: o.clock, log: o.log.child({ module: 'consensus' }), intervalMs: STALL_HEARTBEATS * (o.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_MS),
      height: () => driver.chain.height, describe: () => ({ ...driver.position, ...reach(driver.chain, transport.peers(), o.validatorKey) }),
    });
    await transport.start();
    await driver.start();
    sync.start();
    stallWatch.start();
    return new NodeNetwork(transport, driver, sync, stallWatch, o.wal, o.signer, o.log);
  }

  static async #check(m: ReceivedGossip, driver: ConsensusDriver, admitTx: NetworkOptions['admitTx']): Promise<Verdict> {
    switch (m.topic) {
      case 'tx':
        try {
          await admitTx(m.data);
          return 'accept';
        } catch (e) {
          if (e instanceof Rejection) return INVALID_TX.has(e.code) ? 'reject' : 'ignore';
          throw e;
        }
      case 'consensus':
        return driver.check(m.kind === 'vote' ? { kind: 'vote', vote: m.vote } : { kind: 'proposal', proposal: m.proposal });
      case 'evidence':
        return driver.checkEvidence(m.evidence);
    }
  }

  /** Gossips a tx this node admitted from a client. */
  publishTx(bytes: Uint8Array): void {
    this.host.publishTx(bytes).catch((e: unknown) => this.#log.warn({ err: (e as Error).message }, 'could not gossip a tx'));
  }

  peers(): PeerInfo[] {
    return this.host.peers();
  }

  /** What this validator signed last, from its signer state. */
  get lastSigned(): { height: number; round: number; step: 'proposal' | 'prevote' | 'precommit' } | undefined {
    const last = this.#signer?.last;
    return last === undefined ? undefined : { height: last.height, round: last.round, step: last.step };
  }

  async stop(): Promise<void> {
    // Block sync's requests in flight end when the host stops (not after their timeout).
    this.#stallWatch.stop();
    const syncStopped = this.#sync.stop();
    await this.driver.stop();
    await this.host.stop();
    await syncStopped;
    await this.#wal.close();
    await this.#signer?.close();
  }
}
