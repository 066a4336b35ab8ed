// Escalation in block time: levels, repeats, ack timeout, snooze, maintenance windows, the policy
// version an alert keeps, schedule targets, and the deadline index's per-block limit. Every time is
// a block time chosen by the test; nothing waits on a clock.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import type { KeyPair } from '../../src/chain/keys.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { alertHistory } from '../../src/state/queries.ts';
import { prefixRange } from '../../src/store/state-source.ts';
import { stateKeys } from '../../src/state/keys.ts';
import type { ExecutedBlock } from '../../src/state/block.ts';
import { ChainFixture, GENESIS_TIME } from '../support/chain-fixture.ts';

const { AlertStatus, Severity } = ackchain;
const MIN = 60_000;

type Payload = Parameters<ChainFixture['tx']>[1];
const trigger = (dedupKey: string, team = 'payments'): Payload =>
  ({ triggerAlert: { team, summary: `down ${dedupKey}`, dedupKey, severity: Severity.SEVERITY_CRITICAL, source: 'probe' } });
const ref = (number: number) => ({ team: 'payments', number });

/** Every event of a block (begin-block step first, then each tx), as "type key=value ...". */
function events(block: ExecutedBlock, types?: string[]): string[] {
  const begin = decode.receipt(block.beginBlockReceipt);
  return ([...begin.events, ...block.txs.flatMap((t) => t.receipt.events)] as ackchain.Event[])
    .filter((e) => types === undefined || types.includes(e.type))
    .map((e) => [e.type, ...(e.attributes as ackchain.Attribute[]).map((a) => `${a.key}=${a.value}`)].join(' '));
}

