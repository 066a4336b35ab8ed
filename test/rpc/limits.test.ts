// The RPC limits that keep one client from exhausting a node: the per-client rate (one token per
// call, on a fake clock), calls per batch, bytes per answer, and requests the client abandons.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { pino } from 'pino';
import { ackchain } from '../../src/chain/codec.ts';
import { systemClock, type Clock } from '../../src/node/clock.ts';
import { NodeFixture } from '../support/node-fixture.ts';

const call = (id: number | string, method: string, params?: unknown) => ({ jsonrpc: '2.0', id, method, params });
const batchOf = (n: number, method: string, params?: unknown) => Array.from({ length: n }, (_, i) => call(i, method, params));

/** The raw answer: its size is what rpc.max_response_bytes limits. */
async function postRaw(f: NodeFixture, body: unknown): Promise<{ status: number; text: string; json: any }> {
  const res = await fetch(f.url, { method: 'POST', body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, json: text ? JSON.parse(text) : null };
}

describe('rpc: rate limit per client, one token per call', function () {
  this.timeout(30_000);
  // The rate limiter reads only now(); timers stay real so that the node keeps producing blocks.
  let nowMs = Date.now();
  const clock: Clock = { now: () => nowMs, setTimer: systemClock.setTimer };
  let f: NodeFixture;
  before(async () => { f = await new NodeFixture().start({ requestsPerSecond: 10 }, undefined, { clock }); });
  after(async () => { await f.stop(); });

  it('serves N single calls and answers call N+1 with 429', async () => {
    for (let i = 0; i < 10; i++) assert.equal((await postRaw(f, call(i, 'node_health'))).status, 200, `call ${i + 1}`);
    const res = await fetch(f.url, { method: 'POST', body: JSON.stringify(call(11, 'node_health')) });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.deepEqual(await res.json(), { jsonrpc: '2.0', id: null, error: { code: -32005, message: 'rate limit of 10 calls per second exceeded' } });
  });

  it('charges a batch one token per call, all or nothing', async () => {
    nowMs += 1000;
    for (let i = 0; i < 3; i++) assert.equal((await postRaw(f, call(i, 'node_health'))).status, 200);
    assert.equal((await postRaw(f, batchOf(8, 'node_health'))).status, 429, 'one call more than the 7 tokens left');
    const paid = await postRaw(f, batchOf(7, 'node_health'));
    assert.equal(paid.status, 200, 'exactly the 7 tokens left');
    assert.equal(paid.json.length, 7);
    assert.equal((await postRaw(f, call(1, 'node_health'))).status, 429);
  });

  it('refills with the clock, and says when a batch can never fit', async () => {
    nowMs += 100;
    assert.equal((await postRaw(f, call(1, 'node_health'))).status, 200, 'one token after 100 ms at 10/s');
    assert.equal((await postRaw(f, call(2, 'node_health'))).status, 429);
    nowMs += 1000;
    const tooBig = await postRaw(f, batchOf(11, 'node_health'));
    assert.equal(tooBig.status, 429);
    assert.match(tooBig.json.error.message, /a batch of 11 calls never fits/);
    assert.equal((await postRaw(f, batchOf(10, 'node_health'))).status, 200, 'a full bucket after a second');
  });
});

describe('rpc: limits on batches and answers', function () {
  this.timeout(60_000);
  const maxResponseBytes = 256 * 1024;
  const ALERTS = 150;
  const logLines: { level: number; msg: string }[] = [];
  const rpcLog = pino({ level: 'debug' }, { write: (line: string) => { logLines.push(JSON.parse(line)); } });
  let f: NodeFixture;

  before(async () => {
    f = await new NodeFixture().start({ maxResponseBytes }, undefined, { rpcLog });
    // Enough alerts that one alert_list of them is a good part of the answer's budget.
    for (let sent = 0; sent < ALERTS; sent += 75) {
      const txs = Array.from({ length: 75 }, (_, i) => f.tx(f.keys.teams.payments.integration, {
        triggerAlert: { team: 'payments', summary: `disk ${sent + i} is full`, dedupKey: `disk-${sent + i}`, severity: ackchain.Severity.SEVERITY_WARNING },
      }));
      const r = await postRaw(f, txs.map((tx, i) => call(i, 'tx_submit', { tx, wait: 'committed' })));
      assert.ok(r.json.every((x: any) => x.result?.receipt.code === 0), JSON.stringify(r.json.find((x: any) => x.error)));
    }
  });
  after(async () => { await f.stop(); });

  it('serves a batch of exactly rpc.max_batch_calls and refuses one call more as a whole', async () => {
    const full = await postRaw(f, batchOf(100, 'node_health'));
    assert.equal(full.json.length, 100);
    assert.ok(full.json.every((x: any) => x.result.healthy === true));
    const over = await postRaw(f, batchOf(101, 'node_health'));
    assert.equal(over.status, 200);
    assert.deepEqual(over.json, {
      jsonrpc: '2.0', id: null, error: { code: -32600, message: 'batch of 101 calls exceeds rpc.max_batch_calls (100)' },
    });
  });

  it('answers a call of exactly rpc.max_response_bytes, and -32006 for one byte more', async () => {
    // The id is echoed in the answer, so its length sets the answer's size byte by byte.
    const base = Buffer.byteLength((await postRaw(f, call('', 'chain_getGenesis'))).text);
    const exact = await postRaw(f, call('x'.repeat(maxResponseBytes - base), 'chain_getGenesis'));
    assert.equal(Buffer.byteLength(exact.text), maxResponseBytes);
    assert.equal(exact.json.result.genesis.chain_id, 'test-chain');
    const over = await postRaw(f, call('x'.repeat(maxResponseBytes - base + 1), 'chain_getGenesis'));
    assert.equal(over.json.error.code, -32006);
    assert.match(over.json.error.message, /rpc\.max_response_bytes \(262144 bytes\)/);
  });

  it('counts every response of a batch, and refuses the call that does not fit', async () => {
    const base = Buffer.byteLength((await postRaw(f, call('', 'chain_getGenesis'))).text);
    const small = Buffer.byteLength((await postRaw(f, call(1, 'chain_getGenesis'))).text);
    // "[" + big + "," + small + "]" is exactly the limit; one byte more and one call is refused.
    const batch = (pad: number) => [call('x'.repeat(pad), 'chain_getGenesis'), call(1, 'chain_getGenesis')];
    const exact = await postRaw(f, batch(maxResponseBytes - 3 - small - base));
    assert.equal(Buffer.byteLength(exact.text), maxResponseBytes);
    assert.ok(exact.json.every((x: any) => x.result !== undefined));
    const over = await postRaw(f, batch(maxResponseBytes - 3 - small - base + 1));
    assert.ok(Buffer.byteLength(over.text) <= maxResponseBytes);
    assert.deepEqual(over.json.map((x: any) => x.error?.code ?? 'ok').sort(), [-32006, 'ok']);
  });

  it('answers a batch of 100 alert_list calls within the limit, marking the calls not served', async () => {
    const r = await postRaw(f, batchOf(100, 'alert_list', { limit: 500 }));
    assert.equal(r.status, 200);
    assert.ok(Buffer.byteLength(r.text) <= maxResponseBytes, `${Buffer.byteLength(r.text)} bytes`);
    assert.equal(r.json.length, 100);
    const served = r.json.filter((x: any) => x.result !== undefined);
    const refused = r.json.filter((x: any) => x.error !== undefined);
    assert.ok(served.length >= 1 && served.length < 100, `${served.length} served`);
    assert.ok(served.every((x: any) => x.result.alerts.length === ALERTS));
    assert.ok(refused.every((x: any) => x.error.code === -32006 && typeof x.id === 'number'));
    assert.equal(served.length + refused.length, 100);
  });

  it('logs a request the client abandons at debug, and keeps serving', async () => {
    // Part of a body, then the client goes away: once with a reset, once with a clean close. The
    // server's "100 Continue" shows that it is handling the request before the client leaves (a
    // reset that came sooner would discard the request unread).
    for (const leave of ['reset', 'close'] as const) {
      const before = logLines.length;
      await new Promise<void>((resolve, reject) => {
        const socket = connect(f.rpc.address.port, '127.0.0.1', () => {
          socket.write('POST / HTTP/1.1\r\nhost: x\r\nexpect: 100-continue\r\ncontent-length: 1000\r\n\r\n');
        });
        socket.once('data', () => {
          socket.write('{"jsonrpc":', () => (leave === 'reset' ? socket.resetAndDestroy() : socket.end()));
        });
        socket.on('close', () => resolve());
        socket.on('error', reject);
      });
      while (!logLines.slice(before).some((l) => l.msg === 'client closed the connection mid-request')) await new Promise((r) => setTimeout(r, 10));
    }
    assert.deepEqual(logLines.filter((l) => l.level >= 40), []);
    assert.equal((await f.result('node_health')).healthy, true);
  });
});
