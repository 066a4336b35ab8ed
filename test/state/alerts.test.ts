import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { Code } from '../../src/chain/codes.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { getAlert, parseSeverity, parseStatus } from '../../src/state/alert-records.ts';
import { jsonDepth, LIMITS } from '../../src/state/alerts.ts';
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
    assert.equal(none.log, 'team "payments" has no open alert with dedup key "nope"');
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
    const twice = await chain.run(chain.tx(responder, ack(1)));
    assert.equal(twice.code, Code.invalidState);
    assert.equal(twice.log, `payments-1 is already acknowledged by ${toHex(responder.publicKey)}`);
    // The team took it over: the other team's integration that triggered it may no longer resolve it.
    const late = await chain.run(chain.tx(other.integration, resolve(1)));
    assert.equal(late.code, Code.unauthorized);
    assert.match(late.log, /may not resolve alerts of team "payments": the team has acknowledged it/);
    assert.equal((await chain.run(chain.tx(responder, resolve(1)))).code, Code.ok);
    for (const r of [await chain.run(chain.tx(responder, resolve(1))), await chain.run(chain.tx(responder, ack(1)))]) {
      assert.equal(r.code, Code.invalidState);
      assert.equal(r.log, 'payments-1 is already resolved');
    }
    const missing = await chain.run(chain.tx(responder, ack(99)));
    assert.equal(missing.code, Code.notFound);
    assert.equal(missing.log, 'no alert payments-99');
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

describe('state: what a trigger may carry', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  const triggerWith = (extra: object) =>
    chain.run(chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO, ...extra } }));
  /** Checks the refusal's code and exact log, and that no alert was opened. */
  async function refused(extra: object, log: string): Promise<void> {
    const before = (await getTeamAlerts()).length;
    const r = await triggerWith(extra);
    assert.equal(r.code, Code.invalidArgument, r.log);
    assert.equal(r.log, log);
    assert.equal((await getTeamAlerts()).length, before);
  }
  const getTeamAlerts = async () => (await listAlerts(chain.store, { team: 'payments', limit: 100, maxBytes: 1e9 })).alerts;

  it('keeps custom_details that are a JSON object, and refuses an array, a number, a string, a boolean or null', async () => {
    for (const details of ['{}', '{"disk":"sda1","used":[97,98]}']) {
      const r = await triggerWith({ customDetailsJson: details });
      assert.equal(r.code, Code.ok, `${details}: ${r.log}`);
      assert.equal((await getTeamAlerts())[0].customDetailsJson, details);
    }
    for (const details of ['[]', '[{}]', '1', '"{}"', 'true', 'null']) await refused({ customDetailsJson: details }, 'custom_details must be a JSON object');
  });

  it('keeps custom_details of exactly 16 KiB, and refuses one byte more', async () => {
    assert.equal(LIMITS.customDetailsBytes, 16 * 1024);
    const details = (bytes: number) => `{"a":"${'x'.repeat(bytes - 8)}"}`;
    assert.equal(details(16 * 1024).length, 16 * 1024);
    const r = await triggerWith({ customDetailsJson: details(16 * 1024) });
    assert.equal(r.code, Code.ok, r.log);
    assert.equal((await getTeamAlerts())[0].customDetailsJson, details(16 * 1024));
    await refused({ customDetailsJson: details(16 * 1024 + 1) }, 'custom_details is larger than 16384 bytes');
    // Bytes, not characters: 8,188 two-byte characters are 16,376 bytes of text plus 8 of JSON.
    const wide = `{"a":"${'é'.repeat(8188)}"}`;
    assert.equal(Buffer.byteLength(wide), 16 * 1024);
    assert.equal((await triggerWith({ customDetailsJson: wide })).code, Code.ok);
    await refused({ customDetailsJson: `{"a":"${'é'.repeat(8189)}"}` }, 'custom_details is larger than 16384 bytes');
  });

  it('keeps up to 16 links, and refuses 17', async () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => ({ href: `https://runbook.example/${i}`, text: `step ${i}` }));
    const r = await triggerWith({ links: links(16) });
    assert.equal(r.code, Code.ok, r.log);
    assert.deepEqual((await getTeamAlerts())[0].links.map((l) => [l.href, l.text]), links(16).map((l) => [l.href, l.text]));
    await refused({ links: links(17) }, 'at most 16 links');
  });

  it('keeps a link with an href of up to 1024 characters and a text of up to 255 (or none), and refuses an empty href or longer ones', async () => {
    const href = (n: number) => `https://x.example/${'p'.repeat(n - 18)}`;
    assert.equal(href(1024).length, 1024);
    const r = await triggerWith({ links: [{ href: href(1024), text: 't'.repeat(255) }, { href: 'https://y.example' }] });
    assert.equal(r.code, Code.ok, r.log);
    assert.deepEqual((await getTeamAlerts())[0].links.map((l) => [l.href, l.text]), [[href(1024), 't'.repeat(255)], ['https://y.example', '']]);
    await refused({ links: [{ href: 'https://y.example' }, { href: '', text: 'runbook' }] }, 'a link needs an href');
    await refused({ links: [{ href: href(1025) }] }, 'link href is longer than 1024 characters');
    await refused({ links: [{ href: 'https://y.example', text: 't'.repeat(256) }] }, 'link text is longer than 255 characters');
  });
});

