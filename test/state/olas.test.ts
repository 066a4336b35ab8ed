// OLAs: proposed by one side, in force once the other signs, amended, terminated; covered alerts
// judged met or breached at the exact block; compliance and the acknowledgment audit.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import type { KeyPair } from '../../src/chain/keys.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { getOla, listOlas } from '../../src/state/olas.ts';
import { auditAcks, olaCompliance, teamAnalytics } from '../../src/state/reports.ts';
import { blockEvents, ChainFixture } from '../support/chain-fixture.ts';

const { Severity, OlaOutcome, OlaStatus } = ackchain;
const MIN = 60_000;
type Payload = Parameters<ChainFixture['tx']>[1];


describe('state: OLAs', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  let provider: { admin: KeyPair; responder: KeyPair; integration: KeyPair };
  let consumer: { admin: KeyPair; responder: KeyPair; integration: KeyPair };
  beforeEach(async () => {
    chain = await new ChainFixture().open();
    provider = chain.teams.payments;
    consumer = chain.teams.platform;
  });
  afterEach(async () => { await chain.close(); });

  const ok = (keys: KeyPair, payload: Payload, timeMs?: number) => chain.ok(keys, payload, timeMs);
  async function refused(keys: KeyPair, payload: Payload, code: number, why: RegExp): Promise<void> {
    const r = await chain.run(chain.tx(keys, payload));
    assert.equal(r.code, code, r.log);
    assert.match(r.log, why);
  }
  /** Critical: acknowledge within 5 minutes, resolve within 60. */
  const terms = (ackMin = 5, resolveMin = 60): ackchain.OlaTerms.$Properties => ({
    targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: ackMin * MIN, resolveWithinMs: resolveMin * MIN }],
    effectiveFromMs: chain.head.timeMs,
  });
  async function signedOla(): Promise<void> {
    await ok(consumer.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms() } });
    await ok(provider.admin, { signOla: { id: 1, version: 1 } });
  }
  const page = async (by: KeyPair, key: string, timeMs?: number, severity = Severity.SEVERITY_CRITICAL): Promise<number> => {
    const b = await ok(by, { triggerAlert: { team: 'payments', summary: `page ${key}`, dedupKey: key, severity } }, timeMs);
    return Number(blockEvents(b, 'alert.triggered')[0].match(/alert=payments-(\d+)/)![1]);
  };
  const ack = (n: number): Payload => ({ acknowledgeAlert: { alert: { team: 'payments', number: n } } });

  it('is in force only once the other side signs; the proposer\'s side cannot sign', async () => {
    await ok(consumer.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms() } });
    assert.equal((await getOla(chain.store, 1))!.status, OlaStatus.OLA_STATUS_PROPOSED);
    const unsigned = await page(consumer.integration, 'before-signature');
    assert.equal((await getAlert(chain.store, 'payments', unsigned))!.olaId, 0, 'a proposal covers nothing');
    await refused(consumer.admin, { signOla: { id: 1, version: 1 } }, Code.unauthorized, /proposed by team "platform"; an admin of the other team signs it/);
    await refused(provider.responder, { signOla: { id: 1, version: 1 } }, Code.unauthorized, /is not an admin of team "payments" or "platform"/);
    await refused(provider.admin, { signOla: { id: 1, version: 2 } }, Code.invalidState, /waits for a signature on version 1, not 2/);
    await ok(provider.admin, { signOla: { id: 1, version: 1 } });
    const ola = (await getOla(chain.store, 1))!;
    assert.equal(ola.status, OlaStatus.OLA_STATUS_ACTIVE);
    assert.equal(toHex(ola.versions[0].signedBy!), toHex(provider.admin.publicKey));
    await refused(provider.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms() } }, Code.invalidState, /already binds/);
  });

  it('covers only the consumer\'s pages on the provider, for severities with a target', async () => {
    await signedOla();
    const covered = (await getAlert(chain.store, 'payments', await page(consumer.responder, 'a')))!;
    assert.equal(covered.olaId, 1);
    assert.equal(covered.olaAckDueMs, covered.createdAtMs + 5 * MIN);
    assert.equal(covered.olaResolveDueMs, covered.createdAtMs + 60 * MIN);
    assert.equal((await getAlert(chain.store, 'payments', await page(provider.integration, 'own')))!.olaId, 0, 'the provider paging itself');
    assert.equal((await getAlert(chain.store, 'payments', await page(consumer.integration, 'w', undefined, Severity.SEVERITY_WARNING)))!.olaId, 0, 'no warning target');
  });

  it('an acknowledgment at exactly the deadline meets the target; none by then breaches it at the first block past it', async () => {
    await signedOla();
    const t0 = chain.head.timeMs + 1000;
    const met = await page(consumer.integration, 'met', t0);
    const breached = await page(consumer.integration, 'breached', t0 + 1);
    const atDeadline = await ok(provider.responder, ack(met), t0 + 5 * MIN);
    assert.deepEqual(blockEvents(atDeadline, 'ola.met'), [`alert=payments-${met} team=payments ola=1 version=1 target=acknowledge deadline_ms=${t0 + 5 * MIN} margin_ms=0`]);
    assert.deepEqual(blockEvents(await chain.blockAt(t0 + 5 * MIN + 1), 'ola.breached'), [], 'the second alert\'s deadline is t0 + 1 + 5 min: not past yet');
    const past = await chain.blockAt(t0 + 5 * MIN + 2);
    assert.deepEqual(blockEvents(past, 'ola.breached'), [`alert=payments-${breached} team=payments ola=1 version=1 target=acknowledge deadline_ms=${t0 + 1 + 5 * MIN} late_ms=1`]);
    assert.equal((await getAlert(chain.store, 'payments', met))!.olaAckOutcome, OlaOutcome.OLA_OUTCOME_MET);
    assert.equal((await getAlert(chain.store, 'payments', breached))!.olaAckOutcome, OlaOutcome.OLA_OUTCOME_BREACHED);
    // Acknowledging late changes nothing about the breach; resolving in time meets the resolve target.
    const late = await ok(provider.responder, ack(breached));
    assert.deepEqual(blockEvents(late, 'ola.met'), []);
    const resolved = await ok(provider.responder, { resolveAlert: { alert: { team: 'payments', number: breached }, resolution: 'done' } });
    assert.match(blockEvents(resolved, 'ola.met')[0], /target=resolve/);
  });

  it('an amendment applies to alerts triggered after it is signed; alerts before keep their version', async () => {
    await signedOla();
    const t0 = chain.head.timeMs + 1000;
    const underV1 = await page(consumer.integration, 'v1', t0);
    await ok(provider.admin, { amendOla: { id: 1, terms: terms(2, 30) } });
    const pending = await page(consumer.integration, 'pending');
    assert.equal((await getAlert(chain.store, 'payments', pending))!.olaVersion, 1, 'an unsigned amendment is not in force');
    await refused(provider.admin, { signOla: { id: 1, version: 2 } }, Code.unauthorized, /proposed by team "payments"/);
    await ok(consumer.admin, { signOla: { id: 1, version: 2 } });
    const underV2 = (await getAlert(chain.store, 'payments', await page(consumer.integration, 'v2')))!;
    assert.equal(underV2.olaVersion, 2);
    assert.equal(underV2.olaAckDueMs, underV2.createdAtMs + 2 * MIN);
    const v1 = (await getAlert(chain.store, 'payments', underV1))!;
    assert.equal(v1.olaVersion, 1);
    assert.equal(v1.olaAckDueMs, t0 + 5 * MIN);
  });

  it('termination covers no new alert, and alerts covered before it are still judged', async () => {
    await signedOla();
    const t0 = chain.head.timeMs + 1000;
    const before = await page(consumer.integration, 'before', t0);
    await refused(consumer.responder, { terminateOla: { id: 1 } }, Code.unauthorized, /is not an admin/);
    await ok(provider.admin, { terminateOla: { id: 1 } });
    const after = await page(consumer.integration, 'after');
    assert.equal((await getAlert(chain.store, 'payments', after))!.olaId, 0);
    assert.equal(blockEvents(await chain.blockAt(t0 + 5 * MIN + 1), 'ola.breached').length, 1);
    assert.equal((await getAlert(chain.store, 'payments', before))!.olaAckOutcome, OlaOutcome.OLA_OUTCOME_BREACHED);
    await refused(consumer.admin, { amendOla: { id: 1, terms: terms() } }, Code.invalidState, /is terminated/);
    await ok(consumer.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms() } });
  });

  it('refuses bad terms with the reason', async () => {
    const bad = (t: ackchain.OlaTerms.$Properties, why: RegExp) => refused(consumer.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: t } }, Code.invalidArgument, why);
    await bad({ targets: [] }, /at least one target/);
    await bad({ targets: [{ severity: Severity.SEVERITY_CRITICAL }] }, /sets neither/);
    await bad({ targets: [{ severity: Severity.SEVERITY_UNSPECIFIED, ackWithinMs: MIN }] }, /needs a severity/);
    await bad({ targets: [{ severity: Severity.SEVERITY_ERROR, ackWithinMs: MIN }, { severity: Severity.SEVERITY_ERROR, ackWithinMs: 2 * MIN }] }, /two targets for severity error/);
    await bad({ targets: [{ severity: Severity.SEVERITY_ERROR, ackWithinMs: 90 * 24 * 60 * MIN + 1 }] }, /more than 90 days/);
    await bad({ ...terms(), effectiveToMs: 1 }, /effective_to_ms/);
    await refused(consumer.admin, { proposeOla: { provider: 'platform', consumer: 'platform', terms: terms() } }, Code.invalidArgument, /two different teams/);
    await refused(chain.teams.payments.responder, { proposeOla: { provider: 'payments', consumer: 'platform', terms: terms() } }, Code.unauthorized, /not an admin/);
  });

  it('reports compliance, MTTA/MTTR and every acknowledgment with whether it met the target', async () => {
    await signedOla();
    const t0 = chain.head.timeMs + 1000;
    const a = await page(consumer.integration, 'a', t0);
    const b = await page(consumer.integration, 'b', t0 + 1000);
    await ok(provider.responder, ack(a), t0 + 2 * MIN);         // met, TTA 2 min
    await chain.blockAt(t0 + 10 * MIN);                          // b's ack target breached
    await ok(provider.admin, ack(b), t0 + 11 * MIN);             // TTA 11 min - 1 s
    await ok(provider.responder, { resolveAlert: { alert: { team: 'payments', number: a }, resolution: 'ok' } }, t0 + 20 * MIN);
    const period = { fromMs: t0, toMs: t0 + 60 * MIN };
    const compliance = await olaCompliance(chain.store, 1, period);
    assert.deepEqual(compliance.bySeverity.map((s) => ({ ...s })), [{
      severity: Severity.SEVERITY_CRITICAL, alerts: 2,
      acknowledged: { count: 2, totalMs: 2 * MIN + 11 * MIN - 1000, p95Ms: 11 * MIN - 1000 },
      resolved: { count: 1, totalMs: 20 * MIN, p95Ms: 20 * MIN },
      ackTarget: { met: 1, breached: 1, pending: 0 }, resolveTarget: { met: 1, breached: 0, pending: 1 },
    }]);
    assert.deepEqual((await olaCompliance(chain.store, 1, { fromMs: t0 + 1, toMs: t0 + 60 * MIN })).bySeverity[0].alerts, 1, 'from is inclusive');
    assert.deepEqual((await teamAnalytics(chain.store, 'payments', period)).bySeverity[0].acknowledged.totalMs, 13 * MIN - 1000);

    const acks = await auditAcks(chain.store, { fromMs: 0, toMs: t0 + 60 * MIN, team: 'payments', limit: 10 });
    assert.deepEqual(acks.acks.map((r) => [r.alert.number, toHex(r.entry.account), r.entry.handle, r.entry.timeMs, r.first]), [
      [a, toHex(provider.responder.publicKey), 'oncall@payments', t0 + 2 * MIN, true],
      [b, toHex(provider.admin.publicKey), 'admin@payments', t0 + 11 * MIN, true],
    ]);
    const byActor = await auditAcks(chain.store, { fromMs: 0, toMs: t0 + 60 * MIN, actor: provider.admin.publicKey, limit: 10 });
    assert.deepEqual(byActor.acks.map((r) => r.alert.number), [b]);
    const firstPage = await auditAcks(chain.store, { fromMs: 0, toMs: t0 + 60 * MIN, limit: 1 });
    assert.deepEqual(firstPage.acks.map((r) => r.alert.number), [a]);
    const secondPage = await auditAcks(chain.store, { fromMs: 0, toMs: t0 + 60 * MIN, limit: 1, after: firstPage.next });
    assert.deepEqual(secondPage.acks.map((r) => r.alert.number), [b]);
    assert.equal(secondPage.next, undefined);
  });

  it('pages acknowledgments filtered by actor and team through entries of other teams, with a cursor on every page that may be followed', async () => {
    const dual = provider.responder;
    await ok(consumer.admin, { addMember: { team: 'platform', account: dual.publicKey, handle: 'dual@platform', role: ackchain.Role.ROLE_RESPONDER } });
    const platformAlert = async (key: string) => {
      const b = await ok(consumer.integration, { triggerAlert: { team: 'platform', summary: key, dedupKey: key, severity: Severity.SEVERITY_ERROR } });
      return Number(blockEvents(b, 'alert.triggered')[0].match(/alert=platform-(\d+)/)![1]);
    };
    for (const key of ['p1', 'p2', 'p3']) await ok(dual, { acknowledgeAlert: { alert: { team: 'platform', number: await platformAlert(key) } } });
    const mine = [await page(provider.integration, 'x'), await page(provider.integration, 'y')];
    for (const n of mine) await ok(dual, ack(n));
    const seen: number[] = [];
    let after: Uint8Array | undefined;
    let pages = 0;
    do {
      const result = await auditAcks(chain.store, { fromMs: 0, toMs: chain.head.timeMs + 1, actor: dual.publicKey, team: 'payments', limit: 1, ...(after ? { after } : {}) });
      seen.push(...result.acks.map((r) => r.alert.number));
      after = result.next;
      pages++;
    } while (after !== undefined && pages < 10);
    assert.deepEqual(seen, mine, 'both payments acknowledgments, none of platform\'s');
    const olas = await listOlas(chain.store, { after: Number.MAX_SAFE_INTEGER, limit: 10 });
    assert.deepEqual(olas.olas, [], 'a cursor at the largest id lists nothing and does not throw');
  });

  it('a report cut by its alert limit stops between block times, and the next one from there counts every alert once', async () => {
    const { integration } = provider;
    const trig = (key: string) => chain.tx(integration, { triggerAlert: { team: 'payments', summary: key, dedupKey: key, severity: Severity.SEVERITY_ERROR } });
    const t0 = chain.head.timeMs + 1000;
    await chain.blockAt(t0, trig('a'), trig('b'));
    await chain.blockAt(t0 + 1000, trig('c'), trig('d'));
    await chain.blockAt(t0 + 2000, trig('e'));
    const period = { fromMs: t0, toMs: t0 + 10_000 };
    const first = await teamAnalytics(chain.store, 'payments', period, 3);
    assert.equal(first.bySeverity[0].alerts, 2, 'the third alert shares its block time with the fourth: both wait');
    assert.equal(first.truncatedAt, t0 + 1000);
    const second = await teamAnalytics(chain.store, 'payments', { ...period, fromMs: first.truncatedAt! }, 3);
    assert.equal(second.bySeverity[0].alerts, 3);
    assert.equal(second.truncatedAt, undefined);
    const crowded = await teamAnalytics(chain.store, 'payments', period, 1);
    assert.deepEqual([crowded.bySeverity[0].alerts, crowded.truncatedAt], [1, t0 + 1], 'a block of more alerts than the limit: the report moves past its time');
  });
});
