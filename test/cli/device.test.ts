// Personal devices through the CLI against a real node: register (making the device's key files),
// acknowledge with the device's key, list, revoke.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { readKeyFile } from '../../src/chain/keys.ts';
import { CliNode, COMMITTED, lines } from './oncall-support.ts';

describe('cli: devices', function () {
  this.timeout(60_000);
  let n: CliNode;
  let watch: string;
  before(async () => {
    n = await new CliNode().start();
    watch = join(n.dir, 'watch.json');
  });
  after(async () => { await n.stop(); });

  const trigger = (summary: string) =>
    n.commit('payments', 'integration', { triggerAlert: { team: 'payments', summary, severity: ackchain.Severity.SEVERITY_CRITICAL } });

  it('device register makes the device\'s Ed25519 and X25519 key files (0600) and registers them for the --key\'s account', async () => {
    const owner = toHex(n.f.keys.teams.payments.responder.publicKey);
    const expires = new Date(Date.now() + 30 * 24 * 3600_000);
    expires.setUTCMilliseconds(0);
    const result = await n.cli(['device', 'register', '--label', 'watch', '--expires', expires.toISOString(), '--device-key', watch,
      '--key', n.key('payments', 'responder')]);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    const device = toHex(readKeyFile(watch).publicKey);
    const out = lines(result.stdout);
    assert.deepEqual(out.slice(0, 3), [
      `wrote ${watch} and ${join(n.dir, 'watch.x25519.json')} (mode 0600)`,
      `device "watch" ${device} registered for ${owner}, valid until ${expires.toISOString()}`,
      `  it acknowledges for you with: npx ackchain alert ack ALERT-ID --key ${watch}`,
    ]);
    assert.match(out[3], COMMITTED);
    for (const file of [watch, join(n.dir, 'watch.x25519.json')]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
    const x25519 = JSON.parse(readFileSync(join(n.dir, 'watch.x25519.json'), 'utf8'));
    assert.equal(x25519.type, 'x25519');
    const listed = await n.f.result('device_list', { owner });
    assert.equal(listed.devices.length, 1);
    assert.deepEqual([listed.devices[0].key, listed.devices[0].notify_key, listed.devices[0].label, listed.devices[0].expires_at_ms, listed.devices[0].active],
      [device, x25519.publicKey, 'watch', expires.getTime(), true]);

    // device list: the --key's account by default, or --owner (hex or a key file).
    const [byKey, byOwner] = [await n.cli(['device', 'list', '--key', n.key('payments', 'responder')]), await n.cli(['device', 'list', '--owner', owner])];
    assert.equal(byKey.stdout, byOwner.stdout);
    const rows = lines(byKey.stdout).map((l) => l.split(/ {2,}/));
    assert.deepEqual(rows[0], ['LABEL', 'STATUS', 'REGISTERED', 'EXPIRES', 'KEY']);
    assert.deepEqual(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]]), [['watch', 'active', expires.toISOString(), device]]);
  });

  it('the device acknowledges and resolves for its owner with --key', async () => {
    await trigger('checkout latency high');
    const ack = await n.cli(['alert', 'ack', 'payments-1', '--key', watch]);
    assert.equal(ack.stderr, '');
    assert.equal(ack.status, 0);
    assert.equal(lines(ack.stdout)[0], 'alert payments-1 acknowledged');
    const alert = await n.f.result('alert_get', { id: 'payments-1' });
    assert.equal(alert.acknowledged_by, toHex(n.f.keys.teams.payments.responder.publicKey), 'acknowledged for the owner');
    assert.equal(alert.acknowledged_device, toHex(readKeyFile(watch).publicKey), 'by the device');
    const resolved = await n.cli(['alert', 'resolve', 'payments-1', '--key', watch, '--resolution', 'restarted']);
    assert.equal(lines(resolved.stdout)[0], 'alert payments-1 resolved', resolved.stderr);
    const history = lines((await n.cli(['alert', 'show', 'payments-1'])).stdout).filter((l) => /  (acknowledged|resolved)  /.test(l));
    assert.equal(history.length, 2);
    for (const line of history) assert.match(line, /  oncall@payments \(device "watch"\)  /);
  });

  it('registering the same key file again reuses it and is refused by the chain; --notify-key writes no X25519 file', async () => {
    const again = await n.cli(['device', 'register', '--label', 'watch', '--device-key', watch, '--key', n.key('payments', 'responder')]);
    assert.equal(again.status, 1);
    assert.equal(again.stdout, '', 'no key file written');
    assert.match(again.stderr, /^tx [0-9a-f]{64} failed at height \d+: device [0-9a-f]{64} is already registered \(invalidState\)\n$/);

    const phone = join(n.dir, 'phone.json');
    const notifyKey = 'ab'.repeat(32);
    const registered = await n.cli(['device', 'register', '--label', 'phone', '--for', '90d', '--device-key', phone, '--notify-key', notifyKey,
      '--key', n.key('payments', 'responder')]);
    assert.equal(registered.status, 0, registered.stderr);
    assert.equal(lines(registered.stdout)[0], `wrote ${phone} (mode 0600)`);
    assert.equal(existsSync(join(n.dir, 'phone.x25519.json')), false);
    const device = await n.f.result('device_get', { key: toHex(readKeyFile(phone).publicKey) });
    assert.equal(device.notify_key, notifyKey);
    assert.ok(Math.abs(device.expires_at_ms - (Date.now() + 90 * 24 * 3600_000)) < 60_000);
  });

  it('device revoke: the device may no longer acknowledge', async () => {
    const revoked = await n.cli(['device', 'revoke', watch, '--key', n.key('payments', 'responder')]);
    assert.equal(revoked.stderr, '');
    assert.equal(lines(revoked.stdout)[0], `device ${toHex(readKeyFile(watch).publicKey)} revoked`);
    await trigger('queue backlog');
    const ack = await n.cli(['alert', 'ack', 'payments-2', '--key', watch]);
    assert.equal(ack.status, 1);
    assert.equal(ack.stdout, '');
    assert.match(ack.stderr, /^error: tx rejected: /);
    assert.equal((await n.f.result('alert_get', { id: 'payments-2' })).status, 'triggered');
    const listed = await n.cli(['device', 'list', '--key', n.key('payments', 'responder')]);
    assert.deepEqual(lines(listed.stdout).slice(1).map((l) => l.split(/ {2,}/)[0]), ['phone'], 'a revoked device leaves the list');
  });

  it('refuses bad options with the reason', async () => {
    const both = await n.cli(['device', 'register', '--label', 'x', '--for', '1d', '--expires', '2030-01-01T00:00:00Z', '--key', n.key('payments', 'responder')]);
    assert.deepEqual(both, { status: 1, stdout: '', stderr: 'error: give --expires or --for, not both\n' });
    const noOwner = await n.cli(['device', 'list']);
    assert.deepEqual(noOwner, { status: 1, stdout: '', stderr: 'error: give --owner (an account or a key file), or --key\n' });
    const badNotify = await n.cli(['device', 'register', '--label', 'x', '--notify-key', 'zz', '--key', n.key('payments', 'responder')]);
    assert.deepEqual(badNotify, { status: 1, stdout: '', stderr: 'error: --notify-key must be 64 hex characters (a 32-byte X25519 public key)\n' });
  });
});
