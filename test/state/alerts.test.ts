import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { Code } from '../../src/chain/codes.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { getAlert, jsonDepth } from '../../src/state/alerts.ts';
import { alertHistory, listAlerts } from '../../src/state/queries.ts';
import { ChainFixture, GENESIS_TIME } from '../support/chain-fixture.ts';

const { Severity, AlertStatus } = ackchain;
const trigger = (summary: string, dedupKey = '', team = 'payments') =>
  ({ triggerAlert: { team, summary, dedupKey, severity: Severity.SEVERITY_CRITICAL, source: 'db-1' } });
const ack = (number: number, team = 'payments') => ({ acknowledgeAlert: { alert: { team, number } } });
const resolve = (number: number, team = 'payments') => ({ resolveAlert: { alert: { team, number }, resolution: 'fixed' } });

describe('state: alerts', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });
  const alert = (n: number) => getAlert(chain.store, 'payments', n);

  it('triggers, acknowledges and resolves an alert, recording who and when in its history', async () => {
    const { integration, responder } = chain.teams.payments;
    const t = await chain.run(chain.tx(integration, trigger('disk full', 'disk')));
    assert.equal(t.code, Code.ok, t.log);
    assert.deepEqual(t.events.map((e) => e.type), ['alert.triggered']);
    assert.equal((await alert(1))?.status, AlertStatus.ALERT_STATUS_TRIGGERED);

    const ackBlock = await chain.block(chain.tx(responder, ack(1)));
    assert.equal(ackBlock.txs[0].receipt.code, Code.ok, ackBlock.txs[0].receipt.log);
    const acked = (await alert(1))!;
    assert.equal(acked.status, AlertStatus.ALERT_STATUS_ACKNOWLEDGED);
    assert.equal(toHex(acked.acknowledgedBy), toHex(responder.publicKey));
    assert.equal(acked.acknowledgedAtMs, chain.head.timeMs);

    assert.equal((await chain.run(chain.tx(responder, resolve(1)))).code, Code.ok);
    const history = (await alertHistory(chain.store, 'payments', 1, { from: 0, limit: 100 })).entries;
    assert.deepEqual(history.map((h) => h.action), ['triggered', 'acknowledged', 'resolved']);
    assert.deepEqual(history.map((h) => h.handle), ['integration:monitoring', 'oncall@payments', 'oncall@payments']);
    assert.deepEqual(history.map((h) => toHex(h.account)), [integration, responder, responder].map((k) => toHex(k.publicKey)));
    assert.deepEqual(history.map((h) => h.timeMs), [GENESIS_TIME + 1000, GENESIS_TIME + 2000, GENESIS_TIME + 3000]);
    assert.deepEqual(history.map((h) => h.height), [1, 2, 3]);
    assert.equal(history[1].height, ackBlock.height);
    assert.equal(toHex(history[1].txHash), toHex(ackBlock.txs[0].hash));
    assert.equal(history[2].detail, 'fixed');
  });

  it('adds a trigger with the dedup key of an open alert to that alert, and opens a new one after resolve', async () => {
    const { integration } = chain.teams.payments;
    await chain.run(chain.tx(integration, trigger('latency', 'lat')));
    const again = await chain.run(chain.tx(integration, trigger('latency still', 'lat')));
    assert.equal(again.events[0].type, 'alert.deduplicated');
    const a = (await alert(1))!;
    assert.equal(a.triggerCount, 2);
    assert.equal(a.summary, 'latency');
    assert.equal(await alert(2), undefined);
    await chain.run(chain.tx(integration, resolve(1)));
    await chain.run(chain.tx(integration, trigger('latency back', 'lat')));
    assert.equal((await alert(2))?.dedupKey, 'lat');
    assert.equal((await alert(2))?.status, AlertStatus.ALERT_STATUS_TRIGGERED);
  });

  it('acknowledges and resolves by dedup key the open alert with that key', async () => {
    const { integration, responder } = chain.teams.payments;
    await chain.run(chain.tx(integration, trigger('x', 'k1')));
    const r = await chain.run(chain.tx(responder, { acknowledgeAlert: { alert: { team: 'payments', dedupKey: 'k1' } } }));
    assert.equal(r.code, Code.ok, r.log);
    const none = await chain.run(chain.tx(responder, { acknowledgeAlert: { alert: { team: 'payments', dedupKey: 'nope' } } }));
    assert.equal(none.code, Code.notFound);
  });

  it('lets only the right accounts act, with a reason for every refusal', async () => {
    const { integration, responder } = chain.teams.payments;
    const other = chain.teams.platform;
    const stranger = await chain.run(chain.tx(chain.stranger, trigger('x')));
    assert.equal(stranger.code, Code.unauthorized);
    assert.match(stranger.log, /not a member or integration of any team/);

    // Another team's integration may page payments (cross-team alerts are what OLAs cover).
    assert.equal((await chain.run(chain.tx(other.integration, trigger('from platform')))).code, Code.ok);
    const foreignAck = await chain.run(chain.tx(other.responder, ack(1)));
    assert.equal(foreignAck.code, Code.unauthorized);
    assert.equal((await chain.run(chain.tx(integration, ack(1)))).code, Code.unauthorized, 'integrations do not acknowledge');
    assert.equal((await chain.run(chain.tx(responder, ack(1)))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(responder, ack(1)))).code, Code.invalidState);
    // The team took it over: the other team's integration that triggered it may no longer resolve it.
    const late = await chain.run(chain.tx(other.integration, resolve(1)));
    assert.equal(late.code, Code.unauthorized);
    assert.match(late.log, /may not resolve alerts of team "payments": the team has acknowledged it/);
    assert.equal((await chain.run(chain.tx(responder, resolve(1)))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(responder, resolve(1)))).code, Code.invalidState);
    assert.equal((await chain.run(chain.tx(responder, ack(1)))).code, Code.invalidState);
    assert.equal((await chain.run(chain.tx(responder, ack(99)))).code, Code.notFound);
  });

  it('refuses malformed triggers with invalidArgument or notFound', async () => {
    const { integration } = chain.teams.payments;
    const cases: [object, number, RegExp][] = [
      [{ team: 'payments', summary: '', severity: Severity.SEVERITY_INFO }, Code.invalidArgument, /summary is required/],
      [{ team: 'payments', summary: 's' }, Code.invalidArgument, /severity/],
      [{ team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO, customDetailsJson: '[1]' }, Code.invalidArgument, /JSON object/],
      [{ team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO, customDetailsJson: '{' }, Code.invalidArgument, /not valid JSON/],
      [{ team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO, customDetailsJson: `{"a":${'['.repeat(32)}${']'.repeat(32)}}` }, Code.invalidArgument, /nests deeper than 32 levels/],
      [{ team: 'payments', summary: 'x'.repeat(1025), severity: Severity.SEVERITY_INFO }, Code.invalidArgument, /longer than 1024/],
      [{ team: 'nope', summary: 's', severity: Severity.SEVERITY_INFO }, Code.notFound, /no team "nope"/],
    ];
    for (const [payload, code, reason] of cases) {
      const r = await chain.run(chain.tx(integration, { triggerAlert: payload }));
      assert.equal(r.code, code, `${JSON.stringify(payload).slice(0, 80)}: ${r.log}`);
      assert.match(r.log, reason);
    }
    assert.equal(await alert(1), undefined, 'no refused trigger left an alert');
  });

  it('lists alerts newest first by team, status and severity, with a cursor', async () => {
    const { integration, responder } = chain.teams.payments;
    for (let i = 1; i <= 5; i++) await chain.run(chain.tx(integration, trigger(`p${i}`)));
    await chain.run(chain.tx(chain.teams.platform.integration, { triggerAlert: { team: 'platform', summary: 'q', severity: Severity.SEVERITY_WARNING } }));
    await chain.run(chain.tx(responder, ack(2)));
    const all = await listAlerts(chain.store, { maxBytes: 1e9,  limit: 10 });
    assert.deepEqual(all.alerts.map((a) => `${a.team}-${a.number}`), ['platform-1', 'payments-5', 'payments-4', 'payments-3', 'payments-2', 'payments-1']);
    const acked = await listAlerts(chain.store, { maxBytes: 1e9,  status: AlertStatus.ALERT_STATUS_ACKNOWLEDGED, limit: 10 });
    assert.deepEqual(acked.alerts.map((a) => a.number), [2]);
    const triggered = await listAlerts(chain.store, { maxBytes: 1e9,  team: 'payments', status: AlertStatus.ALERT_STATUS_TRIGGERED, limit: 10 });
    assert.deepEqual(triggered.alerts.map((a) => a.number), [5, 4, 3, 1]);
    const warnings = await listAlerts(chain.store, { maxBytes: 1e9,  severity: Severity.SEVERITY_WARNING, limit: 10 });
    assert.deepEqual(warnings.alerts.map((a) => a.team), ['platform']);
    const page1 = await listAlerts(chain.store, { maxBytes: 1e9,  team: 'payments', limit: 2 });
    assert.deepEqual(page1.alerts.map((a) => a.number), [5, 4]);
    const page2 = await listAlerts(chain.store, { maxBytes: 1e9,  team: 'payments', limit: 2, cursor: page1.nextCursor });
    assert.deepEqual(page2.alerts.map((a) => a.number), [3, 2]);
    const page3 = await listAlerts(chain.store, { maxBytes: 1e9,  team: 'payments', limit: 2, cursor: page2.nextCursor });
    assert.deepEqual(page3.alerts.map((a) => a.number), [1]);
    assert.equal(page3.nextCursor, undefined);
  });
});

