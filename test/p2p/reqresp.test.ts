// The sync and status request/response protocols between real hosts: round trips, and every bound
// (count, response size on both sides, inbound streams, timeouts, malformed requests and responses).
import assert from 'node:assert/strict';
import { lpStream } from '@libp2p/utils';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { P2PRequestError, type P2PHandlers } from '../../src/p2p/host.ts';
import { generateNetworkKey } from '../../src/p2p/keys.ts';
import { decodeSyncResponse, encodeSyncRequest, encodeSyncResponse, type BlockWithCommit } from '../../src/p2p/wire.ts';
import { assertBytes, connect, identity, makeChain, startHost, stopAll, type TestHost } from './helpers.ts';

describe('p2p request/response', function () {
  this.timeout(30_000);
  const validator = generateKeyPair();
  const chain = makeChain(60, validator);
  const bigChain = makeChain(8, validator, 10_000);
  const networkKey = generateNetworkKey();
  const hosts: TestHost[] = [];
  let client: TestHost;
  let closedIterators = 0;
  let release: () => void = () => {};
  let held: Promise<void> = Promise.resolve();

  function* serve(blocks: BlockWithCommit[], from: number): Generator<BlockWithCommit> {
    try {
      for (let h = from; h <= blocks.length; h++) yield blocks[h - 1];
    } finally {
      closedIterators++;
    }
  }

  async function server(handlers: P2PHandlers, limits: object = {}): Promise<TestHost> {
    const host = await startHost({ id: await identity(), networkKey, allowed: [client.id.peerId], handlers, options: { limits } });
    hosts.push(host);
    await client.host.setAllowedPeers([...hosts.map((h) => h.id.peerId)]);
    await connect(client, host);
    return host;
  }

  let full: TestHost;
  let small: TestHost;
  let silent: TestHost;
  let slow: TestHost;

  before(async () => {
    client = await startHost({ id: await identity(), networkKey, allowed: [], options: { limits: { maxOutboundStreams: 16, maxSyncResponseBytes: 256 * 1024 } } });
    full = await server({
      onStatus: () => ({ height: 60, blockHash: new Uint8Array(32).fill(7), genesisHash: new Uint8Array(32).fill(9) }),
      onSync: ({ fromHeight }) => serve(chain, fromHeight),
    });
    small = await server({ onSync: ({ fromHeight }) => serve(bigChain, fromHeight) }, { maxSyncResponseBytes: 32 * 1024 });
    silent = await server({});
    slow = await server({
      onStatus: async () => { await held; return { height: 1, blockHash: new Uint8Array(32), genesisHash: new Uint8Array(32) }; },
      onSync: async () => { await held; return []; },
    }, { maxInboundStreams: 2, requestTimeoutMs: 20_000 });
  });

  after(async () => {
    release();
    await stopAll([client, ...hosts]);
  });

  it('status: answers the latest height, its block hash and the genesis hash', async () => {
    const status = await client.host.requestStatus(full.id.peerId);
    assert.equal(status.height, 60);
    assertBytes(status.blockHash, new Uint8Array(32).fill(7));
    assertBytes(status.genesisHash, new Uint8Array(32).fill(9));
  });

  it('status: a peer without a status handler gives no answer, an error', async () => {
    await assert.rejects(client.host.requestStatus(silent.id.peerId), P2PRequestError);
  });

  it('sync: returns the blocks asked for with their commits, in order', async () => {
    const blocks = await client.host.requestBlocks(full.id.peerId, 11, 10);
    assert.deepEqual(blocks.map((b) => b.block.header.height), [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    for (const b of blocks) {
      assertBytes(b.block.bytes, chain[b.block.header.height - 1].block);
      assertBytes(b.commit, chain[b.block.header.height - 1].commit);
    }
  });

  it('sync: fewer blocks near the tip, none past it', async () => {
    assert.deepEqual((await client.host.requestBlocks(full.id.peerId, 58, 10)).map((b) => b.block.header.height), [58, 59, 60]);
    assert.deepEqual(await client.host.requestBlocks(full.id.peerId, 61, 10), []);
  });

  it('sync: a count above the bound is refused by the requester before any I/O', async () => {
    const max = client.host.limits.maxBlocksPerRequest;
    assert.equal(max, 50);
    assert.deepEqual((await client.host.requestBlocks(full.id.peerId, 1, max)).length, max);
    const served = closedIterators;
    await assert.rejects(client.host.requestBlocks(full.id.peerId, 1, max + 1), RangeError);
    await assert.rejects(client.host.requestBlocks(full.id.peerId, 1, 0), RangeError);
    await assert.rejects(client.host.requestBlocks(full.id.peerId, 0, 1), RangeError);
    assert.equal(closedIterators, served, 'the server was never asked');
  });

  /** Sends raw request bytes on the sync protocol and reads the decoded response. */
  async function rawSync(target: TestHost, request: Uint8Array): Promise<ReturnType<typeof decodeSyncResponse>> {
    const stream = await client.host.libp2p.dialProtocol(target.host.libp2p.peerId, target.host.syncProtocol, { signal: AbortSignal.timeout(5000) });
    const lp = lpStream(stream);
    await lp.write(request);
    await stream.close();
    const response = decodeSyncResponse((await lp.read({ signal: AbortSignal.timeout(5000) })).subarray());
    return response;
  }

  it('sync: the server refuses a count above its bound, a zero count or height, and a malformed request', async () => {
    for (const [request, reason] of [
      [encodeSyncRequest({ fromHeight: 1, count: 51 }), /count must be 1\.\.50, got 51/],
      [encodeSyncRequest({ fromHeight: 1, count: 0 }), /count must be/],
      [encodeSyncRequest({ fromHeight: 0, count: 5 }), /from_height/],
      [new Uint8Array([0x08, 0x01, 0x08, 0x02]), /malformed sync request/],
      [new Uint8Array([0x1a, 0x00]), /malformed sync request/],
    ] as const) {
      const response = await rawSync(full, request);
      assert.deepEqual(response.blocks, []);
      assert.match(response.error, reason);
    }
  });

  it('sync: the server refuses an oversized request without answering', async () => {
    await assert.rejects(rawSync(full, new Uint8Array(1000)));
    // Still serving.
    assert.equal((await client.host.requestBlocks(full.id.peerId, 1, 1)).length, 1);
  });

  it('sync: a peer that serves no blocks says so', async () => {
    await assert.rejects(client.host.requestBlocks(silent.id.peerId, 1, 1), /does not serve blocks/);
  });

  it('sync: the response is truncated to the server\'s size bound, and its iterator closed', async () => {
    const closedBefore = closedIterators;
    const blocks = await client.host.requestBlocks(small.id.peerId, 1, 8);
    assert.ok(blocks.length >= 1 && blocks.length < 8, `got ${blocks.length}`);
    assert.deepEqual(blocks.map((b) => b.block.header.height), Array.from({ length: blocks.length }, (_, i) => i + 1));
    const size = encodeSyncResponse({ blocks: blocks.map((b) => ({ block: b.block.bytes, commit: b.commit })), error: '' }).length;
    assert.ok(size <= 32 * 1024, `response of ${size} bytes`);
    assert.equal(closedIterators, closedBefore + 1);
    // The rest is fetched by asking again.
    const rest = await client.host.requestBlocks(small.id.peerId, blocks.length + 1, 8);
    assert.equal(rest[0].block.header.height, blocks.length + 1);
  });

  it('sync: a single block larger than the server\'s bound is refused', async () => {
    const huge = makeChain(1, validator, 40_000);
    const tiny = await server({ onSync: () => huge }, { maxSyncResponseBytes: 32 * 1024 });
    await assert.rejects(client.host.requestBlocks(tiny.id.peerId, 1, 1), /exceeds the response limit/);
  });

  it('sync: the requester refuses a response above its own bound', async () => {
    const generous = await server({ onSync: () => makeChain(40, validator, 10_000) }, { maxSyncResponseBytes: 1024 * 1024 });
    await assert.rejects(client.host.requestBlocks(generous.id.peerId, 1, 40), /too long|overflow/i);
  });

  it('sync: the requester refuses blocks out of sequence or with a foreign commit', async () => {
    const liar = await server({ onSync: () => [chain[1]] });
    await assert.rejects(client.host.requestBlocks(liar.id.peerId, 1, 1), /malformed response: block of height 2 where 1 was due/);
    const swapped = await server({ onSync: () => [{ block: chain[0].block, commit: chain[1].commit }] });
    await assert.rejects(client.host.requestBlocks(swapped.id.peerId, 1, 1), /commit of block 1 is for another block/);
  });

  it('sync: the requester refuses more blocks than asked, and garbage', async () => {
    const rogue = await server({});
    let answer: Uint8Array = new Uint8Array(0);
    await rogue.host.libp2p.handle(rogue.host.syncProtocol, async (stream) => {
      const lp = lpStream(stream);
      await lp.read();
      await lp.write(answer);
      await stream.close();
    }, { force: true });
    answer = encodeSyncResponse({ blocks: chain.slice(0, 3), error: '' });
    await assert.rejects(client.host.requestBlocks(rogue.id.peerId, 1, 2), /sent 3 blocks for 2 asked/);
    answer = new Uint8Array([0x0a, 0x10, 0x01]);
    await assert.rejects(client.host.requestBlocks(rogue.id.peerId, 1, 2), /malformed response/);
    answer = encodeSyncResponse({ blocks: [{ block: new Uint8Array([0xff]), commit: chain[0].commit }], error: '' });
    await assert.rejects(client.host.requestBlocks(rogue.id.peerId, 1, 2), /malformed response/);
  });

  it('bounds concurrent inbound streams per connection, and times requests out', async () => {
    ({ promise: held, resolve: release } = Promise.withResolvers<void>());
    const first = [client.host.requestStatus(slow.id.peerId), client.host.requestStatus(slow.id.peerId)];
    // The third concurrent stream is refused by the server while two are open.
    await assert.rejects(client.host.requestStatus(slow.id.peerId, { timeoutMs: 3000 }), P2PRequestError);
    const timedOut = performance.now();
    await assert.rejects(client.host.requestBlocks(slow.id.peerId, 1, 1, { timeoutMs: 300 }), P2PRequestError);
    assert.ok(performance.now() - timedOut < 2000);
    release();
    for (const status of await Promise.all(first)) assert.equal(status.height, 1);
  });
});
