// Snoozing an acknowledged alert, and the auditor's reports (every ack; MTTA and MTTR per
// severity) through the CLI against a real node.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { formatDuration } from '../../src/cli/output.ts';
import { readKeyFile } from '../../src/chain/keys.ts';
import { CliNode, COMMITTED, lines } from './oncall-support.ts';

/** A measured time as the CLI prints it: 540 ms, 1.7 s. */
const span = formatDuration;

describe('cli: alert snooze and audit reports', function () {
  this.timeout(60_000);
  let n: CliNode;
  before(async () => { n = await new CliNode().start(); });
  after(async () => { await n.stop(); });

  const trigger = (team: 'payments' | 'platform', summary: string, severity: ackchain.Severity) =>
    n.commit(team, 'integration', { triggerAlert: { team, summary, severity } });

  it('alert snooze --for / --until postpones paging an acknowledged alert', async () => {
    await n.commit('payments', 'admin', { setEscalationPolicy: { team: 'payments', policy: {
      levels: [{ delayMs: 300_000, targets: [{ member: n.f.keys.teams.payments.responder.publicKey }] }], ackTimeoutMs: 3600_000,
    } } });
    await trigger('payments', 'checkout latency high', ackchain.Severity.SEVERITY_CRITICAL);
    const early = await n.cli(['alert', 'snooze', 'payments-1', '--for', '30m', '--key', n.key('payments', 'responder')]);
    assert.equal(early.status, 1);
    assert.match(early.stderr, /failed at height \d+: only an acknowledged alert can be snoozed; payments-1 is not acknowledged \(invalidState\)\n$/);

    await n.commit('payments', 'responder', { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } });
    const before = Date.now();
    const snoozed = await n.cli(['alert', 'snooze', 'payments-1', '--for', '30m', '--key', n.key('payments', 'responder')]);
    assert.equal(snoozed.stderr, '');
    assert.equal(snoozed.status, 0);
    const until = (await n.f.result('alert_get', { id: 'payments-1' })).snoozed_until_ms;
    assert.ok(until >= before + 30 * 60_000 && until <= Date.now() + 30 * 60_000, `snoozed until ${until}`);
    const out = lines(snoozed.stdout);
    assert.equal(out[0], `alert payments-1 snoozed until ${new Date(until).toISOString()}`);
    assert.match(out[1], COMMITTED);

    const at = new Date(Date.now() + 2 * 3600_000);
    at.setUTCSeconds(0, 0);
    const local = `${at.toISOString().slice(0, 16)}:00+00:00`;
    const byTime = await n.cli(['alert', 'snooze', 'payments-1', '--until', local, '--key', n.key('payments', 'responder')]);
    assert.equal(lines(byTime.stdout)[0], `alert payments-1 snoozed until ${at.toISOString()}`, byTime.stderr);

    const both = await n.cli(['alert', 'snooze', 'payments-1', '--until', local, '--for', '1h', '--key', n.key('payments', 'responder')]);
    assert.deepEqual(both, { status: 1, stdout: '', stderr: 'error: give --until or --for, not both\n' });
    const neither = await n.cli(['alert', 'snooze', 'payments-1', '--key', n.key('payments', 'responder')]);
    assert.deepEqual(neither, { status: 1, stdout: '', stderr: 'error: give --until (an instant) or --for (a duration from now)\n' });
  });

  it('audit acks lists every acknowledgment: alert, who, device, when, height, tx, OLA target', async () => {
    // A device of the payments responder acknowledges a second alert.
    const watch = join(n.dir, 'watch.json');
    const registered = await n.cli(['device', 'register', '--label', 'watch', '--device-key', watch, '--key', n.key('payments', 'responder')]);
    assert.equal(registered.status, 0, registered.stderr);
    await trigger('payments', 'refunds failing', ackchain.Severity.SEVERITY_ERROR);
    const acked = await n.cli(['alert', 'ack', 'payments-2', '--key', watch]);
    assert.equal(acked.status, 0, acked.stderr);

    const raw = await n.f.result('audit_acks', { team: 'payments' });
    assert.equal(raw.acks.length, 2);
    const result = await n.cli(['audit', 'acks', '--team', 'payments']);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    const rows = lines(result.stdout).map((l) => l.split(/ {2,}/));
    assert.deepEqual(rows, [
      ['TIME', 'ALERT', 'SEVERITY', 'BY', 'DEVICE', 'TTA', 'HEIGHT', 'OLA', 'TX'],
      ...raw.acks.map((a: any, i: number) => [new Date(a.time_ms).toISOString(), `payments-${i + 1}`, ['critical', 'error'][i], 'oncall@payments',
        ['-', 'watch'][i], span(a.time_to_acknowledge_ms), String(a.height), '-', a.tx_hash]),
    ]);
    assert.equal(raw.acks[1].by.device, toHex(readKeyFile(watch).publicKey));

    // Paged: --limit 1 says where to go on; --json gives the raw answer; --actor filters.
    const first = await n.cli(['audit', 'acks', '--team', 'payments', '--limit', '1']);
    const firstLines = lines(first.stdout);
    assert.equal(firstLines.length, 3);
    assert.match(firstLines[2], /^more: --cursor [0-9a-f]{40}$/);
    const rest = await n.cli(['audit', 'acks', '--team', 'payments', '--cursor', firstLines[2].slice('more: --cursor '.length), '--json']);
    assert.deepEqual(JSON.parse(rest.stdout), { acks: [raw.acks[1]], next_cursor: null });
    const byOther = await n.cli(['audit', 'acks', '--actor', n.key('platform', 'responder')]);
    assert.equal(byOther.stdout, 'no acknowledgments\n');
  });

  it('audit acks shows the OLA ack target met or breached', async () => {
    await n.commit('platform', 'admin', { proposeOla: { provider: 'payments', consumer: 'platform', terms: { targets: [{ severity: ackchain.Severity.SEVERITY_CRITICAL, ackWithinMs: 300_000 }] } } });
    await n.commit('payments', 'admin', { signOla: { id: 1, version: 1 } });
    await n.commit('platform', 'integration', { triggerAlert: { team: 'payments', summary: 'platform pages payments', severity: ackchain.Severity.SEVERITY_CRITICAL } });
    await n.commit('payments', 'responder', { acknowledgeAlert: { alert: { team: 'payments', number: 3 } } });
    const result = await n.cli(['audit', 'acks', '--team', 'payments', '--actor', toHex(n.f.keys.teams.payments.responder.publicKey)]);
    const rows = lines(result.stdout).map((l) => l.split(/ {2,}/));
    assert.deepEqual(rows.map((r) => [r[1], r[7]]), [['ALERT', 'OLA'], ['payments-1', '-'], ['payments-2', '-'], ['payments-3', 'OLA 1 met']]);
    const alert = await n.f.result('alert_get', { id: 'payments-3' });
    const shown = lines((await n.cli(['alert', 'show', 'payments-3'])).stdout);
    assert.ok(shown.includes(`  OLA 1 (version 1): acknowledge by ${new Date(alert.ola.acknowledge.deadline_ms).toISOString()}: met`), shown.join('\n'));
  });

  it('audit analytics: MTTA and MTTR per severity', async () => {
    await n.commit('payments', 'responder', { resolveAlert: { alert: { team: 'payments', number: 1 }, resolution: 'rolled back' } });
    const [from, to] = [Date.now() - 3600_000, Date.now() + 3600_000];
    const raw = await n.f.result('audit_analytics', { team: 'payments', from_ms: from, to_ms: to });
    const result = await n.cli(['audit', 'analytics', '--team', 'payments', '--from', String(from), '--to', String(to)]);
    assert.equal(result.stderr, '');
    const out = lines(result.stdout);
    assert.deepEqual([out[0], out[1], out.at(-2), out.at(-1)], [
      `payments: 3 alerts from ${new Date(from).toISOString()} until ${new Date(to).toISOString()}`, '', '',
      'answered: acknowledged, or resolved without an acknowledgment (time to acknowledge counts either)',
    ]);
    const critical = raw.by_severity[0];
    assert.deepEqual(out.slice(2, -2).map((l) => l.split(/ {2,}/)), [
      ['SEVERITY', 'ALERTS', 'ANSWERED', 'MTTA', 'P95 TTA', 'RESOLVED', 'MTTR', 'P95 TTR'],
      ['critical', '2', '2', span(critical.time_to_acknowledge.mean_ms), span(critical.time_to_acknowledge.p95_ms), '1',
        span(critical.time_to_resolve.mean_ms), span(critical.time_to_resolve.p95_ms)],
      ['error', '1', '1', span(raw.by_severity[1].time_to_acknowledge.mean_ms), span(raw.by_severity[1].time_to_acknowledge.p95_ms), '0', '-', '-'],
    ]);
  });

  it('every new command has --help', async () => {
    const commands = [['alert', 'snooze'], ['device', 'register'], ['device', 'revoke'], ['device', 'list'], ['ola', 'propose'], ['ola', 'sign'], ['ola', 'amend'],
      ['ola', 'terminate'], ['ola', 'list'], ['ola', 'show'], ['ola', 'compliance'], ['audit', 'acks'], ['audit', 'analytics']];
    for (const command of commands) {
      const help = await n.cli([...command, '--help']);
      assert.equal(help.status, 0, command.join(' '));
      assert.match(help.stdout, new RegExp(`^Usage: ackchain ${command.join(' ')} `));
    }
  });
});
