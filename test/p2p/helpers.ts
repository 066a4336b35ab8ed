// Real libp2p hosts on 127.0.0.1 (ephemeral ports) and well-formed payloads for every topic.
import { encodeBlock, signCommit, signVote } from '../../src/chain/block.ts';
import { compareBytes } from '../../src/chain/bytes.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { generateKeyPair, sign, type KeyPair } from '../../src/chain/keys.ts';
import { signTx } from '../../src/chain/tx.ts';
import { P2PHost, type P2PHandlers, type P2PHostOptions, type ReceivedGossip } from '../../src/p2p/host.ts';
import { generateNetworkKey, peerIdOf } from '../../src/p2p/keys.ts';
import { encodeProposal, type BlockWithCommit, type DuplicateVoteEvidence, type SignedProposal, type SignedVote } from '../../src/p2p/wire.ts';

export const CHAIN_ID = 'p2p-test';

export function assertBytes(actual: Uint8Array, expected: Uint8Array, message?: string): void {
  if (!Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(expected)) {
    throw new Error(message ?? `bytes differ: ${Buffer.from(actual).toString('hex').slice(0, 64)} vs ${Buffer.from(expected).toString('hex').slice(0, 64)}`);
  }
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface Identity { key: KeyPair; peerId: string }

export async function identity(): Promise<Identity> {
  const key = generateKeyPair();
  return { key, peerId: await peerIdOf(key) };
}

/** Messages a host delivered, in order. */
export class Inbox {
  readonly messages: ReceivedGossip[] = [];
  readonly handler = (m: ReceivedGossip): void => { this.messages.push(m); };
  has(data: Uint8Array): boolean {
    return this.messages.some((m) => Buffer.from(m.data).equals(data));
  }
}

export interface TestHost { host: P2PHost; inbox: Inbox; id: Identity }

export interface HostSpec {
  id?: Identity;
  networkKey: Uint8Array;
  allowed: string[];
  listen?: string;
  persistent?: string[];
  handlers?: P2PHandlers;
  options?: Partial<P2PHostOptions>;
}

export async function startHost(spec: HostSpec): Promise<TestHost> {
  const id = spec.id ?? await identity();
  const inbox = new Inbox();
  const host = await P2PHost.create({
    chainId: CHAIN_ID,
    nodeKey: id.key,
    networkKey: spec.networkKey,
    listen: [spec.listen ?? '/ip4/127.0.0.1/tcp/0'],
    allowedPeers: spec.allowed,
    persistentPeers: spec.persistent ?? [],
    handlers: { onGossip: inbox.handler, ...spec.handlers },
    heartbeatIntervalMs: 100,
    inboundConnectionThreshold: 1000,
    ...spec.options,
  });
  await host.start();
  return { host, inbox, id };
}

/** `n` hosts that all allow each other, not yet connected. */
export async function startNetwork(n: number, handlers: (i: number) => P2PHandlers = () => ({})): Promise<TestHost[]> {
  const networkKey = generateNetworkKey();
  const ids = await Promise.all(Array.from({ length: n }, identity));
  const allowed = ids.map((i) => i.peerId);
  return Promise.all(ids.map((id, i) => startHost({ id, networkKey, allowed, handlers: handlers(i) })));
}

export async function connect(a: TestHost, b: TestHost): Promise<void> {
  const { multiaddr } = await import('@multiformats/multiaddr');
  await a.host.libp2p.dial(b.host.addrs().map((x) => multiaddr(x)), { signal: AbortSignal.timeout(5000) });
  await waitFor(() => a.host.isConnected(b.id.peerId) && b.host.isConnected(a.id.peerId), 'a connection');
}

/** Waits until `from` knows `to` is subscribed to every topic (so a publish reaches it). */
export async function waitSubscribed(from: TestHost, to: TestHost): Promise<void> {
  await waitFor(() => (['tx', 'consensus', 'evidence'] as const).every((k) => from.host.topicPeers(k).includes(to.id.peerId)), 'subscriptions');
}

export async function stopAll(hosts: (TestHost | undefined)[]): Promise<void> {
  await Promise.all(hosts.map((h) => h?.host.stop()));
}

// ---------------------------------------------------------------------------------------------
// Payloads.

let counter = 0;

export function makeTx(key: KeyPair = generateKeyPair(), memo = `memo ${counter++}`): Uint8Array {
  return signTx({ chainId: CHAIN_ID, expiresAtMs: 1_800_000_000_000, memo, triggerAlert: {} }, key);
}

export function makeVote(key: KeyPair, height = 1, round = 0, blockHash: Uint8Array = sha256(new Uint8Array([counter++]))): SignedVote {
  const sig = signVote({ chainId: CHAIN_ID, type: ackchain.VoteType.VOTE_TYPE_PREVOTE, height, round, blockHash, timestampMs: 1_700_000_000_000 + counter++ }, key);
  return { vote: sig.vote, signature: sig.signature };
}

export function makeEvidence(key: KeyPair): DuplicateVoteEvidence {
  const a = makeVote(key, 5, 0, sha256(new Uint8Array([1, counter++])));
  const b = makeVote(key, 5, 0, sha256(new Uint8Array([2, counter++])));
  const [voteA, voteB] = compareBytes(a.vote, b.vote) < 0 ? [a, b] : [b, a];
  return { voteA, voteB };
}

export function makeHeader(height: number, extra = 0): Uint8Array {
  return encode.header({ chainId: CHAIN_ID, height, timeMs: 1_700_000_000_000 + height * 1000 + extra, proposer: new Uint8Array(32) });
}

export function makeBlock(height: number, txs: Uint8Array[] = []): { bytes: Uint8Array; hash: Uint8Array } {
  const header = makeHeader(height);
  return { bytes: encodeBlock(header, txs, new Uint8Array(0)), hash: sha256(header) };
}

export function makeProposal(key: KeyPair, height = 1, round = 0): SignedProposal {
  const block = makeBlock(height, [makeTx()]);
  const proposal = encodeProposal({ chainId: CHAIN_ID, height, round, validRound: -1, blockHash: block.hash, timestampMs: 1_700_000_000_000 + counter++, proposer: key.publicKey });
  return { proposal, signature: sign('proposal', proposal, key.privateKey), block: block.bytes };
}

/** Blocks 1..n with their commits, each block padded with txs to about `txBytes`. */
export function makeChain(n: number, validator: KeyPair, txBytes = 0): BlockWithCommit[] {
  const out: BlockWithCommit[] = [];
  for (let h = 1; h <= n; h++) {
    const txs = txBytes > 0 ? [makeTx(undefined, 'x'.repeat(txBytes))] : [];
    const block = makeBlock(h, txs);
    const commit = signCommit({ chainId: CHAIN_ID, height: h, round: 0, blockHash: block.hash, timestampMs: 1_700_000_000_000 + h }, [validator]);
    out.push({ block: block.bytes, commit });
  }
  return out;
}