describe('state: naming an alert, and what acknowledging, resolving and notes take', () => {
  let chain: ChainFixture;
  beforeEach(async () => {
    chain = await new ChainFixture().open();
    await chain.run(chain.tx(chain.teams.payments.integration, trigger('x', 'k1')));
  });
  afterEach(async () => { await chain.close(); });

  it('needs a team, and a number or a dedup key but not both, in an alert reference', async () => {
    const { responder } = chain.teams.payments;
    const cases: [object, string][] = [
      [{ number: 1 }, 'the alert reference needs a team'],
      [{}, 'the alert reference needs a team'],
      [{ team: 'payments' }, 'name the alert by number or by dedup key, not both or neither'],
      [{ team: 'payments', number: 1, dedupKey: 'k1' }, 'name the alert by number or by dedup key, not both or neither'],
    ];
    for (const [alertRef, log] of cases) {
      for (const payload of [{ acknowledgeAlert: { alert: alertRef } }, { resolveAlert: { alert: alertRef } }, { addAlertNote: { alert: alertRef, note: 'n' } }]) {
        const r = await chain.run(chain.tx(responder, payload));
        assert.equal(r.code, Code.invalidArgument, `${JSON.stringify(payload)}: ${r.log}`);
        assert.equal(r.log, log);
      }
    }
    const noRef = await chain.run(chain.tx(responder, { acknowledgeAlert: {} }));
    assert.equal(noRef.code, Code.invalidArgument);
    assert.equal(noRef.log, 'the alert reference needs a team');
    assert.equal((await getAlert(chain.store, 'payments', 1))!.status, AlertStatus.ALERT_STATUS_TRIGGERED);
    assert.equal((await getAlert(chain.store, 'payments', 1))!.historyLength, 1);
  });

  it('takes a resolution of up to 4096 characters, and refuses a longer one', async () => {
    const { responder } = chain.teams.payments;
    const long = await chain.run(chain.tx(responder, { resolveAlert: { alert: { team: 'payments', number: 1 }, resolution: 'r'.repeat(4097) } }));
    assert.equal(long.code, Code.invalidArgument);
    assert.equal(long.log, 'resolution is longer than 4096 characters');
    assert.equal((await getAlert(chain.store, 'payments', 1))!.status, AlertStatus.ALERT_STATUS_TRIGGERED);
    const r = await chain.run(chain.tx(responder, { resolveAlert: { alert: { team: 'payments', number: 1 }, resolution: 'r'.repeat(4096) } }));
    assert.equal(r.code, Code.ok, r.log);
    const history = (await alertHistory(chain.store, 'payments', 1, { from: 0, limit: 10 })).entries;
    assert.equal(history.at(-1)!.detail, 'r'.repeat(4096));
  });

  it('takes a note of 1 to 4096 characters, and refuses an empty or a longer one', async () => {
    const { responder } = chain.teams.payments;
    const note = (text: string) => chain.run(chain.tx(responder, { addAlertNote: { alert: { team: 'payments', number: 1 }, note: text } }));
    for (const [text, log] of [['', 'the note is empty'], ['n'.repeat(4097), 'note is longer than 4096 characters']]) {
      const r = await note(text);
      assert.equal(r.code, Code.invalidArgument);
      assert.equal(r.log, log);
    }
    assert.equal((await getAlert(chain.store, 'payments', 1))!.historyLength, 1, 'no refused note was recorded');
    assert.equal((await note('n'.repeat(4096))).code, Code.ok);
    const history = (await alertHistory(chain.store, 'payments', 1, { from: 0, limit: 10 })).entries;
    assert.deepEqual(history.map((h) => [h.action, h.detail.length]), [['triggered', 1], ['note', 4096]]);
  });
});

