// OLAs through the CLI against a real node: one team's admin proposes, the other's signs the
// version it read, both read it back, and compliance is reported per severity.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { formatDuration } from '../../src/cli/output.ts';
import { CliNode, COMMITTED, lines } from './oncall-support.ts';

describe('cli: OLAs', function () {
  this.timeout(60_000);
  let n: CliNode;
  before(async () => { n = await new CliNode().start(); });
  after(async () => { await n.stop(); });

  it('ola propose, then ola sign by the other team (the pending version, its terms printed), then ola show', async () => {
    const proposed = await n.cli(['ola', 'propose', '--provider', 'payments', '--consumer', 'platform',
      '--target', 'critical:ack=5m,resolve=1h', '--target', 'error:ack=15m', '--key', n.key('platform', 'admin')]);
    assert.equal(proposed.stderr, '');
    assert.equal(proposed.status, 0);
    const out = lines(proposed.stdout);
    assert.deepEqual(out.slice(0, 2), [
      'OLA 1 proposed: payments answers the alerts of platform (version 1)',
      '  an admin of the other team signs it with: npx ackchain ola sign 1 --key ADMIN-KEY',
    ]);
    assert.match(out[2], COMMITTED);

    // The proposing side may not sign its own version: refused before anything is sent.
    const own = await n.cli(['ola', 'sign', '1', '--key', n.key('platform', 'admin'), '--json']);
    assert.deepEqual(own, {
      status: 1, stdout: '',
      stderr: `error: version 1 of OLA 1 was proposed by team platform, of which ${n.key('platform', 'admin')} is an admin; an admin of payments signs it\n`,
    });

    const signed = await n.cli(['ola', 'sign', '1', '--key', n.key('payments', 'admin')]);
    assert.equal(signed.stderr, '');
    assert.equal(signed.status, 0);
    const signedOut = lines(signed.stdout);
    const proposedAt = (await n.f.result('ola_get', { id: 1 })).versions[0].proposed_at_ms;
    assert.deepEqual(signedOut.slice(0, -1), [
      'signing OLA 1 version 1: payments answers the alerts of platform',
      `  proposed ${new Date(proposedAt).toISOString()} for platform`,
      '  in force once signed, open-ended',
      '  SEVERITY  ACKNOWLEDGE WITHIN  RESOLVE WITHIN',
      '  critical  5m                  1h',
      '  error     15m                 -',
      'OLA 1 version 1 signed: in force',
    ]);
    assert.match(signedOut.at(-1)!, COMMITTED);

    const ola = await n.f.result('ola_get', { id: 1 });
    const shown = await n.cli(['ola', 'show', '1']);
    assert.deepEqual(shown, {
      status: 0, stderr: '', stdout: [
        'OLA 1: provider payments answers alerts from consumer platform',
        '  status active, version 1 in force',
        '',
        '  version 1 (in force)',
        `    proposed ${new Date(proposedAt).toISOString()} by admin@platform for platform`,
        `    signed   ${new Date(ola.versions[0].signed_at_ms).toISOString()} by admin@payments for payments`,
        '    in force once signed, open-ended',
        '    SEVERITY  ACKNOWLEDGE WITHIN  RESOLVE WITHIN',
        '    critical  5m                  1h',
        '    error     15m                 -',
        '',
      ].join('\n'),
    });
  });

  it('ola amend makes a pending version; ola list shows both', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const amended = await n.cli(['ola', 'amend', '1', '--target', 'critical:ack=10m,resolve=2h', '--to', `${year}-01-01T00:00:00Z`, '--key', n.key('payments', 'admin')]);
    assert.equal(amended.stderr, '');
    assert.deepEqual(lines(amended.stdout).slice(0, 2), [
      'OLA 1 version 2 proposed',
      '  an admin of the other team signs it with: npx ackchain ola sign 1 --version 2 --key ADMIN-KEY',
    ]);
    const listed = await n.cli(['ola', 'list', '--team', 'platform']);
    assert.deepEqual(lines(listed.stdout), [
      'ID  PROVIDER  CONSUMER  STATUS  VERSION  PENDING  TARGETS (ACK/RESOLVE)',
      '1   payments  platform  active  1        2        critical 5m/1h, error 15m/-',
    ]);
    const stale = await n.cli(['ola', 'sign', '1', '--version', '1', '--key', n.key('platform', 'admin')]);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /OLA 1 waits for a signature on version 2, not 1 \(invalidState\)\n$/);
  });

  it('ola show says when a version is judged by the provider\'s own ola-evaluate contract', async () => {
    const code = new Uint8Array([0x76]);
    const address = toHex(sha256(code));
    await n.commit('payments', 'admin', { deployContract: { name: 'judge', code } });
    await n.commit('payments', 'admin', { setTeamContracts: { team: 'payments', assignments: [{ slot: 'ola-evaluate', address: sha256(code) }] } });
    const amended = await n.cli(['ola', 'amend', '1', '--target', 'critical:ack=20m', '--key', n.key('platform', 'admin')]);
    assert.equal(amended.status, 0, amended.stderr);
    const shown = lines((await n.cli(['ola', 'show', '1'])).stdout);
    const pending = shown.indexOf('  version 3 (pending)');
    assert.ok(pending >= 0, shown.join('\n'));
    assert.ok(shown.slice(pending).includes(`    judged by the provider's own ola-evaluate contract ${address}, not the default rule (docs/vm.md)`), shown.join('\n'));
    assert.ok(!shown.slice(shown.indexOf('  version 1 (in force)')).some((l) => l.includes('judged by')), 'version 1: the default');
    await n.commit('payments', 'admin', { setTeamContracts: { team: 'payments', assignments: [{ slot: 'ola-evaluate' }] } });
  });

  it('ola compliance: a table per severity', async () => {
    // Platform pages payments: a critical alert, acknowledged at once (met), and an error alert left open.
    await n.commit('platform', 'integration', { triggerAlert: { team: 'payments', summary: 'checkout 500s', severity: ackchain.Severity.SEVERITY_CRITICAL } });
    await n.commit('payments', 'responder', { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } });
    await n.commit('platform', 'integration', { triggerAlert: { team: 'payments', summary: 'slow refunds', severity: ackchain.Severity.SEVERITY_ERROR } });
    const [from, to] = [Date.now() - 3600_000, Date.now() + 3600_000];
    const report = await n.f.result('ola_compliance', { id: 1, from_ms: from, to_ms: to });
    const tta = report.by_severity[0].time_to_acknowledge.mean_ms;
    const result = await n.cli(['ola', 'compliance', '1', '--from', String(from), '--to', new Date(to).toISOString()]);
    assert.equal(result.stderr, '');
    const out = lines(result.stdout);
    assert.equal(out[0], `OLA 1 (payments for platform) from ${new Date(from).toISOString()} until ${new Date(to).toISOString()}`);
    assert.deepEqual(out.slice(1, 3), ['2 covered alerts; targets met 1, breached 0, compliance 100.0%', '']);
    // Pending: the critical alert's resolve target, the error alert's ack target.
    assert.deepEqual(out.slice(3).map((l) => l.split(/ {2,}/)), [
      ['SEVERITY', 'ALERTS', 'ACK MET/BREACHED/PENDING', 'ACK KEPT', 'RESOLVE MET/BREACHED/PENDING', 'RESOLVE KEPT', 'MTTA', 'P95 TTA', 'MTTR', 'P95 TTR'],
      ['critical', '1', '1/0/0', '100.0%', '0/0/1', '-', formatDuration(tta), formatDuration(tta), '-', '-'],
      ['error', '1', '0/0/1', '-', '0/0/0', '-', '-', '-', '-', '-'],
    ]);
    assert.ok(tta > 0 && tta < 1000, `acknowledged within a second, not ${tta} ms`);
    const json = JSON.parse((await n.cli(['ola', 'compliance', '1', '--json'])).stdout);
    assert.equal(json.alerts, 2);
    assert.equal(json.by_severity[0].ack_target.met, 1);
  });

  it('bad targets are refused with the reason', async () => {
    const bad = async (target: string) => lines((await n.cli(['ola', 'propose', '--provider', 'platform', '--consumer', 'payments', '--target', target,
      '--key', n.key('platform', 'admin')])).stderr)[0];
    assert.equal(await bad('crit:ack=5m'), 'error: option \'--target <target>\' argument \'crit:ack=5m\' is invalid. "crit" is not a severity (critical, error, warning, info)');
    assert.equal(await bad('critical:ack=5x'), 'error: option \'--target <target>\' argument \'critical:ack=5x\' is invalid. ack: "5x" is not a duration such as 90s, 5m, 1h30m or 7d');
    assert.equal(await bad('critical:acknowledge=5m'), 'error: option \'--target <target>\' argument \'critical:acknowledge=5m\' is invalid. "acknowledge=5m": give ack=DURATION and/or resolve=DURATION, e.g. ack=5m');
  });
});