describe('state: alert pages are bounded in bytes', () => {
  let chain: ChainFixture;
  before(async () => { chain = await new ChainFixture().open(); });
  after(async () => { await chain.close(); });

  it('ends a page once its alerts reach maxBytes, with a cursor to go on, and always makes progress', async () => {
    const { integration } = chain.teams.payments;
    for (let i = 1; i <= 4; i++) await chain.run(chain.tx(integration, trigger(`alert ${i}`)));
    const sizes = [];
    for (let n = 4; n >= 1; n--) sizes.push(encode.alert((await getAlert(chain.store, 'payments', n))!).length);
    // The page takes alerts until their bytes reach the budget: exactly one alert's size ends it there.
    const one = await listAlerts(chain.store, { team: 'payments', limit: 10, maxBytes: sizes[0] });
    assert.deepEqual(one.alerts.map((a) => a.number), [4]);
    assert.equal(one.nextCursor, 4);
    const oneByteMore = await listAlerts(chain.store, { team: 'payments', limit: 10, maxBytes: sizes[0] + 1 });
    assert.deepEqual(oneByteMore.alerts.map((a) => a.number), [4, 3]);
    assert.equal(oneByteMore.nextCursor, 3);
    const tiny = await listAlerts(chain.store, { team: 'payments', limit: 10, maxBytes: 1 });
    assert.deepEqual(tiny.alerts.map((a) => a.number), [4], 'always at least one alert, so paging makes progress');
    const all = await listAlerts(chain.store, { team: 'payments', limit: 10, maxBytes: sizes.reduce((a, b) => a + b) + 1 });
    assert.deepEqual(all.alerts.map((a) => a.number), [4, 3, 2, 1]);
    assert.equal(all.nextCursor, undefined);
  });
});

describe('state: custom details nesting', () => {
  it('counts the nesting of objects and arrays, not brackets inside strings', () => {
    assert.equal(jsonDepth('{}'), 1);
    assert.equal(jsonDepth('{"a":[1,{"b":[]}]}'), 4);
    assert.equal(jsonDepth('{"a":"[[[[{{{{\\"]]]"}'), 1);
    assert.equal(jsonDepth('"x"'), 0);
  });

  it('accepts details nested exactly 32 deep', async () => {
    const chain = await new ChainFixture().open();
    try {
      const details = `{"a":${'['.repeat(31)}${']'.repeat(31)}}`;
      assert.equal(jsonDepth(details), 32);
      const r = await chain.run(chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO, customDetailsJson: details } }));
      assert.equal(r.code, Code.ok, r.log);
    } finally {
      await chain.close();
    }
  });
});