describe('state: alert listings by creation time', () => {
  let chain: ChainFixture;
  const times = [GENESIS_TIME + 1000, GENESIS_TIME + 2000, GENESIS_TIME + 3000];
  before(async () => {
    chain = await new ChainFixture().open();
    for (const [i, t] of times.entries()) await chain.blockAt(t, chain.tx(chain.teams.payments.integration, trigger(`a${i + 1}`)));
  });
  after(async () => { await chain.close(); });

  const numbers = async (filter: { sinceMs?: number; untilMs?: number }) =>
    (await listAlerts(chain.store, { team: 'payments', limit: 10, maxBytes: 1e9, ...filter })).alerts.map((a) => a.number);

  it('lists the alerts created at or after since_ms: one created exactly then is included', async () => {
    assert.equal((await getAlert(chain.store, 'payments', 2))?.createdAtMs, times[1]);
    assert.deepEqual(await numbers({ sinceMs: times[1] }), [3, 2]);
    assert.deepEqual(await numbers({ sinceMs: times[1] + 1 }), [3]);
    assert.deepEqual(await numbers({ sinceMs: times[1] - 1 }), [3, 2]);
    assert.deepEqual(await numbers({ sinceMs: times[0] }), [3, 2, 1]);
    assert.deepEqual(await numbers({ sinceMs: times[2] + 1 }), []);
  });

  it('lists the alerts created before until_ms: one created exactly then is excluded', async () => {
    assert.deepEqual(await numbers({ untilMs: times[1] }), [1]);
    assert.deepEqual(await numbers({ untilMs: times[1] + 1 }), [2, 1]);
    assert.deepEqual(await numbers({ untilMs: times[0] }), []);
    assert.deepEqual(await numbers({ untilMs: times[2] + 1 }), [3, 2, 1]);
  });

  it('combines since_ms and until_ms into a half-open window', async () => {
    assert.deepEqual(await numbers({ sinceMs: times[1], untilMs: times[2] }), [2]);
    assert.deepEqual(await numbers({ sinceMs: times[0], untilMs: times[2] + 1 }), [3, 2, 1]);
    assert.deepEqual(await numbers({ sinceMs: times[1], untilMs: times[1] }), []);
  });
});

describe('state: severity and status names', () => {
  it('parses the four severity names and the three status names, and nothing else', () => {
    assert.equal(parseSeverity('critical'), Severity.SEVERITY_CRITICAL);
    assert.equal(parseSeverity('error'), Severity.SEVERITY_ERROR);
    assert.equal(parseSeverity('warning'), Severity.SEVERITY_WARNING);
    assert.equal(parseSeverity('info'), Severity.SEVERITY_INFO);
    assert.equal(parseStatus('triggered'), AlertStatus.ALERT_STATUS_TRIGGERED);
    assert.equal(parseStatus('acknowledged'), AlertStatus.ALERT_STATUS_ACKNOWLEDGED);
    assert.equal(parseStatus('resolved'), AlertStatus.ALERT_STATUS_RESOLVED);
    for (const name of ['', 'Critical', 'crit', 'unspecified', 'resolved']) assert.equal(parseSeverity(name), undefined, name);
    for (const name of ['', 'Triggered', 'open', 'info']) assert.equal(parseStatus(name), undefined, name);
  });
});