describe('state: escalation', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  let admin: KeyPair;
  let responder: KeyPair;
  let integration: KeyPair;
  beforeEach(async () => {
    chain = await new ChainFixture().open();
    ({ admin, responder, integration } = chain.teams.payments);
  });
  afterEach(async () => { await chain.close(); });

  const ok = (keys: KeyPair, payload: Payload, timeMs?: number) => chain.ok(keys, payload, timeMs);

  /** Level 1 the responder for 5 minutes, level 2 the admin for 10; then `repeats` more rounds. */
  const twoLevels = (repeats: number, ackTimeoutMs = 0): Payload => ({
    setEscalationPolicy: {
      team: 'payments',
      policy: {
        levels: [{ delayMs: 5 * MIN, targets: [{ member: responder.publicKey }] }, { delayMs: 10 * MIN, targets: [{ member: admin.publicKey }] }],
        repeats, ackTimeoutMs,
      },
    },
  });
  const notifyOf = (who: KeyPair, level: number, round: number, handle: string) =>
    `alert.notify alert=payments-1 team=payments level=${level} round=${round} accounts=${toHex(who.publicKey)} handles=${handle}`;
  const deadlineCount = async () => {
    let n = 0;
    for await (const _ of chain.store.stateRange(prefixRange(stateKeys.deadlines()))) n++;
    return n;
  };

  it('notifies level 1 at the trigger, escalates at exactly each delay, repeats, then stops', async () => {
    await ok(admin, twoLevels(1));
    const t0 = chain.head.timeMs + 1000;
    const triggered = await ok(integration, trigger('a'), t0);
    assert.deepEqual(events(triggered, ['alert.notify']), [notifyOf(responder, 1, 1, 'oncall@payments')]);

    assert.deepEqual(events(await chain.blockAt(t0 + 5 * MIN - 1), ['alert.notify', 'alert.escalated']), [], 'one millisecond early: nothing');
    assert.deepEqual(events(await chain.blockAt(t0 + 5 * MIN), ['alert.notify', 'alert.escalated']), [
      'alert.escalated alert=payments-1 team=payments level=2 round=1', notifyOf(admin, 2, 1, 'admin@payments'),
    ]);
    // Level 2 waits 10 minutes, then the policy runs once more from level 1.
    assert.deepEqual(events(await chain.blockAt(t0 + 15 * MIN - 1), ['alert.notify']), []);
    assert.deepEqual(events(await chain.blockAt(t0 + 15 * MIN), ['alert.notify']), [notifyOf(responder, 1, 2, 'oncall@payments')]);
    assert.deepEqual(events(await chain.blockAt(t0 + 20 * MIN), ['alert.notify']), [notifyOf(admin, 2, 2, 'admin@payments')]);
    const last = (await getAlert(chain.store, 'payments', 1))!;
    assert.equal(last.escalationDueMs, 0, 'no step is left after the last level of the last round');
    assert.equal(await deadlineCount(), 0);
    assert.deepEqual(events(await chain.blockAt(t0 + 60 * MIN), ['alert.notify', 'alert.escalated']), []);

    const history = (await alertHistory(chain.store, 'payments', 1, { from: 0, limit: 10 })).entries;
    assert.deepEqual(history.map((h) => `${h.action} ${h.detail} ${h.handle}`), [
      'triggered down a integration:monitoring',
      'escalated level 2, round 1: notified admin@payments ackchain', 'escalated level 1, round 2: notified oncall@payments ackchain',
      'escalated level 2, round 2: notified admin@payments ackchain',
    ]);
    assert.deepEqual(history.slice(1).map((h) => h.timeMs), [t0 + 5 * MIN, t0 + 15 * MIN, t0 + 20 * MIN]);
    assert.deepEqual(history.slice(1).map((h) => h.txHash.length), [0, 0, 0], 'the chain escalates, no tx');
  });

  it('stops escalating at the acknowledgment, and with an ack timeout triggers the alert again', async () => {
    await ok(admin, twoLevels(0, 30 * MIN));
    const t0 = chain.head.timeMs + 1000;
    await ok(integration, trigger('a'), t0);
    await ok(responder, { acknowledgeAlert: { alert: ref(1) } }, t0 + MIN);
    assert.deepEqual(events(await chain.blockAt(t0 + 5 * MIN), ['alert.escalated', 'alert.notify']), [], 'no escalation after the ack');
    assert.deepEqual(events(await chain.blockAt(t0 + 31 * MIN - 1), ['alert.retriggered', 'alert.notify']), []);
    const again = await chain.blockAt(t0 + 31 * MIN);
    assert.deepEqual(events(again, ['alert.retriggered', 'alert.notify']), [
      'alert.retriggered alert=payments-1 team=payments reason=acknowledgement timed out', notifyOf(responder, 1, 1, 'oncall@payments'),
    ]);
    const alert = (await getAlert(chain.store, 'payments', 1))!;
    assert.equal(alert.status, AlertStatus.ALERT_STATUS_TRIGGERED);
    assert.equal(alert.escalationDueMs, t0 + 36 * MIN, 'the policy starts over');
    assert.equal(alert.firstAcknowledgedAtMs, t0 + MIN, 'the first acknowledgment is kept for reports');
  });

  it('snooze postpones re-notification until its end, which replaces the ack timeout', async () => {
    await ok(admin, twoLevels(0, 30 * MIN));
    const t0 = chain.head.timeMs + 1000;
    await ok(integration, trigger('a'), t0);
    const early = await chain.block(chain.tx(responder, { snoozeAlert: { alert: ref(1), untilMs: t0 + 10 * MIN } }));
    assert.equal(early.txs[0].receipt.code, Code.invalidState);
    assert.match(early.txs[0].receipt.log, /only an acknowledged alert can be snoozed/);
    await ok(responder, { acknowledgeAlert: { alert: ref(1) } });
    const tooLong = await chain.block(chain.tx(responder, { snoozeAlert: { alert: ref(1), untilMs: chain.head.timeMs + 1000 + 7 * 24 * 60 * MIN + 1 } }));
    assert.equal(tooLong.txs[0].receipt.code, Code.invalidArgument);
    await ok(responder, { snoozeAlert: { alert: ref(1), untilMs: t0 + 60 * MIN } });
    assert.deepEqual(events(await chain.blockAt(t0 + 45 * MIN), ['alert.retriggered', 'alert.notify']), [], 'the ack timeout no longer applies');
    assert.deepEqual(events(await chain.blockAt(t0 + 60 * MIN), ['alert.retriggered']), ['alert.retriggered alert=payments-1 team=payments reason=snooze ended']);
    const history = (await alertHistory(chain.store, 'payments', 1, { from: 0, limit: 10 })).entries;
    assert.deepEqual(history.map((h) => h.action), ['triggered', 'acknowledged', 'snoozed', 'retriggered']);
  });

  it('records triggers inside a maintenance window but notifies nobody and schedules nothing', async () => {
    await ok(admin, twoLevels(0));
    const from = chain.head.timeMs + 1000;
    await ok(admin, { addMaintenanceWindow: { team: 'payments', fromMs: from, toMs: from + 60 * MIN, reason: 'db upgrade' } }, from);
    const inside = await ok(integration, trigger('a'), from + 60 * MIN - 1);
    assert.deepEqual(events(inside, ['alert.notify']), []);
    assert.match(events(inside, ['alert.triggered'])[0], /maintenance=true/);
    assert.equal((await getAlert(chain.store, 'payments', 1))!.inMaintenance, true);
    assert.equal(await deadlineCount(), 0);
    const after = await ok(integration, trigger('b'), from + 60 * MIN);
    assert.deepEqual(events(after, ['alert.notify']).length, 1, 'the window ends at its to_ms');
  });

  it('an alert follows the policy version it was triggered under', async () => {
    await ok(admin, twoLevels(0));
    const t0 = chain.head.timeMs + 1000;
    await ok(integration, trigger('a'), t0);
    // Version 2: only the admin, at every level.
    await ok(admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ member: admin.publicKey }] }] } } });
    assert.deepEqual(events(await chain.blockAt(t0 + 5 * MIN), ['alert.notify']), [notifyOf(admin, 2, 1, 'admin@payments')], 'version 1 level 2');
    const second = await ok(integration, trigger('b'));
    assert.match(events(second, ['alert.notify'])[0], new RegExp(`level=1 round=1 accounts=${toHex(admin.publicKey)} handles=admin@payments`));
    assert.equal((await getAlert(chain.store, 'payments', 1))!.policyVersion, 1);
    assert.equal((await getAlert(chain.store, 'payments', 2))!.policyVersion, 2);
  });

  it('refuses policies with bad levels, targets or repeats', async () => {
    const bad = async (policy: ackchain.EscalationPolicy.$Properties, why: RegExp) => {
      const r = await chain.run(chain.tx(admin, { setEscalationPolicy: { team: 'payments', policy } }));
      assert.equal(r.code, Code.invalidArgument, r.log);
      assert.match(r.log, why);
    };
    const level = { delayMs: 5 * MIN, targets: [{ member: responder.publicKey }] };
    await bad({ levels: [] }, /1 to 10 levels/);
    await bad({ levels: [level], repeats: 10 }, /repeats must be 0 to 9/);
    await bad({ levels: [{ ...level, delayMs: MIN - 1 }] }, /level 1: delay_ms/);
    await bad({ levels: [level, { delayMs: MIN, targets: [{ member: chain.stranger.publicKey }] }] }, /level 2: .* is not a member/);
    await bad({ levels: [{ delayMs: MIN, targets: [{ schedule: 'primary' }] }] }, /has no schedule "primary"/);
    await bad({ levels: [level], ackTimeoutMs: 1 }, /ack_timeout_ms/);
    for (const name of ['s1', 's2', 's3', 's4']) {
      const r = await chain.run(chain.tx(admin, { setSchedule: { team: 'payments', name, timeZone: 'UTC', layers: [{ name: 'l', participants: [responder.publicKey], startMs: 0, turnLengthMs: 3_600_000 }] } }));
      assert.equal(r.code, Code.ok, r.log);
    }
    const schedules = (names: string[]) => ({ levels: [{ delayMs: MIN, targets: names.map((schedule) => ({ schedule })) }] });
    await bad(schedules(['s1', 's2', 's3', 's4']), /level 1: at most 3 schedule targets/);
    assert.equal((await chain.run(chain.tx(admin, { setEscalationPolicy: { team: 'payments', policy: schedules(['s1', 's2', 's3']) } }))).code, Code.ok, 'three schedules');
    const r = await chain.run(chain.tx(admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [level], repeats: 9 } } }));
    assert.equal(r.code, Code.ok, 'nine repeats, as PagerDuty allows');
    const refused = await chain.run(chain.tx(responder, twoLevels(0)));
    assert.equal(refused.code, Code.unauthorized);
  });

  it('notifies whoever is on call in a schedule target, and a member removed since is skipped', async () => {
    const start = GENESIS_TIME;
    await ok(admin, {
      setSchedule: {
        team: 'payments', name: 'primary', timeZone: 'Europe/Berlin',
        layers: [{ name: 'weekly', participants: [responder.publicKey, admin.publicKey], startMs: start, turnLengthMs: 7 * 24 * 60 * MIN }],
      },
    });
    await ok(admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ schedule: 'primary' }] }] } } });
    const first = await ok(integration, trigger('a'));
    assert.deepEqual(events(first, ['alert.notify']), [notifyOf(responder, 1, 1, 'oncall@payments')]);
    const secondWeek = start + 7 * 24 * 60 * MIN;
    const second = await ok(integration, trigger('b'), secondWeek);
    assert.match(events(second, ['alert.notify'])[0], new RegExp(`accounts=${toHex(admin.publicKey)} handles=admin@payments`));
    const removal = await chain.run(chain.tx(admin, { removeMember: { team: 'payments', account: responder.publicKey } }));
    assert.equal(removal.code, Code.ok, removal.log);
    const thirdWeek = await ok(integration, trigger('c'), start + 14 * 24 * 60 * MIN);
    assert.match(events(thirdWeek, ['alert.notify'])[0], / accounts= handles=$/, 'the removed responder is on call but no longer notified');
  });

  it('an alert whose policy version named a schedule removed since escalates to nobody there, and the chain goes on', async () => {
    await ok(admin, { setSchedule: { team: 'payments', name: 'old', timeZone: 'UTC', layers: [{ name: 'l', participants: [responder.publicKey], startMs: 0, turnLengthMs: 3_600_000 }] } });
    await ok(admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ member: admin.publicKey }] }, { delayMs: 5 * MIN, targets: [{ schedule: 'old' }] }] } } });
    const t0 = chain.head.timeMs + 1000;
    await ok(integration, trigger('a'), t0);
    await ok(admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ member: admin.publicKey }] }] } } });
    await ok(admin, { removeSchedule: { team: 'payments', name: 'old' } });
    const step = await chain.blockAt(t0 + 5 * MIN);
    assert.deepEqual(events(step, ['alert.notify']), ['alert.notify alert=payments-1 team=payments level=2 round=1 accounts= handles=']);
  });

  it('snoozes from one millisecond after the block time to exactly 7 days later', async () => {
    await ok(admin, twoLevels(0, 30 * MIN));
    await ok(integration, trigger('a'));
    await ok(responder, { acknowledgeAlert: { alert: ref(1) } });
    const next = () => chain.head.timeMs + 1000;
    const snooze = async (untilMs: number) => (await chain.block(chain.tx(responder, { snoozeAlert: { alert: ref(1), untilMs } }))).txs[0].receipt;
    assert.equal((await snooze(next())).code, Code.invalidArgument, 'at the block time');
    assert.match((await snooze(next() + 7 * 24 * 60 * MIN + 1)).log, /until_ms must be after the block time and at most 7 days later/);
    assert.equal((await snooze(next() + 7 * 24 * 60 * MIN)).code, Code.ok, 'exactly 7 days');
    assert.equal((await snooze(next() + 1)).code, Code.ok, 'one millisecond ahead');
    const other = await chain.run(chain.tx(chain.teams.platform.responder, { snoozeAlert: { alert: ref(1), untilMs: chain.head.timeMs + 10 * MIN } }));
    assert.equal(other.code, Code.unauthorized);
  });

  it('maintenance windows: exact limits, at most 20 to come, ended ones make room, and an alert acknowledged in one pages nobody again', async () => {
    const t = () => chain.head.timeMs + 1000;
    const add = async (fromMs: number, toMs: number, reason = '') => (await chain.block(chain.tx(admin, { addMaintenanceWindow: { team: 'payments', fromMs, toMs, reason } }))).txs[0].receipt;
    assert.equal((await add(t(), t())).code, Code.invalidArgument, 'empty');
    assert.equal((await add(t() - 5000, t())).code, Code.invalidArgument, 'ended at the block time');
    assert.match((await add(t(), t() + 31 * 24 * 60 * MIN + 1)).log, /a window lasts at most 31 days/);
    assert.match((await add(t(), t() + MIN, 'r'.repeat(256))).log, /reason is longer than 255 characters/);
    assert.equal((await add(t(), t() + 31 * 24 * 60 * MIN, 'r'.repeat(255))).code, Code.ok, '31 days and 255 characters exactly');
    for (let i = 0; i < 18; i++) assert.equal((await add(t() + 3 * MIN, t() + 4 * MIN)).code, Code.ok);
    const shortOne = await add(t(), t() + 2000);
    assert.equal(shortOne.code, Code.ok, 'the twentieth');
    assert.match((await add(t() + 3 * MIN, t() + 4 * MIN)).log, /has 20 maintenance windows to come/);
    await chain.block();
    await chain.block();
    assert.equal((await add(t() + 3 * MIN, t() + 4 * MIN)).code, Code.ok, 'the short one ended: room again');
    const removed = await chain.run(chain.tx(admin, { removeMaintenanceWindow: { team: 'payments', id: 999 } }));
    assert.deepEqual([removed.code, removed.log], [Code.notFound, 'team "payments" has no maintenance window 999']);
    // Inside the first (31-day) window: an acknowledged alert with an ack timeout is not paged again.
    await ok(admin, twoLevels(0, 30 * MIN));
    await ok(integration, trigger('m'));
    await ok(responder, { acknowledgeAlert: { alert: ref(1) } });
    assert.equal((await getAlert(chain.store, 'payments', 1))!.rearmDueMs, 0);
  });

  it('processes at most max_deadlines_per_block deadlines per block and carries the rest, oldest first', async () => {
    await chain.close();
    chain = await new ChainFixture({ max_deadlines_per_block: 2 } as Record<string, number>).open();
    ({ admin, responder, integration } = chain.teams.payments);
    await ok(admin, twoLevels(0));
    const t0 = chain.head.timeMs + 1000;
    await chain.blockAt(t0, ...['a', 'b', 'c', 'd', 'e'].map((k) => chain.tx(integration, trigger(k))));
    const escalatedIn = async (timeMs: number) => events(await chain.blockAt(timeMs), ['alert.escalated']).map((e) => e.split(' ')[1]);
    const first = await chain.blockAt(t0 + 5 * MIN);
    assert.deepEqual(events(first, ['alert.escalated', 'block.deadlines_carried']).map((e) => e.split(' ').slice(0, 2).join(' ')), [
      'alert.escalated alert=payments-1', 'alert.escalated alert=payments-2', 'block.deadlines_carried limit=2',
    ]);
    assert.deepEqual(await escalatedIn(t0 + 5 * MIN + 1), ['alert=payments-3', 'alert=payments-4']);
    assert.deepEqual(await escalatedIn(t0 + 5 * MIN + 2), ['alert=payments-5']);
    assert.deepEqual(await escalatedIn(t0 + 5 * MIN + 3), []);
  });
});
