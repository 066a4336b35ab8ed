// Schedules and overrides as records (set, remove, limits, who is on call now and next), and the
// OLA edges the scenario tests leave: the effective period at its exact ends, signing with
// nothing pending, the version limit, and listing OLAs page by page.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import { MAX_TIME_MS } from '../../src/chain/tz/civil.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { listOlas } from '../../src/state/olas.ts';
import { getSchedule, scheduleShifts, whoIsOnCall } from '../../src/state/oncall.ts';
import { getTeam } from '../../src/state/teams.ts';
import { ChainFixture } from '../support/chain-fixture.ts';

const { Severity } = ackchain;
const HOUR = 3_600_000;
type Payload = Parameters<ChainFixture['tx']>[1];

describe('state: schedules and overrides as records', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  const admin = () => chain.teams.payments.admin;
  const responder = () => chain.teams.payments.responder;
  const run = async (payload: Payload) => chain.run(chain.tx(admin(), payload));
  /** Hourly turns of the responder then the admin, from genesis. */
  const schedule = (name: string, extra: Partial<ackchain.SetSchedule.$Properties> = {}): Payload => ({
    setSchedule: {
      team: 'payments', name, timeZone: 'UTC',
      layers: [{ name: 'hourly', participants: [responder().publicKey, admin().publicKey], startMs: chain.genesis.genesis.genesisTimeMs, turnLengthMs: HOUR }],
      ...extra,
    },
  });
  const refused = async (payload: Payload, code: number, why: RegExp) => {
    const r = await run(payload);
    assert.equal(r.code, code, r.log);
    assert.match(r.log, why);
  };

  it('sets, replaces (keeping overrides) and removes a schedule; refuses bad ones with the reason', async () => {
    await refused(schedule('Primary'), Code.invalidArgument, /a schedule name is a slug/);
    await refused(schedule('p', { timeZone: 'Mars/Olympus' }), Code.invalidArgument, /unknown time zone "Mars\/Olympus"/);
    await refused(schedule('p', { layers: [{ name: 'x', participants: [chain.stranger.publicKey], startMs: 0, turnLengthMs: HOUR }] }), Code.invalidArgument, /is not a member of team "payments"/);
    await refused(schedule('p', { layers: [{ name: 'x', participants: [responder().publicKey], startMs: 0, turnLengthMs: HOUR - 1 }] }), Code.invalidArgument, /turn/);
    assert.equal((await run(schedule('primary'))).code, Code.ok);
    const now = chain.head.timeMs;
    assert.equal((await run({ addOverride: { team: 'payments', schedule: 'primary', account: admin().publicKey, fromMs: now, toMs: now + HOUR } })).code, Code.ok);
    assert.equal((await run(schedule('primary', { timeZone: 'Europe/Berlin' }))).code, Code.ok, 'replaced');
    const replaced = (await getSchedule(chain.store, 'payments', 'primary'))!;
    assert.deepEqual([replaced.timeZone, replaced.overrides.length, (await getTeam(chain.store, 'payments'))!.schedules], ['Europe/Berlin', 1, ['primary']]);
    await refused({ removeSchedule: { team: 'payments', name: 'nope' } }, Code.notFound, /has no schedule "nope"/);
    assert.equal((await run({ removeSchedule: { team: 'payments', name: 'primary' } })).code, Code.ok);
    assert.deepEqual((await getTeam(chain.store, 'payments'))!.schedules, []);
    assert.equal(await getSchedule(chain.store, 'payments', 'primary'), undefined);
  });

  it('a team has at most 10 schedules; a schedule its current policy names cannot be removed', async () => {
    for (let i = 0; i < 10; i++) assert.equal((await run(schedule(`s${i}`))).code, Code.ok);
    await refused(schedule('s10'), Code.invalidState, /has 10 schedules, the most it may have/);
    assert.equal((await run(schedule('s9'))).code, Code.ok, 'replacing one of the ten');
    assert.equal((await run({ setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 60_000, targets: [{ schedule: 's3' }] }] } } })).code, Code.ok);
    await refused({ removeSchedule: { team: 'payments', name: 's3' } }, Code.invalidState, /names schedule "s3": change the policy first/);
  });

  it('overrides: members only, ending after they start and after the block time, by the end of time, 200 to come', async () => {
    assert.equal((await run(schedule('primary'))).code, Code.ok);
    const t = () => chain.head.timeMs + 1000;
    const override = (fromMs: number, toMs: number, account = admin().publicKey): Payload => ({ addOverride: { team: 'payments', schedule: 'primary', account, fromMs, toMs } });
    await refused(override(t(), t() + HOUR, chain.stranger.publicKey), Code.invalidArgument, /is not a member/);
    await refused(override(t() + HOUR, t() + HOUR), Code.invalidArgument, /ends after it starts and after the block time/);
    await refused(override(0, t()), Code.invalidArgument, /ends after it starts and after the block time/);
    await refused(override(t(), MAX_TIME_MS + 1), Code.invalidArgument, /ends by 8640000000000000/);
    assert.equal((await run(override(t(), MAX_TIME_MS))).code, Code.ok, 'ending exactly at the end of time');
    await refused({ removeOverride: { team: 'payments', schedule: 'primary', id: 99 } }, Code.notFound, /has no override 99/);
    assert.equal((await run({ removeOverride: { team: 'payments', schedule: 'primary', id: 1 } })).code, Code.ok);
    // 199 long ones and one that ends at once: 200 to come, then the short one makes room.
    const txs = Array.from({ length: 199 }, (_, i) => chain.tx(admin(), override(t() + HOUR * (i + 1), t() + HOUR * (i + 2))));
    for (let i = 0; i < txs.length; i += 100) {
      for (const t of (await chain.block(...txs.slice(i, i + 100))).txs) assert.equal(t.receipt.code, Code.ok, t.receipt.log);
    }
    assert.equal((await run(override(t(), t() + 1500))).code, Code.ok);
    await refused(override(t() + HOUR, t() + 2 * HOUR), Code.invalidState, /has 200 overrides to come/);
    await chain.block();
    assert.equal((await run(override(t() + HOUR, t() + 2 * HOUR))).code, Code.ok, 'the short one is over');
  });

  it('who is on call now and next, in every schedule or the one named, and the shifts of a range', async () => {
    assert.equal((await run(schedule('primary'))).code, Code.ok);
    const never = chain.genesis.genesis.genesisTimeMs + 1000 * 24 * HOUR;
    assert.equal((await run(schedule('backup', { layers: [{ name: 'later', participants: [admin().publicKey], startMs: never, turnLengthMs: HOUR }] }))).code, Code.ok);
    const start = chain.genesis.genesis.genesisTimeMs;
    const team = (await getTeam(chain.store, 'payments'))!;
    const at = start + 2 * HOUR + 5;
    const answers = await whoIsOnCall(chain.store, team, at);
    assert.deepEqual(answers.map((a) => a.schedule.name), ['backup', 'primary']);
    assert.deepEqual([answers[0].current, answers[0].next], [undefined, undefined], 'nobody now, and nobody within the next 31 days');
    const primary = answers[1];
    assert.deepEqual([toHex(primary.current!.account), primary.current!.startMs, primary.current!.endMs], [toHex(responder().publicKey), at, start + 3 * HOUR]);
    assert.deepEqual([toHex(primary.next!.account), primary.next!.startMs], [toHex(admin().publicKey), start + 3 * HOUR]);
    const named = await whoIsOnCall(chain.store, team, at, 'primary');
    assert.deepEqual(named.map((a) => a.schedule.name), ['primary']);
    const before = await whoIsOnCall(chain.store, team, start - HOUR, 'primary');
    assert.deepEqual([before[0].current, before[0].next?.startMs], [undefined, start], 'before the layer starts: nobody now, the first turn next');
    const range = await scheduleShifts(chain.store, 'payments', 'primary', start, start + 4 * HOUR, 10);
    assert.deepEqual(range.shifts.map((s) => [toHex(s.account) === toHex(responder().publicKey) ? 'responder' : 'admin', s.startMs - start]), [
      ['responder', 0], ['admin', HOUR], ['responder', 2 * HOUR], ['admin', 3 * HOUR],
    ]);
    assert.equal((await scheduleShifts(chain.store, 'payments', 'primary', start, start + 4 * HOUR, 3)).truncated, true);
  });
});

