// The simulated network: links between nodes, gossip with gossipsub's semantics as the node uses
// them, and request/response, every transmission's fate drawn from the seed.
//
// - Gossip (SimTransport.publish / receive): a message id is the SHA-256 of topic, 0, payload, as
//   the host's msgIdFn; a publisher or receiver that has seen the id drops the message (the seen
//   cache keeps an id `seenTtlMs` and forgets it at the first heartbeat after that, as gossipsub's
//   SimpleTimeCache pruned at each heartbeat). A received message is decoded structurally
//   (decodeGossip), run through the node's check, and, if accepted, delivered and forwarded to
//   every other linked peer: flood publishing over a full mesh, no retransmission, no IHAVE.
// - Each transmission on a link may be dropped, duplicated, and delayed (a base latency, jitter,
//   and now and then a long delay, which reorders); across a partition, or on a link blocked in
//   one direction, it is dropped. A message in flight to a node that crashed is lost with the
//   connection.
// - Requests (status, sync) go to one peer and come back with the same faults; an answer that
//   does not come within the request timeout fails the request, as the host's does. Responses
//   are encoded and decoded with the wire codecs and checked as the host checks them.
import { equalBytes, utf8 } from '../../src/chain/bytes.ts';
import { decodeBlock } from '../../src/chain/block.ts';
import { decode } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import type { NodeTransport } from '../../src/node/network.ts';
import { DEFAULT_LIMITS, P2PRequestError, type P2PHandlers, type PeerInfo, type ReceivedGossip, type SyncedBlock, type Verdict } from '../../src/p2p/host.ts';
import { decodeGossip, topicName, type GossipLimits, type TopicKind } from '../../src/p2p/topics.ts';
import {
  decodeStatusResponse, decodeSyncRequest, decodeSyncResponse, encodeStatusResponse, encodeSyncRequest, encodeSyncResponse, syncedBlockCost,
  type BlockWithCommit, type StatusResponse,
} from '../../src/p2p/wire.ts';
import type { Prng } from './prng.ts';
import type { Lifetime, Scheduler } from './scheduler.ts';

export interface LinkFaults {
  /** Chance that one transmission is lost. */
  dropRate: number;
  /** Chance that it arrives twice. */
  duplicateRate: number;
  /** Latency of a transmission: uniform in [minDelayMs, maxDelayMs]... */
  minDelayMs: number;
  maxDelayMs: number;
  /** ...or, with this chance, up to slowMaxMs (it overtakes nothing; later messages overtake it). */
  slowRate: number;
  slowMaxMs: number;
}

export const CALM: LinkFaults = { dropRate: 0, duplicateRate: 0, minDelayMs: 1, maxDelayMs: 20, slowRate: 0, slowMaxMs: 0 };

export interface NetworkStats {
  transmissions: number;
  dropped: number;
  duplicated: number;
  delivered: number;
  seenDrops: number;
  verdicts: Record<Verdict, number>;
  requests: number;
  requestsFailed: number;
}

/** What the network tells the run about (for the checks). */
export interface NetworkObserver {
  /** A node published (not forwarded) a gossip message. */
  published(node: string, kind: TopicKind, data: Uint8Array): void;
  /** A node's check gave a verdict on a message. */
  verdict(node: string, message: ReceivedGossip, verdict: Verdict): void;
}

export class SimNetwork {
  readonly sched: Scheduler;
  readonly rng: Prng;
  readonly chainId: string;
  readonly limits: GossipLimits;
  readonly requestTimeoutMs = DEFAULT_LIMITS.requestTimeoutMs;
  faults: LinkFaults = CALM;
  readonly stats: NetworkStats = {
    transmissions: 0, dropped: 0, duplicated: 0, delivered: 0, seenDrops: 0, verdicts: { accept: 0, reject: 0, ignore: 0 }, requests: 0, requestsFailed: 0,
  };

  readonly #links = new Map<string, Set<string>>();
  readonly #up = new Map<string, SimTransport>();
  /** Node -> side, while partitioned. */
  #sides: Map<string, number> | undefined;
  /** "a>b": a's transmissions to b are lost. */
  readonly #blocked = new Set<string>();
  readonly #observer: NetworkObserver;

  constructor(sched: Scheduler, rng: Prng, chainId: string, limits: GossipLimits, observer: NetworkObserver) {
    this.sched = sched;
    this.rng = rng;
    this.chainId = chainId;
    this.limits = limits;
    this.#observer = observer;
  }

