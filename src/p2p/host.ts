// The libp2p host of a validator in a permissioned network: TCP, a pre-shared network key (pnet),
// Noise, Yamux, Identify and gossipsub; a connection gater that admits only allowlisted peer ids;
// persistent peers re-dialled forever; three gossip topics with validators that reject before
// forwarding; and the sync and status request/response protocols.
//
// The node's consensus driver uses it through P2PHost: handlers (P2PHandlers) for what arrives,
// publish* methods for what leaves, request* methods to ask one peer.
import { createLibp2p, type Libp2p } from 'libp2p';
import { tcp } from '@libp2p/tcp';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { identify } from '@libp2p/identify';
import { gossipsub, TopicValidatorResult, type GossipSub, type GossipsubMessage, type Message } from '@libp2p/gossipsub';
import { createTopicScoreParams } from '@libp2p/gossipsub/score';
import { preSharedKey } from '@libp2p/pnet';
import { lpStream } from '@libp2p/utils';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import type { Connection, PeerId, Stream } from '@libp2p/interface';
import { equalBytes, utf8 } from '../chain/bytes.ts';
import { decodeBlock, type DecodedBlock } from '../chain/block.ts';
import { decode } from '../chain/codec.ts';
import { sha256 } from '../chain/hash.ts';
import type { KeyPair } from '../chain/keys.ts';
import { formatNetworkKey, libp2pPrivateKey, parsePeerId } from './keys.ts';
import { DEFAULT_BACKOFF, PersistentPeers, realTimers, type BackoffOptions, type PersistentPeerStatus, type Timers } from './redial.ts';
import { TOPIC_KINDS, decodeGossip, gossipLimitsFor, topicName, type GossipLimits, type GossipPayload, type TopicKind } from './topics.ts';
import {
  decodeStatusResponse, decodeSyncRequest, decodeSyncResponse, encodeConsensusMessage, encodeEvidence,
  encodeStatusResponse, encodeSyncRequest, encodeSyncResponse, syncedBlockCost,
  type BlockWithCommit, type DuplicateVoteEvidence, type SignedProposal, type SignedVote, type StatusResponse, type SyncRequest,
} from './wire.ts';

/** The verdict of the node's check on a gossiped message. */
export type Verdict = 'accept' | 'reject' | 'ignore';

/** A gossiped message that passed the structural checks, as the node's check and handler see it. */
export type ReceivedGossip = GossipPayload & {
  /** The exact payload bytes received. */
  data: Uint8Array;
  /** The peer it came from (the forwarder, not necessarily its author). */
  from: string;
};

export interface SyncServeRequest extends SyncRequest {
  /** The requesting peer. */
  from: string;
  /** Aborted when the request times out or the host stops. */
  signal: AbortSignal;
}

export type Awaitable<T> = T | Promise<T>;

/** What the node supplies; every handler is optional and may be set later with setHandlers. */
export interface P2PHandlers {
  /**
   * Runs before a message is delivered or forwarded, after the structural checks: signatures,
   * membership, height and round windows. 'reject' drops it and lowers the sender's score
   * (provably invalid), 'ignore' drops it without penalty (stale, duplicate, not yet useful).
   * A check that throws counts as 'ignore'. Without a check every well-formed message is accepted.
   */
  check?(message: ReceivedGossip): Awaitable<Verdict>;
  /** A message that was accepted (never called for this host's own publications). */
  onGossip?(message: ReceivedGossip): void;
  /** Answers a status request: the latest committed height and its block hash. */
  onStatus?(from: string): Awaitable<StatusResponse>;
  /**
   * Serves blocks fromHeight, fromHeight+1, ... with their commits, in order. The host pulls only
   * as many as `count` and the response size allow; an iterator is closed (return()) when it stops.
   */
  onSync?(request: SyncServeRequest): Awaitable<Iterable<BlockWithCommit> | AsyncIterable<BlockWithCommit>>;
  onPeerConnect?(peerId: string): void;
  onPeerDisconnect?(peerId: string): void;
}

export interface P2PLimits {
  gossip: GossipLimits;
  /** Most blocks one sync request may ask for. */
  maxBlocksPerRequest: number;
  /** Largest encoded sync response sent or read; must hold one block with its commit. */
  maxSyncResponseBytes: number;
  /** Every request, and every inbound request's handling, ends within this. */
  requestTimeoutMs: number;
  /** Every dial ends within this. */
  dialTimeoutMs: number;
  /** Concurrent inbound streams per connection, for each request/response protocol. */
  maxInboundStreams: number;
  /** Concurrent outbound streams per connection, for each request/response protocol. */
  maxOutboundStreams: number;
}

