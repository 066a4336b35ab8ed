// What a hostile client found, each over real HTTP on loopback: calls in flight and waiting are
// bounded node-wide, and a client that leaves starts nothing more; one call's failure to serialize
// answers that call alone; ids are checked; connections are bounded per client address and in all;
// error messages never echo a client's value at full length, and team ids are slugs.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { fromHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { txHash } from '../../src/chain/tx.ts';
import { parseConfig } from '../../src/node/config.ts';
import { HTTP_TIMEOUTS } from '../../src/rpc/server.ts';
import { customDetailsView } from '../../src/rpc/views.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { NodeFixture, overrideApi } from '../support/node-fixture.ts';

const call = (id: unknown, method: string, params?: unknown) => ({ jsonrpc: '2.0', id, method, params });

async function postRaw(f: NodeFixture, body: unknown): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const res = await fetch(f.url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : null };
}

/** Lets the event loop turn until `cond` holds: a bounded number of turns, no timers. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 200_000; turn++) {
    if (cond()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}

const trigger = (f: NodeFixture, dedupKey: string): string => f.tx(f.keys.teams.payments.integration, {
  triggerAlert: { team: 'payments', summary: `${dedupKey} is down`, dedupKey, severity: ackchain.Severity.SEVERITY_ERROR },
});
const hashOf = (txHex: string): Uint8Array => txHash(fromHex(txHex));

/** Calls to NodeApi.getTeam wait while a hold is set, until the test lets them go. */
class Hold {
  #held: PromiseWithResolvers<void> | undefined;
  set(): void { this.#held = Promise.withResolvers<void>(); }
  release(): void { this.#held?.resolve(); this.#held = undefined; }
  async pass(): Promise<void> { if (this.#held) await this.#held.promise; }
}

describe('rpc: method calls in flight and waiting, node-wide', function () {
  this.timeout(30_000);
  // Time stands still unless a test advances it: no block is made, so a commit waits for the test.
  const clock = new FakeClock(Date.now());
  const hold = new Hold();
  let f: NodeFixture;
  before(async () => {
    f = await new NodeFixture().start({ maxCallsInFlight: 1, maxCallsQueued: 2, maxBatchCalls: 2 }, undefined, {
      clock, api: (node) => overrideApi(node, { getTeam: async (id) => { await hold.pass(); return node.getTeam(id); } }),
    });
  });
  after(async () => { hold.release(); await f.stop(); });

  it('lets calls wait beyond rpc.max_calls_in_flight, and answers a request beyond rpc.max_calls_queued with 503', async () => {
    hold.set();
    const first = postRaw(f, call(1, 'team_get', { id: 'payments' }));
    await until(() => f.rpc.load().inFlight === 1, 'team_get holds the one place in flight');
    const second = postRaw(f, [call(2, 'node_status'), call(3, 'team_get', { id: 'platform' })]);
    await until(() => f.rpc.load().queued === 2, 'both calls of the batch wait');
    assert.equal(f.rpc.load().inFlight, 1, 'the batch waits: nothing else runs');

    const third = await postRaw(f, call(4, 'node_status'));
    assert.equal(third.status, 503);
    assert.equal(third.headers.get('retry-after'), '1');
    assert.deepEqual(third.json, {
      jsonrpc: '2.0', id: null, error: { code: -32005, message: 'server busy: more than rpc.max_calls_queued (2) calls would wait; retry later' },
    });
    assert.deepEqual([f.rpc.load().inFlight, f.rpc.load().queued], [1, 2], 'the refused request took nothing');

    hold.release();
    assert.equal((await first).json.result.id, 'payments');
    const batch = (await second).json;
    assert.equal(batch.find((x: any) => x.id === 2).result.chain_id, 'test-chain');
    assert.equal(batch.find((x: any) => x.id === 3).result.id, 'platform');
    assert.deepEqual([f.rpc.load().inFlight, f.rpc.load().queued], [0, 0]);
    assert.equal((await postRaw(f, call(5, 'node_status'))).status, 200, 'served again once the queue drains');
  });

  it('does not start the waiting calls of a batch whose client has gone', async () => {
    hold.set();
    const first = postRaw(f, call(1, 'team_get', { id: 'payments' }));
    await until(() => f.rpc.load().inFlight === 1, 'team_get holds the one place in flight');
    // Two tx_submit calls: had either started, its tx would be in the mempool.
    const txs = [trigger(f, 'gone-1'), trigger(f, 'gone-2')];
    const body = JSON.stringify(txs.map((tx, i) => call(i, 'tx_submit', { tx })));
    const socket = connect(f.rpc.address.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(`POST / HTTP/1.1\r\nhost: x\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await until(() => f.rpc.load().queued === 2, 'both calls of the batch wait');
    socket.destroy();
    await until(() => f.rpc.load().queued === 0, 'the server drops the calls of the client that left');

    hold.release();
    assert.equal((await first).json.result.id, 'payments');
    // Calls wait in order, so this one runs after any of the batch's that had still been waiting.
    assert.equal((await postRaw(f, call(2, 'node_status'))).json.result.mempool.txs, 0);
    for (const tx of txs) assert.equal(f.node.isPending(hashOf(tx)), false);
  });

  it('gives up the place in flight of a tx_submit while it waits for its commit', async () => {
    const tx = trigger(f, 'commit-wait');
    const submitted = postRaw(f, call(1, 'tx_submit', { tx, wait: 'committed' }));
    await until(() => f.node.isPending(hashOf(tx)), 'the tx is in the mempool');
    await until(() => f.rpc.load().inFlight === 0, 'the waiting call holds no place');
    // With one place in flight, other calls run while the commit is awaited.
    assert.equal((await postRaw(f, call(2, 'node_status'))).json.result.mempool.txs, 1);
    clock.advance(1000);
    const committed = (await submitted).json.result;
    assert.equal(committed.status, 'committed');
    assert.equal(committed.receipt.code, 0);
  });
});

describe('rpc: one call that cannot be serialized, and alerts whose details nest too deep', function () {
  this.timeout(30_000);
  const logLines: { level: number; msg: string; method?: string }[] = [];
  const rawLines: string[] = [];
  const rpcLog = pino({ level: 'debug' }, { write: (line: string) => { rawLines.push(line); logLines.push(JSON.parse(line)); } });
  // 7,000 levels made JSON.stringify overflow the stack (the chain refuses such triggers now; an
  // alert stored before that is stood in for by the node's answer).
  const deepDetails = '{"a":'.repeat(7000) + '1' + '}'.repeat(7000);
  let deepName: unknown = 'end';
  for (let i = 0; i < 7000; i++) deepName = [deepName];
  let f: NodeFixture;
  before(async () => {
    f = await new NodeFixture().start({}, undefined, {
      rpcLog,
      api: (node) => overrideApi(node, {
        getAlert: async (team, number) => {
          const alert = await node.getAlert(team, number);
          return alert && ackchain.Alert.create({ ...alert, customDetailsJson: deepDetails });
        },
        listAlerts: async (filter) => {
          const page = await node.listAlerts(filter);
          return { ...page, alerts: page.alerts.map((a) => ackchain.Alert.create({ ...a, customDetailsJson: deepDetails })) };
        },
        getTeam: async (id) => {
          const team = await node.getTeam(id);
          return id === 'platform' && team ? ackchain.Team.create({ ...team, name: deepName as string }) : team;
        },
      }),
    });
    assert.equal((await f.result('tx_submit', { tx: trigger(f, 'disk'), wait: 'committed' })).receipt.code, 0);
  });
  after(async () => { await f.stop(); });

  it('answers that call alone with -32603, logged once without the result, and serves the rest of the batch', async () => {
    const tx = trigger(f, 'unrelated');
    const r = await postRaw(f, [
      call(1, 'alert_get', { id: 'payments-1' }), call(2, 'team_get', { id: 'platform' }), call(3, 'tx_submit', { tx }), call(4, 'team_get', { id: 'payments' }),
    ]);
    assert.equal(r.status, 200);
    const byId = (id: number) => r.json.find((x: any) => x.id === id);
    assert.equal(byId(1).result.custom_details, deepDetails, 'details too deep to parse come back as the stored text');
    assert.deepEqual(byId(2), { jsonrpc: '2.0', id: 2, error: { code: -32603, message: 'internal error' } });
    assert.equal(byId(3).result.status, 'accepted');
    assert.equal(byId(4).result.name, 'payments');
    const errors = logLines.filter((l) => l.level >= 50);
    assert.deepEqual(errors.map((l) => [l.msg, l.method]), [['an RPC response could not be serialized', 'team_get']]);
    assert.ok(rawLines.every((line) => line.length < 10_000), 'no log line holds the result');
  });

  it('answers a single call that cannot be serialized with -32603 and 200', async () => {
    const r = await postRaw(f, call('t', 'team_get', { id: 'platform' }));
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { jsonrpc: '2.0', id: 't', error: { code: -32603, message: 'internal error' } });
  });

  it('serves alert_list and alert_history over an alert whose details nest too deep', async () => {
    assert.equal((await f.result('alert_history', { id: 'payments-1' })).alert.custom_details, deepDetails);
    const list = await f.result('alert_list', { team: 'payments' });
    assert.ok(list.alerts.length >= 1);
    assert.ok(list.alerts.every((a: any) => a.custom_details === deepDetails));
  });

  it('parses details up to the trigger limit of 32 levels, and gives the text itself beyond it or when it is not JSON', () => {
    const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    assert.deepEqual(customDetailsView(nested(32)), JSON.parse(nested(32)));
    assert.equal(customDetailsView(nested(33)), nested(33));
    assert.deepEqual(customDetailsView('{"s":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}'), { s: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' });
    assert.equal(customDetailsView('{"a":'), '{"a":');
    assert.equal(customDetailsView(''), null);
  });
});

describe('rpc: request ids', function () {
  this.timeout(30_000);
  let f: NodeFixture;
  before(async () => { f = await new NodeFixture().start(); });
  after(async () => { await f.stop(); });

  const deepId = '['.repeat(20_000) + ']'.repeat(20_000);
  const invalid: [string, string][] = [
    ['an object', '{"a":1}'], ['an array', '[1]'], ['an empty array', '[]'], ['true', 'true'], ['false', 'false'],
    ['a fraction', '1.5'], ['an exponent beyond 2^53', '1e300'], ['2^53', '9007199254740992'], ['an array 20,000 deep', deepId],
  ];

  for (const [kind, id] of invalid) {
    it(`refuses an id that is ${kind} with -32600 and id null, without executing the call`, async () => {
      const tx = trigger(f, `id-${kind}`);
      const r = await postRaw(f, `{"jsonrpc":"2.0","id":${id},"method":"tx_submit","params":{"tx":"${tx}"}}`);
      assert.equal(r.status, 200);
      assert.deepEqual(r.json, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request' } });
      assert.equal(f.node.isPending(hashOf(tx)), false, 'not executed');
    });
  }

  it('refuses an element of a batch with an invalid id alone', async () => {
    const tx = trigger(f, 'id-batch');
    const r = await postRaw(f, `[{"jsonrpc":"2.0","id":${deepId},"method":"tx_submit","params":{"tx":"${tx}"}},`
      + '{"jsonrpc":"2.0","id":{"x":1},"method":"node_status"},{"jsonrpc":"2.0","id":7,"method":"node_health"},'
      + '{"jsonrpc":"2.0","id":true,"method":"node_health"},{"jsonrpc":"2.0","id":2.5,"method":"node_health"}]');
    assert.equal(r.status, 200);
    assert.equal(r.json.length, 5);
    assert.equal(r.json.filter((x: any) => x.id === null && x.error?.code === -32600).length, 4);
    assert.equal(r.json.find((x: any) => x.id === 7).result.healthy, true);
    assert.equal(f.node.isPending(hashOf(tx)), false, 'not executed');
  });

  it('serves ids that are strings, integers and null, echoed exactly', async () => {
    for (const id of ['abc', '', 0, -3, 9007199254740991, null]) {
      const r = await postRaw(f, call(id, 'node_health'));
      assert.equal(r.json.id, id);
      assert.equal(r.json.result.healthy, true);
    }
  });

  it('refuses a method that is not a string with -32600, echoing a valid id', async () => {
    const r = await postRaw(f, { jsonrpc: '2.0', id: 9, method: ['node_health'] });
    assert.deepEqual(r.json, { jsonrpc: '2.0', id: 9, error: { code: -32600, message: 'Invalid Request' } });
  });
});

/** One HTTP request on `socket`; the server answers and closes (connection: close). */
function rawPost(socket: Socket, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => { text += d; });
    socket.once('end', () => {
      const at = text.indexOf('\r\n\r\n');
      resolve({ status: Number(text.split(' ')[1]), json: JSON.parse(text.slice(at + 4)) });
    });
    socket.once('error', reject);
    socket.write(`POST / HTTP/1.1\r\nhost: x\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}

/** A connected socket, idle: it sends nothing. */
function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** How the server ended a connection the client never used: 'close' (FIN), or the error code of a reset. */
function ending(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    socket.once('close', () => resolve('close'));
    socket.resume(); // a socket nobody reads never sees the end of what the server sent
  });
}

describe('rpc: connections per client address and in all', function () {
  this.timeout(30_000);
  let f: NodeFixture;
  const sockets: Socket[] = [];
  before(async () => { f = await new NodeFixture().start({ maxConnectionsPerClient: 3, maxConnections: 5 }); });
  after(async () => { for (const s of sockets) s.destroy(); await f.stop(); });
  const health = JSON.stringify(call(1, 'node_health'));

  it('closes a connection beyond rpc.max_connections_per_client at once, and serves a new one after one closes', async () => {
    const port = f.rpc.address.port;
    for (let i = 0; i < 3; i++) sockets.push(await open(port));
    await until(() => f.rpc.load().connections === 3, 'the server holds 3 connections');

    const fourth = await open(port);
    assert.ok(['close', 'ECONNRESET'].includes(await ending(fourth)), 'the fourth is closed without a byte sent');
    assert.equal(f.rpc.load().connections, 3);
    // The first three are still served: the fourth was refused, not timed out with the rest.
    assert.equal((await rawPost(sockets.shift()!, health)).json.result.healthy, true);

    await until(() => f.rpc.load().connections === 2, 'the server saw the served connection close');
    const fresh = await open(port);
    assert.equal((await rawPost(fresh, health)).json.result.healthy, true);
  });

  it('closes a connection beyond rpc.max_connections, from any address', async () => {
    const port = f.rpc.address.port;
    await until(() => f.rpc.load().connections === 2, 'two idle connections left from 127.0.0.1');
    // Another loopback address is another client: its own 3, but only 5 in all.
    for (let i = 0; i < 3; i++) sockets.push(await open(port, '127.0.0.2'));
    await until(() => f.rpc.load().connections === 5, 'the server holds 5 connections');
    const sixth = await open(port, '127.0.0.3');
    assert.ok(['close', 'ECONNRESET'].includes(await ending(sixth)));
    assert.equal(f.rpc.load().connections, 5);
  });
});

describe('rpc: connections that send too slowly, or nothing', function () {
  this.timeout(30_000);
  let f: NodeFixture;
  // The timeouts are short here so that the test does not wait 10 s; nothing is timed.
  before(async () => { f = await new NodeFixture().start({}, undefined, { rpcTimeouts: { headersMs: 200, requestMs: 300, checkEveryMs: 50 } }); });
  after(async () => { await f.stop(); });

  it('runs with the timeouts docs/rpc.md gives, checked every second', () => {
    assert.deepEqual(HTTP_TIMEOUTS, { headersMs: 10_000, requestMs: 15_000, keepAliveMs: 65_000, checkEveryMs: 1_000 });
  });

  for (const [what, sent] of [['nothing', ''], ['part of its headers', 'POST / HTTP/1.1\r\nhost: x\r\n'],
    ['part of its body', 'POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{"jsonrpc"']] as const) {
    it(`answers 408 and closes a connection that sends ${what}`, async () => {
      const socket = await open(f.rpc.address.port);
      let answer = '';
      socket.on('data', (d: Buffer) => { answer += d.toString(); });
      if (sent) socket.write(sent);
      assert.equal(await ending(socket), 'close');
      assert.match(answer, /^HTTP\/1\.1 408 /);
      await until(() => f.rpc.load().connections === 0, 'the server let the connection go');
    });
  }
});

describe('rpc: echoed values and team ids', function () {
  this.timeout(30_000);
  let f: NodeFixture;
  before(async () => { f = await new NodeFixture().start(); });
  after(async () => { await f.stop(); });

  const huge = 'x'.repeat(900_000);
  const cut = 'x'.repeat(80) + '…';

  it('refuses a team id that is not a slug with -32602, echoing at most 80 characters of it', async () => {
    const r = await postRaw(f, call(1, 'team_get', { id: huge }));
    assert.ok(r.text.length < 300, `${r.text.length} bytes`);
    assert.deepEqual(r.json.error, { code: -32602, message: `invalid params: "id" must be a team id (1 to 32 lowercase letters, digits and inner dashes), got "${cut}"` });
    for (const [method, params] of [
      ['team_get', { id: 'Payments' }], ['team_get', { id: '' }], ['team_get', { id: 'a'.repeat(33) }], ['team_get', { id: '-payments' }],
      ['alert_list', { team: 'pay ments' }], ['alert_get', { team: 'a'.repeat(33), number: 1 }], ['alert_history', { team: 'PAY', dedup_key: 'k' }],
      ['alert_get', { id: 'a'.repeat(33) + '-1' }], ['team_list', { cursor: 'Z' }],
    ] as const) {
      assert.equal((await f.call(method, params)).error?.code, -32602, `${method} ${JSON.stringify(params)}`);
    }
    assert.equal((await f.call('team_get', { id: 'a'.repeat(32) })).error?.code, -32004, 'a slug of 32 characters is a team id');
  });

  it('cuts every echoed value to 80 characters with an ellipsis', async () => {
    const unknown = await f.call('node_status', { [huge]: 1 });
    assert.equal(unknown.error?.message, `invalid params: unknown parameter "${cut}"`);
    const badId = await f.call('alert_get', { id: huge });
    assert.equal(badId.error?.message, `invalid params: "id" must look like "<team>-<number>", got "${cut}"`);
    const dedup = await f.call('alert_get', { team: 'payments', dedup_key: huge });
    assert.equal(dedup.error?.message, `team "payments" has no open alert with dedup key "${cut}"`);
    const path = await fetch(f.url + 'y'.repeat(10_000), { method: 'POST', body: '{}' });
    assert.equal(path.status, 404);
    assert.equal(((await path.json()) as any).error.message, `no such path /${'y'.repeat(79)}…; JSON-RPC is served at POST /`);
  });
});

describe('rpc: settings for load and connections', () => {
  it('has defaults, and refuses values below their minimums', () => {
    const rpc = parseConfig('{}').rpc;
    assert.deepEqual([rpc.maxCallsInFlight, rpc.maxCallsQueued, rpc.maxConnections, rpc.maxConnectionsPerClient], [16, 4096, 2048, 512]);
    assert.equal(parseConfig('{"rpc":{"max_calls_in_flight":1,"max_calls_queued":100,"max_connections":1,"max_connections_per_client":1}}').rpc.maxCallsQueued, 100);
    assert.throws(() => parseConfig('{"rpc":{"max_calls_in_flight":0}}'), /rpc\.max_calls_in_flight: must be at least 1/);
    assert.throws(() => parseConfig('{"rpc":{"max_calls_queued":99}}'), /rpc\.max_calls_queued: must be at least rpc\.max_batch_calls/);
    assert.equal(parseConfig('{"rpc":{"max_calls_queued":10,"max_batch_calls":10}}').rpc.maxCallsQueued, 10);
    assert.throws(() => parseConfig('{"rpc":{"max_connections":0}}'), /rpc\.max_connections: must be at least 1/);
    assert.throws(() => parseConfig('{"rpc":{"max_connections_per_client":0}}'), /rpc\.max_connections_per_client: must be at least 1/);
  });
});