  get observer(): NetworkObserver { return this.#observer; }

  link(a: string, b: string): void {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]]) {
      let s = this.#links.get(x);
      if (s === undefined) this.#links.set(x, s = new Set());
      s.add(y);
    }
  }

  linked(a: string): string[] {
    return [...(this.#links.get(a) ?? [])].sort();
  }

  /** The transport of a node that is up. */
  up(id: string): SimTransport | undefined {
    return this.#up.get(id);
  }

  canReach(from: string, to: string): boolean {
    if (this.#blocked.has(`${from}>${to}`)) return false;
    const sides = this.#sides;
    return sides === undefined || sides.get(from) === sides.get(to);
  }

  /** Splits the network into sides (a node on no side is alone), or heals it (undefined). */
  setPartition(sides: string[][] | undefined): void {
    const before = this.#sides;
    if (sides === undefined) {
      this.#sides = undefined;
    } else {
      this.#sides = new Map();
      sides.forEach((side, i) => side.forEach((id) => this.#sides!.set(id, i)));
    }
    // Connections across the old partition broke; the peers dial each other again.
    if (before !== undefined) this.#reconnect((a, b) => before.get(a) !== before.get(b) && this.canReach(a, b));
  }

  block(from: string, to: string): void {
    this.#blocked.add(`${from}>${to}`);
  }

  unblockAll(): void {
    if (this.#blocked.size === 0) return;
    const was = new Set(this.#blocked);
    this.#blocked.clear();
    this.#reconnect((a, b) => was.has(`${a}>${b}`) || was.has(`${b}>${a}`));
  }

  #reconnect(affected: (a: string, b: string) => boolean): void {
    for (const [a, t] of this.#up) {
      for (const b of this.linked(a)) {
        if (this.#up.has(b) && affected(a, b)) this.sched.after(this.#latency(), () => t.peerConnected(b), t.life);
      }
    }
  }

  attach(t: SimTransport): void {
    this.#up.set(t.id, t);
    for (const peer of this.linked(t.id)) {
      const p = this.#up.get(peer);
      if (p === undefined) continue;
      const delay = this.#latency();
      this.sched.after(delay, () => t.peerConnected(peer), t.life);
      this.sched.after(delay, () => p.peerConnected(t.id), p.life);
    }
  }

  detach(t: SimTransport): void {
    if (this.#up.get(t.id) === t) this.#up.delete(t.id);
  }

  /** Linked peers that are up (a crashed peer's connection closes at once). */
  peersOf(id: string): string[] {
    return this.linked(id).filter((p) => this.#up.has(p));
  }

  #latency(): number {
    const f = this.faults;
    if (this.rng.chance(f.slowRate)) return this.rng.range(f.maxDelayMs, Math.max(f.maxDelayMs, f.slowMaxMs));
    return this.rng.range(f.minDelayMs, f.maxDelayMs);
  }

  /** Sends something from `from` to the node `to` as it is now; `deliver` runs at its arrival if that incarnation is still up. */
  transmit(from: string, to: string, deliver: (target: SimTransport) => void | Promise<void>): boolean {
    const target = this.#up.get(to);
    if (target === undefined) return false;
    this.stats.transmissions++;
    if (!this.canReach(from, to) || this.rng.chance(this.faults.dropRate)) {
      this.stats.dropped++;
      return true;
    }
    const copies = this.rng.chance(this.faults.duplicateRate) ? 2 : 1;
    if (copies === 2) this.stats.duplicated++;
    for (let i = 0; i < copies; i++) {
      this.sched.after(this.#latency(), () => {
        this.stats.delivered++;
        return deliver(target);
      }, target.life);
    }
    return true;
  }

  /** Sends a gossip message to every linked peer that is up but `except`; returns how many it was sent to. */
  gossip(from: SimTransport, kind: TopicKind, data: Uint8Array, except: string | undefined): number {
    let sent = 0;
    for (const peer of this.peersOf(from.id)) {
      if (peer === except) continue;
      if (this.transmit(from.id, peer, (t) => t.receive(kind, Uint8Array.from(data), from.id))) sent++;
    }
    return sent;
  }
}

export interface TransportOptions {
  id: string;
  life: Lifetime;
  seenTtlMs: number;
  heartbeatMs: number;
  /** When this incarnation's heartbeats tick, within a heartbeat. */
  heartbeatPhaseMs: number;
}

/** One incarnation of a node's network endpoint: what NodeNetwork.over wires the driver and block sync to. */
export class SimTransport implements NodeTransport {
  readonly id: string;
  readonly life: Lifetime;
  readonly limits = { maxBlocksPerRequest: DEFAULT_LIMITS.maxBlocksPerRequest };
  readonly #net: SimNetwork;
  readonly #o: TransportOptions;
  readonly #seen = new Map<string, number>();
  readonly #topics: Record<TopicKind, Uint8Array>;
  #handlers: Partial<P2PHandlers> = {};
  #started = false;

  constructor(net: SimNetwork, o: TransportOptions) {
    this.#net = net;
    this.#o = o;
    this.id = o.id;
    this.life = o.life;
    this.#topics = { tx: utf8.encode(topicName(net.chainId, 'tx')), consensus: utf8.encode(topicName(net.chainId, 'consensus')), evidence: utf8.encode(topicName(net.chainId, 'evidence')) };
  }

  setHandlers(handlers: Partial<P2PHandlers>): void {
    this.#handlers = { ...this.#handlers, ...handlers };
  }

  async start(): Promise<void> {
    this.#started = true;
    this.#net.attach(this);
  }

  async stop(): Promise<void> {
    this.#started = false;
    this.#net.detach(this);
  }

  peerConnected(peer: string): void {
    if (this.life.alive) this.#handlers.onPeerConnect?.(peer);
  }

  // ---- the seen cache -------------------------------------------------------------------------

  #msgId(kind: TopicKind, data: Uint8Array): string {
    return Buffer.from(sha256(this.#topics[kind], ZERO, data)).toString('base64');
  }

  /** Seen: remembered until the first heartbeat after its TTL ran out. */
  #isSeen(id: string): boolean {
    const validUntil = this.#seen.get(id);
    if (validUntil === undefined) return false;
    const { heartbeatMs: hb, heartbeatPhaseMs: phase } = this.#o;
    const prunedAt = phase + (Math.floor((validUntil - phase) / hb) + 1) * hb;
    if (prunedAt <= this.#net.sched.now) {
      this.#seen.delete(id);
      return false;
    }
    return true;
  }

  #markSeen(id: string): void {
    this.#seen.set(id, this.#net.sched.now + this.#o.seenTtlMs);
    if (this.#seen.size > 4096) {
      for (const [k] of this.#seen) {
        if (!this.#isSeen(k) || this.#seen.size > 8192) this.#seen.delete(k);
        if (this.#seen.size <= 4096) break;
      }
    }
  }

  // ---- gossip ---------------------------------------------------------------------------------

  async publish(kind: TopicKind, data: Uint8Array): Promise<number> {
    if (!this.#started) throw new Error('p2p host is not started');
    decodeGossip(kind, data, this.#net.chainId, this.#net.limits);
    if (!this.life.alive) return 0;
    const id = this.#msgId(kind, data);
    if (this.#isSeen(id)) return 0;
    this.#markSeen(id);
    this.#net.observer.published(this.id, kind, data);
    return this.#net.gossip(this, kind, data, undefined);
  }

  publishTx(tx: Uint8Array): Promise<number> {
    return this.publish('tx', tx);
  }

  /** A gossip message arrives from `from` (its forwarder). */
  async receive(kind: TopicKind, data: Uint8Array, from: string): Promise<void> {
    if (!this.life.alive) return;
    const id = this.#msgId(kind, data);
    if (this.#isSeen(id)) {
      this.#net.stats.seenDrops++;
      return;
    }
    this.#markSeen(id);
    const net = this.#net;
    let received: ReceivedGossip;
    try {
      received = { ...decodeGossip(kind, data, net.chainId, net.limits), data, from };
    } catch (e) {
      throw new Error(`${this.id}: a message from ${from} on ${kind} failed the structural checks: ${(e as Error).message}`);
    }
    let verdict: Verdict = 'accept';
    const check = this.#handlers.check;
    if (check !== undefined) {
      try {
        verdict = await check(received);
      } catch {
        verdict = 'ignore';
      }
    }
    if (!this.life.alive) return;
    net.stats.verdicts[verdict]++;
    net.observer.verdict(this.id, received, verdict);
    if (verdict !== 'accept') return;
    this.#handlers.onGossip?.(received);
    net.gossip(this, kind, data, from);
  }

  // ---- requests -------------------------------------------------------------------------------

  peers(): PeerInfo[] {
    return this.#net.peersOf(this.id).map((peerId) => ({ peerId, score: 0, addrs: [] }));
  }

  requestStatus(peerId: string): Promise<StatusResponse> {
    return this.#request(peerId, async (server) => {
      const handler = server.#handlers.onStatus;
      if (handler === undefined) throw new Error('no status handler');
      return encodeStatusResponse(await handler(this.id));
    }, (bytes) => {
      const status = decodeStatusResponse(bytes);
      if (status.height > 0 && status.blockHash.length !== 32) throw new P2PRequestError(`${peerId}: status with a block hash of ${status.blockHash.length} bytes`);
      return status;
    });
  }

  requestBlocks(peerId: string, fromHeight: number, count: number): Promise<SyncedBlock[]> {
    if (!Number.isSafeInteger(fromHeight) || fromHeight < 1) throw new RangeError(`fromHeight must be a positive integer, got ${fromHeight}`);
    if (!Number.isSafeInteger(count) || count < 1 || count > this.limits.maxBlocksPerRequest) throw new RangeError(`count must be 1..${this.limits.maxBlocksPerRequest}, got ${count}`);
    const request = encodeSyncRequest({ fromHeight, count });
    return this.#request(peerId, (server) => server.#serveSync(request), (bytes) => {
      const response = decodeSyncResponse(bytes);
      if (response.error !== '') throw new P2PRequestError(`${peerId} refused the sync request: ${response.error}`);
      if (response.blocks.length > count) throw new P2PRequestError(`${peerId} sent ${response.blocks.length} blocks for ${count} asked`);
      return response.blocks.map((b, i) => this.#checkSyncedBlock(b, fromHeight + i));
    });
  }

  #checkSyncedBlock(b: BlockWithCommit, height: number): SyncedBlock {
    const block = decodeBlock(b.block);
    if (block.header.height !== height) throw new P2PRequestError(`block of height ${block.header.height} where ${height} was due`);
    if (block.header.chainId !== this.#net.chainId) throw new P2PRequestError(`block of chain "${block.header.chainId}"`);
    const commit = decode.commit(b.commit);
    if (commit.height !== height || !equalBytes(commit.blockHash, block.hash)) throw new P2PRequestError(`the commit of block ${height} is for another block`);
    return { block, commit: b.commit };
  }

  async #serveSync(requestBytes: Uint8Array): Promise<Uint8Array> {
    const { fromHeight, count } = decodeSyncRequest(requestBytes);
    const handler = this.#handlers.onSync;
    if (handler === undefined) return encodeSyncResponse({ blocks: [], error: 'this node does not serve blocks' });
    const source = await handler({ fromHeight, count, from: '', signal: new AbortController().signal });
    const blocks: BlockWithCommit[] = [];
    let size = 0;
    for await (const b of source as AsyncIterable<BlockWithCommit>) {
      const cost = syncedBlockCost(b);
      if (size + cost > DEFAULT_LIMITS.maxSyncResponseBytes) break;
      blocks.push(b);
      size += cost;
      if (blocks.length >= count) break;
    }
    return encodeSyncResponse({ blocks, error: '' });
  }

  /**
   * Sends a request to `peerId`, which `serve`s it when it arrives; the answer comes back over the
   * network. Fails on the request timeout when either leg is lost or the peer is down or crashes.
   */
  #request<R>(peerId: string, serve: (server: SimTransport) => Promise<Uint8Array>, read: (bytes: Uint8Array) => R): Promise<R> {
    const net = this.#net;
    net.stats.requests++;
    return new Promise<R>((resolve, reject) => {
      let done = false;
      const finish = (fn: () => void): void => {
        if (done) return;
        done = true;
        timer.cancel();
        fn();
      };
      const timer = net.sched.after(net.requestTimeoutMs, () => finish(() => {
        net.stats.requestsFailed++;
        reject(new P2PRequestError(`request to ${peerId} timed out`));
      }), this.life);
      const sent = net.transmit(this.id, peerId, (server) => {
        return serve(server).then((bytes) => {
          if (!server.life.alive) return;
          net.transmit(peerId, this.id, (client) => {
            if (client !== this) return;
            finish(() => {
              try {
                resolve(read(bytes));
              } catch (e) {
                reject(e instanceof P2PRequestError ? e : new P2PRequestError(`${peerId} sent a malformed response: ${(e as Error).message}`));
              }
            });
          });
        }, (e: unknown) => {
          // A node that serves a request never fails while it is up: that is a bug. Else the request times out.
          if (server.life.alive) throw e;
        });
      });
      if (!sent) finish(() => reject(new P2PRequestError(`${peerId} is not connected`)));
    });
  }
}

const ZERO = new Uint8Array([0]);