const DEFAULT_PARAMS = { maxTxBytes: 64 * 1024, maxBlockBytes: 4 * 1024 * 1024 };

export const DEFAULT_LIMITS: P2PLimits = {
  gossip: gossipLimitsFor(DEFAULT_PARAMS),
  maxBlocksPerRequest: 50,
  maxSyncResponseBytes: 16 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  dialTimeoutMs: 5_000,
  maxInboundStreams: 4,
  maxOutboundStreams: 4,
};

/** A sync request's largest encoding (two varints) with room to spare. */
const MAX_SYNC_REQUEST_BYTES = 32;
/** A status response: a height and a 32-byte hash. */
const MAX_STATUS_RESPONSE_BYTES = 128;

export interface P2PLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

const silentLogger: P2PLogger = { debug() {}, info() {}, warn() {} };

export interface P2PHostOptions {
  chainId: string;
  /** This node's libp2p key (not its validator key). */
  nodeKey: KeyPair;
  /** The network's 32-byte pre-shared key (keys.ts parseNetworkKey). */
  networkKey: Uint8Array;
  /** Multiaddrs to listen on, e.g. /ip4/0.0.0.0/tcp/4600 (tcp/0: an ephemeral port). */
  listen: readonly string[];
  /** Peer ids admitted (genesis validators' peer_id and the config's peers). Persistent peers are added. */
  allowedPeers: readonly string[];
  /** Multiaddrs ending in /p2p/<peer id>, kept connected forever. */
  persistentPeers?: readonly string[];
  limits?: Partial<P2PLimits>;
  backoff?: Partial<BackoffOptions>;
  /** Clock for re-dial backoff; real timers by default. */
  timers?: Timers;
  handlers?: P2PHandlers;
  logger?: P2PLogger;
  /** Gossipsub heartbeat; lower only in tests. */
  heartbeatIntervalMs?: number;
  /**
   * How long a message id is remembered as seen (gossipsub's default: 2 minutes). Identical content
   * is neither sent nor accepted again within it, so a node that re-publishes its votes (gossipsub
   * does not retransmit) needs it shorter than its re-publishing interval; keep it longer than the
   * message cache's window (5 heartbeats), or a message could come round again.
   */
  seenTtlMs?: number;
  /**
   * Inbound connections per second accepted from one IP address (libp2p's default is 5; validators
   * behind one NAT, or tests on loopback, may need more).
   */
  inboundConnectionThreshold?: number;
}

/** A block received by sync, structurally checked; its commit is not verified yet. */
export interface SyncedBlock {
  block: DecodedBlock;
  /** The encoded Commit for this block. */
  commit: Uint8Array;
}

export interface PeerInfo {
  peerId: string;
  /** Gossipsub score: below zero after invalid messages. */
  score: number;
  addrs: string[];
}

export class P2PRequestError extends Error {
  override name = 'P2PRequestError';
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

type Services = { identify: unknown; pubsub: GossipSub };

/** What the gossipsub instance offers beyond its published interface. */
interface GossipSubExtras {
  getMeshPeers?(topic: string): string[];
  getScore?(peerId: string): number;
}

export class P2PHost {
  readonly chainId: string;
  readonly peerId: string;
  /** The libp2p node, for diagnostics and tests; the node itself uses the methods below. */
  readonly libp2p: Libp2p<Services>;
  readonly limits: P2PLimits;
  readonly #topics: Record<TopicKind, string>;
  readonly #allowed = new Set<string>();
  readonly #persistentIds: Set<string>;
  readonly #persistent: PersistentPeers;
  readonly #persistentAddrs: Map<string, Multiaddr[]>;
  readonly #decoded = new WeakMap<Uint8Array, ReceivedGossip>();
  readonly #log: P2PLogger;
  #handlers: P2PHandlers;
  #stopping = new AbortController();
  #started = false;