describe('state: OLA edges', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  const ok = (keys: Parameters<ChainFixture['ok']>[0], payload: Payload, timeMs?: number) => chain.ok(keys, payload, timeMs);
  const terms = (from: number, to = 0) => ({ targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 60_000 }], effectiveFromMs: from, effectiveToMs: to });

  it('covers alerts from effective_from_ms inclusive to effective_to_ms exclusive', async () => {
    const { payments, platform } = chain.teams;
    const from = chain.head.timeMs + 5000;
    const to = from + 10_000;
    await ok(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms(from, to) } });
    await ok(payments.admin, { signOla: { id: 1, version: 1 } });
    const page = async (timeMs: number) => {
      const b = await ok(platform.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_CRITICAL } }, timeMs);
      const id = b.txs[0].receipt.events[0].attributes!.find((a) => a.key === 'alert')!.value!;
      return (await getAlert(chain.store, 'payments', Number(id.split('-')[1])))!.olaId;
    };
    assert.deepEqual([await page(from - 1), await page(from), await page(to - 1), await page(to)], [0, 1, 1, 0]);
  });

  it('refuses to sign with nothing pending, an end at or before the block time, and a 33rd version', async () => {
    const { payments, platform } = chain.teams;
    await ok(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms(0) } });
    await ok(payments.admin, { signOla: { id: 1, version: 1 } });
    const again = await chain.run(chain.tx(payments.admin, { signOla: { id: 1, version: 1 } }));
    assert.deepEqual([again.code, again.log], [Code.invalidState, 'OLA 1 has no version waiting for a signature']);
    const ended = await chain.run(chain.tx(payments.admin, { amendOla: { id: 1, terms: terms(0, chain.head.timeMs + 1000) } }));
    assert.equal(ended.code, Code.invalidArgument, 'an end at the next block time');
    // 31 more versions, each signed by the other side: 32 in all; a 33rd is refused.
    for (let v = 2; v <= 32; v++) {
      await ok(platform.admin, { amendOla: { id: 1, terms: terms(0) } });
      await ok(payments.admin, { signOla: { id: 1, version: v } });
    }
    const over = await chain.run(chain.tx(platform.admin, { amendOla: { id: 1, terms: terms(0) } }));
    assert.deepEqual([over.code, over.log], [Code.invalidState, 'OLA 1 has 32 versions, the most it may have: terminate it and propose a new one']);
    // An unsigned version (the proposal too) is replaced by the next amendment, not added to.
    await ok(platform.admin, { terminateOla: { id: 1 } });
    await ok(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms(0) } });
    await ok(platform.admin, { amendOla: { id: 2, terms: terms(0) } });
    await ok(platform.admin, { amendOla: { id: 2, terms: terms(0) } });
    assert.deepEqual((await listOlas(chain.store, { limit: 10 })).olas.map((o) => [o.id, o.versions.map((v) => v.version)]), [[1, Array.from({ length: 32 }, (_, i) => i + 1)], [2, [3]]]);
    // A number never names two sets of terms: the signer of "version 1" read terms that are gone.
    const stale = await chain.run(chain.tx(payments.admin, { signOla: { id: 2, version: 1 } }));
    assert.deepEqual([stale.code, stale.log], [Code.invalidState, 'OLA 2 waits for a signature on version 3, not 1']);
  });

  it('lists OLAs page by page, all or a team\'s', async () => {
    const { payments, platform } = chain.teams;
    await ok(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms(0) } });
    await ok(payments.admin, { proposeOla: { provider: 'platform', consumer: 'payments', terms: terms(0) } });
    await ok(platform.admin, { terminateOla: { id: 1 } });
    await ok(platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms(0) } });
    const first = await listOlas(chain.store, { limit: 2 });
    assert.deepEqual([first.olas.map((o) => o.id), first.next], [[1, 2], 2]);
    const second = await listOlas(chain.store, { limit: 2, after: first.next });
    assert.deepEqual([second.olas.map((o) => o.id), second.next], [[3], undefined]);
    assert.deepEqual((await listOlas(chain.store, { team: 'payments', limit: 10, after: 1 })).olas.map((o) => o.id), [2, 3]);
  });
});