  private constructor(o: P2PHostOptions, libp2p: Libp2p<Services>, limits: P2PLimits, persistent: Map<string, Multiaddr[]>, topics: Record<TopicKind, string>) {
    this.chainId = o.chainId;
    this.libp2p = libp2p;
    this.peerId = libp2p.peerId.toString();
    this.limits = limits;
    this.#topics = topics;
    this.#persistentAddrs = persistent;
    this.#persistentIds = new Set(persistent.keys());
    this.#handlers = { ...o.handlers };
    this.#log = o.logger ?? silentLogger;
    this.#setAllowed(o.allowedPeers);
    this.#persistent = new PersistentPeers({
      peers: [...persistent.keys()],
      dial: (id) => this.#dialPersistent(id),
      timers: o.timers ?? realTimers,
      backoff: { ...DEFAULT_BACKOFF, ...o.backoff },
      log: (message, level) => this.#log[level]({}, message),
    });
  }

  static async create(o: P2PHostOptions): Promise<P2PHost> {
    const limits: P2PLimits = { ...DEFAULT_LIMITS, ...o.limits, gossip: { ...DEFAULT_LIMITS.gossip, ...o.limits?.gossip } };
    if (limits.maxBlocksPerRequest < 1) throw new Error('p2p: maxBlocksPerRequest must be at least 1');
    if (limits.maxSyncResponseBytes < 1024) throw new Error('p2p: maxSyncResponseBytes must be at least 1024');
    if (!/^[a-zA-Z0-9._-]{1,50}$/.test(o.chainId)) throw new Error(`p2p: chain id "${o.chainId}" cannot name a topic`);
    const topics = Object.fromEntries(TOPIC_KINDS.map((k) => [k, topicName(o.chainId, k)])) as Record<TopicKind, string>;
    for (const id of o.allowedPeers) parsePeerId(id, 'allowed peer');
    const persistent = new Map<string, Multiaddr[]>();
    for (const text of o.persistentPeers ?? []) {
      let addr: Multiaddr;
      try {
        addr = multiaddr(text);
      } catch (e) {
        throw new Error(`persistent peer "${text}": not a multiaddr (${(e as Error).message})`);
      }
      const id = addr.getComponents().findLast((c) => c.name === 'p2p')?.value;
      if (id === undefined) throw new Error(`persistent peer "${text}": must end in /p2p/<peer id>`);
      parsePeerId(id, `persistent peer "${text}"`);
      persistent.set(id, [...(persistent.get(id) ?? []), addr]);
    }
    const privateKey = await libp2pPrivateKey(o.nodeKey);
    // Filled in once the host exists; the gater only runs after start.
    let host: P2PHost | undefined;
    const allowed = (peer: PeerId): boolean => host !== undefined && host.#isAllowed(peer.toString());
    const maxGossip = Math.max(limits.gossip.tx, limits.gossip.consensus, limits.gossip.evidence);
    const libp2p = await createLibp2p<Services>({
      start: false,
      privateKey,
      addresses: { listen: [...o.listen] },
      transports: [tcp()],
      connectionProtector: preSharedKey({ psk: utf8.encode(formatNetworkKey(o.networkKey)) }),
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      connectionGater: {
        // Unknown peers are refused as soon as their id is known: before dialling, and right after
        // the Noise handshake of an inbound connection (the id is not known before).
        denyDialPeer: (peer) => !allowed(peer),
        denyInboundEncryptedConnection: (peer) => !allowed(peer),
        denyOutboundEncryptedConnection: (peer) => !allowed(peer),
      },
      connectionManager: {
        dialTimeout: limits.dialTimeoutMs,
        ...(o.inboundConnectionThreshold !== undefined ? { inboundConnectionThreshold: o.inboundConnectionThreshold } : {}),
      },
      services: {
        identify: identify(),
        pubsub: gossipsub({
          // Authorship is proven by the validator signatures inside each message; the forwarder is
          // known from the authenticated connection. No per-message libp2p signature, so identical
          // content has one message id and costs one validation.
          globalSignaturePolicy: 'StrictNoSign',
          msgIdFn: (msg: Message) => sha256(utf8.encode(msg.topic), ZERO, msg.data),
          allowPublishToZeroTopicPeers: true,
          ignoreDuplicatePublishError: true,
          emitSelf: false,
          fallbackToFloodsub: false,
          doPX: false,
          allowedTopics: Object.values(topics),
          // One RPC may carry a largest message and control data, or a batch answering IWANT.
          maxInboundDataLength: maxGossip + 1024 * 1024,
          heartbeatInterval: o.heartbeatIntervalMs ?? 1000,
          ...(o.seenTtlMs !== undefined ? { seenTTL: o.seenTtlMs } : {}),
          scoreParams: {
            // Validators may share an address (NAT, one machine in tests): no colocation penalty.
            IPColocationFactorWeight: 0,
            topics: Object.fromEntries(Object.values(topics).map((t) => [t, createTopicScoreParams({
              topicWeight: 1,
              // Only invalid messages count: quiet topics (evidence) must not penalise honest peers.
              timeInMeshWeight: 0,
              firstMessageDeliveriesWeight: 0,
              meshMessageDeliveriesWeight: 0,
              meshFailurePenaltyWeight: 0,
              invalidMessageDeliveriesWeight: -1,
              invalidMessageDeliveriesDecay: 0.9,
            })])),
          },
        }),
      },
    });
    host = new P2PHost(o, libp2p, limits, persistent, topics);
    return host;
  }

  /** Listens, subscribes to the topics, registers the protocols and dials the persistent peers. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#stopping = new AbortController();
    const node = this.libp2p;
    node.addEventListener('peer:connect', this.#onConnect);
    node.addEventListener('peer:disconnect', this.#onDisconnect);
    const pubsub = node.services.pubsub;
    // Validators first: no message may be processed without one.
    for (const kind of TOPIC_KINDS) pubsub.topicValidators.set(this.#topics[kind], (from, msg) => this.#validate(kind, from, msg));
    pubsub.addEventListener('gossipsub:message', this.#onMessage);
    await node.start();
    for (const kind of TOPIC_KINDS) pubsub.subscribe(this.#topics[kind]);
    const options = { maxInboundStreams: this.limits.maxInboundStreams, maxOutboundStreams: this.limits.maxOutboundStreams };
    await node.handle(this.syncProtocol, (stream, connection) => this.#serveSync(stream, connection), options);
    await node.handle(this.statusProtocol, (stream, connection) => this.#serveStatus(stream, connection), options);
    this.#persistent.start();
    this.#log.info({ peerId: this.peerId, addrs: this.addrs() }, 'p2p host started');
  }

  /** Stops dialling, aborts requests in flight and closes every connection. */
  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.#persistent.stop();
    this.#stopping.abort(new Error('p2p host stopped'));
    const node = this.libp2p;
    node.services.pubsub.removeEventListener('gossipsub:message', this.#onMessage);
    await node.stop();
    node.removeEventListener('peer:connect', this.#onConnect);
    node.removeEventListener('peer:disconnect', this.#onDisconnect);
  }

  setHandlers(handlers: Partial<P2PHandlers>): void {
    this.#handlers = { ...this.#handlers, ...handlers };
  }

  get syncProtocol(): string {
    return `/ackchain/${this.chainId}/sync/1`;
  }

  get statusProtocol(): string {
    return `/ackchain/${this.chainId}/status/1`;
  }

  topic(kind: TopicKind): string {
    return this.#topics[kind];
  }

  /** The addresses this host listens on, each ending in /p2p/<its peer id>. */
  addrs(): string[] {
    return this.libp2p.getMultiaddrs().map((a) => a.toString());
  }

  // -------------------------------------------------------------------------------------------
  // Peers.

  /**
   * Replaces the allowlist (a validator set change). Persistent peers stay allowed. Connections to
   * peers no longer allowed are closed.
   */
  async setAllowedPeers(peerIds: readonly string[]): Promise<void> {
    for (const id of peerIds) parsePeerId(id, 'allowed peer');
    this.#setAllowed(peerIds);
    const drop = this.libp2p.getPeers().filter((p) => !this.#isAllowed(p.toString()));
    await Promise.all(drop.map((p) => this.libp2p.hangUp(p).catch(() => {})));
  }

  isAllowed(peerId: string): boolean {
    return this.#isAllowed(peerId);
  }

  /** Connected peers. */
  peers(): PeerInfo[] {
    return this.libp2p.getPeers().map((p) => ({
      peerId: p.toString(),
      score: this.#extras().getScore?.(p.toString()) ?? 0,
      addrs: this.libp2p.getConnections(p).map((c) => c.remoteAddr.toString()),
    }));
  }

  isConnected(peerId: string): boolean {
    return this.libp2p.getPeers().some((p) => p.toString() === peerId);
  }

  /** Peers known to be subscribed to a topic. */
  topicPeers(kind: TopicKind): string[] {
    return this.libp2p.services.pubsub.getSubscribers(this.#topics[kind]).map((p) => p.toString());
  }

  /** Peers in this host's gossip mesh for a topic (those it forwards to). */
  meshPeers(kind: TopicKind): string[] {
    return this.#extras().getMeshPeers?.(this.#topics[kind]) ?? [];
  }

  persistentPeers(): PersistentPeerStatus[] {
    return this.#persistent.status();
  }

  // -------------------------------------------------------------------------------------------
  // Publishing. Each checks the payload structurally first (a malformed message would be
  // rejected by every peer and lower this node's score) and resolves with the number of peers
  // it was sent to; 0 is fine for a lone validator. Content already published or seen is not
  // sent again (the message id is the content's hash).

  async publish(kind: TopicKind, data: Uint8Array): Promise<number> {
    if (!this.#started) throw new Error('p2p host is not started');
    decodeGossip(kind, data, this.chainId, this.limits.gossip);
    const result = await this.libp2p.services.pubsub.publish(this.#topics[kind], data);
    return result.recipients.length;
  }

  publishTx(tx: Uint8Array): Promise<number> {
    return this.publish('tx', tx);
  }

  publishVote(vote: SignedVote): Promise<number> {
    return this.publish('consensus', encodeConsensusMessage({ kind: 'vote', vote }));
  }

  publishProposal(proposal: SignedProposal): Promise<number> {
    return this.publish('consensus', encodeConsensusMessage({ kind: 'proposal', proposal }));
  }

  publishEvidence(evidence: DuplicateVoteEvidence): Promise<number> {
    return this.publish('evidence', encodeEvidence(evidence));
  }

  // -------------------------------------------------------------------------------------------
  // Requests.

  /** The peer's latest committed height and block hash. */
  async requestStatus(peerId: string, options: RequestOptions = {}): Promise<StatusResponse> {
    const bytes = await this.#request(peerId, this.statusProtocol, undefined, MAX_STATUS_RESPONSE_BYTES, options);
    const status = this.#decodeResponse(() => decodeStatusResponse(bytes), peerId);
    if (status.height > 0 && status.blockHash.length !== 32) throw new P2PRequestError(`${peerId}: status with a block hash of ${status.blockHash.length} bytes`);
    return status;
  }

  /**
   * Blocks fromHeight .. fromHeight+count-1 with their commits, as many as the peer's response
   * limit allowed (possibly fewer than asked, never more; none if the peer has none). Each block
   * is checked structurally (height in sequence, chain id, the commit names its height and hash);
   * verifying the commits is the caller's.
   */
  async requestBlocks(peerId: string, fromHeight: number, count: number, options: RequestOptions = {}): Promise<SyncedBlock[]> {
    if (!Number.isSafeInteger(fromHeight) || fromHeight < 1) throw new RangeError(`fromHeight must be a positive integer, got ${fromHeight}`);
    if (!Number.isSafeInteger(count) || count < 1 || count > this.limits.maxBlocksPerRequest) {
      throw new RangeError(`count must be 1..${this.limits.maxBlocksPerRequest}, got ${count}`);
    }
    const request = encodeSyncRequest({ fromHeight, count });
    const bytes = await this.#request(peerId, this.syncProtocol, request, this.limits.maxSyncResponseBytes, options);
    const response = this.#decodeResponse(() => decodeSyncResponse(bytes), peerId);
    if (response.error !== '') throw new P2PRequestError(`${peerId} refused the sync request: ${response.error}`);
    if (response.blocks.length > count) throw new P2PRequestError(`${peerId} sent ${response.blocks.length} blocks for ${count} asked`);
    return response.blocks.map((b, i) => this.#decodeResponse(() => this.#checkSyncedBlock(b, fromHeight + i), peerId));
  }

  #checkSyncedBlock(b: BlockWithCommit, height: number): SyncedBlock {
    const block = decodeBlock(b.block);
    if (block.header.height !== height) throw new Error(`block of height ${block.header.height} where ${height} was due`);
    if (block.header.chainId !== this.chainId) throw new Error(`block of chain "${block.header.chainId}"`);
    const commit = decode.commit(b.commit);
    if (commit.height !== height || !equalBytes(commit.blockHash, block.hash)) throw new Error(`the commit of block ${height} is for another block`);
    return { block, commit: b.commit };
  }

  #decodeResponse<T>(fn: () => T, peerId: string): T {
    try {
      return fn();
    } catch (e) {
      throw new P2PRequestError(`${peerId} sent a malformed response: ${(e as Error).message}`);
    }
  }

  async #request(peerId: string, protocol: string, request: Uint8Array | undefined, maxResponse: number, options: RequestOptions): Promise<Uint8Array> {
    if (!this.#started) throw new Error('p2p host is not started');
    const peer = parsePeerId(peerId);
    const signals = [this.#stopping.signal, AbortSignal.timeout(options.timeoutMs ?? this.limits.requestTimeoutMs)];
    if (options.signal) signals.push(options.signal);
    const signal = AbortSignal.any(signals);
    let stream: Stream;
    try {
      stream = await this.libp2p.dialProtocol(peer, protocol, { signal });
    } catch (e) {
      throw new P2PRequestError(`${protocol} to ${peerId}: ${(e as Error).message}`);
    }
    try {
      const lp = lpStream(stream, { maxDataLength: maxResponse, maxBufferSize: maxResponse + 16 });
      if (request !== undefined) await lp.write(request, { signal });
      await stream.close({ signal });
      const response = await lp.read({ signal });
      return response.subarray();
    } catch (e) {
      stream.abort(e as Error);
      throw new P2PRequestError(`${protocol} to ${peerId}: ${(e as Error).message}`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Serving requests.

  async #serveStatus(stream: Stream, connection: Connection): Promise<void> {
    const from = connection.remotePeer.toString();
    const signal = AbortSignal.any([this.#stopping.signal, AbortSignal.timeout(this.limits.requestTimeoutMs)]);
    try {
      const handler = this.#handlers.onStatus;
      if (handler === undefined) throw new Error('no status handler');
      const status = await raceAbort(Promise.resolve(handler(from)), signal);
      const lp = lpStream(stream);
      await lp.write(encodeStatusResponse(status), { signal });
      await stream.close({ signal });
    } catch (e) {
      this.#log.debug({ peer: from, err: (e as Error).message }, 'status request failed');
      stream.abort(e as Error);
    }
  }

  async #serveSync(stream: Stream, connection: Connection): Promise<void> {
    const from = connection.remotePeer.toString();
    const signal = AbortSignal.any([this.#stopping.signal, AbortSignal.timeout(this.limits.requestTimeoutMs)]);
    try {
      const lp = lpStream(stream, { maxDataLength: MAX_SYNC_REQUEST_BYTES, maxBufferSize: MAX_SYNC_REQUEST_BYTES + 16 });
      const requestBytes = await lp.read({ signal });
      const response = await this.#syncResponse(requestBytes.subarray(), from, signal);
      await lp.write(encodeSyncResponse(response), { signal });
      await stream.close({ signal });
    } catch (e) {
      this.#log.debug({ peer: from, err: (e as Error).message }, 'sync request failed');
      stream.abort(e as Error);
    }
  }

  async #syncResponse(requestBytes: Uint8Array, from: string, signal: AbortSignal): Promise<{ blocks: BlockWithCommit[]; error: string }> {
    const refuse = (error: string) => ({ blocks: [], error });
    let request: SyncRequest;
    try {
      request = decodeSyncRequest(requestBytes);
    } catch (e) {
      return refuse((e as Error).message);
    }
    const { fromHeight, count } = request;
    if (fromHeight < 1) return refuse('from_height must be at least 1');
    if (count < 1 || count > this.limits.maxBlocksPerRequest) return refuse(`count must be 1..${this.limits.maxBlocksPerRequest}, got ${count}`);
    const handler = this.#handlers.onSync;
    if (handler === undefined) return refuse('this node does not serve blocks');
    const source = await raceAbort(Promise.resolve(handler({ fromHeight, count, from, signal })), signal);
    const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
    const blocks: BlockWithCommit[] = [];
    let size = 0;
    try {
      while (blocks.length < count) {
        const next = await raceAbort(Promise.resolve(iterator.next()), signal);
        if (next.done === true) break;
        const cost = syncedBlockCost(next.value);
        if (size + cost > this.limits.maxSyncResponseBytes) {
          if (blocks.length === 0) return refuse(`block ${fromHeight} with its commit exceeds the response limit of ${this.limits.maxSyncResponseBytes} bytes`);
          break;
        }
        blocks.push(next.value);
        size += cost;
      }
    } finally {
      // Lets a generator release what it holds (an open iterator over the store).
      void Promise.resolve(iterator.return?.()).catch(() => {});
    }
    return { blocks, error: '' };
  }

  // -------------------------------------------------------------------------------------------
  // Gossip.

  async #validate(kind: TopicKind, from: PeerId, msg: Message): Promise<TopicValidatorResult> {
    const peer = from.toString();
    let payload: GossipPayload;
    try {
      payload = decodeGossip(kind, msg.data, this.chainId, this.limits.gossip);
    } catch (e) {
      this.#log.warn({ peer, topic: kind, bytes: msg.data.length, err: (e as Error).message }, 'rejected a malformed gossip message');
      return TopicValidatorResult.Reject;
    }
    const received: ReceivedGossip = { ...payload, data: msg.data, from: peer };
    let verdict: Verdict = 'accept';
    const check = this.#handlers.check;
    if (check !== undefined) {
      try {
        verdict = await check(received);
      } catch (e) {
        this.#log.warn({ peer, topic: kind, err: (e as Error).message }, 'gossip check threw; ignoring the message');
        verdict = 'ignore';
      }
    }
    if (verdict === 'accept') {
      this.#decoded.set(msg.data, received);
      return TopicValidatorResult.Accept;
    }
    if (verdict === 'reject') {
      this.#log.debug({ peer, topic: kind }, 'gossip message rejected by the node');
      return TopicValidatorResult.Reject;
    }
    return TopicValidatorResult.Ignore;
  }

  readonly #onMessage = (event: CustomEvent<GossipsubMessage>): void => {
    const received = this.#decoded.get(event.detail.msg.data);
    if (received === undefined) return;
    this.#decoded.delete(event.detail.msg.data);
    try {
      this.#handlers.onGossip?.(received);
    } catch (e) {
      this.#log.warn({ topic: received.topic, err: (e as Error).message }, 'gossip handler threw');
    }
  };

  // -------------------------------------------------------------------------------------------
  // Connections.

  #setAllowed(peerIds: readonly string[]): void {
    this.#allowed.clear();
    for (const id of peerIds) this.#allowed.add(id);
    for (const id of this.#persistentIds) this.#allowed.add(id);
  }

  #isAllowed(peerId: string): boolean {
    return this.#allowed.has(peerId);
  }

  #extras(): GossipSubExtras {
    return this.libp2p.services.pubsub as unknown as GossipSubExtras;
  }

  async #dialPersistent(peerId: string): Promise<void> {
    const addrs = this.#persistentAddrs.get(peerId)!;
    const signal = AbortSignal.any([this.#stopping.signal, AbortSignal.timeout(this.limits.dialTimeoutMs)]);
    await this.libp2p.dial(addrs, { signal });
  }

  readonly #onConnect = (event: CustomEvent<PeerId>): void => {
    const id = event.detail.toString();
    this.#log.debug({ peer: id }, 'peer connected');
    this.#persistent.onConnect(id);
    try {
      this.#handlers.onPeerConnect?.(id);
    } catch (e) {
      this.#log.warn({ peer: id, err: (e as Error).message }, 'peer connect handler threw');
    }
  };

  readonly #onDisconnect = (event: CustomEvent<PeerId>): void => {
    const id = event.detail.toString();
    this.#log.debug({ peer: id }, 'peer disconnected');
    this.#persistent.onDisconnect(id);
    try {
      this.#handlers.onPeerDisconnect?.(id);
    } catch (e) {
      this.#log.warn({ peer: id, err: (e as Error).message }, 'peer disconnect handler threw');
    }
  };
}

const ZERO = new Uint8Array([0]);

/** The TCP multiaddr of a host and port as the node's config writes them ("127.0.0.1:4600"). */
export function tcpMultiaddr(host: string, port: number): string {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`p2p: port ${port} out of range`);
  const proto = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ? 'ip4' : host.includes(':') ? 'ip6' : 'dns';
  return `/${proto}/${host}/tcp/${port}`;
}

/** Resolves like `promise`, or rejects when `signal` aborts first. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e as Error); },
    );
  });
}
