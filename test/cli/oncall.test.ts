// An operator's on-call file, kept in git, applied with one command (team apply), read back
// (team policy, team schedule) and asked who is on call (oncall show, oncall list), against a
// real node.
import assert from 'node:assert/strict';
import { CliNode, COMMITTED, lines } from './oncall-support.ts';

/** A weekly rotation of oncall@payments and admin@payments, handing off Mondays 09:00 Berlin time, and a two-level policy. */
const ONCALL_YAML = `# payments on-call, applied with: npx ackchain team apply payments-oncall.yaml --key admin.json
team: payments
schedules:
  - name: primary
    time_zone: Europe/Berlin
    layers:
      - name: weekly
        participants: [oncall@payments, admin@payments]
        start: 2026-01-05T09:00:00+01:00
        turn_length: 7d
policy:
  levels:
    - delay: 5m
      targets: [{ schedule: primary }]
    - delay: 10m
      targets: [{ member: admin@payments }]
  repeats: 1
  ack_timeout: 30m
`;

describe('cli: on-call files, schedules and who is on call', function () {
  this.timeout(60_000);
  let n: CliNode;
  let file: string;
  before(async () => {
    n = await new CliNode().start();
    file = n.file('payments-oncall.yaml', ONCALL_YAML);
  });
  after(async () => { await n.stop(); });

  it('team apply sets the schedule, then the policy, one tx each; oncall show names who is on call', async () => {
    const applied = await n.cli(['team', 'apply', file, '--key', n.key('payments', 'admin')]);
    assert.equal(applied.stderr, '');
    assert.equal(applied.status, 0);
    const out = lines(applied.stdout);
    assert.equal(out.length, 4);
    assert.equal(out[0], 'schedule payments/primary set (1 layer)');
    assert.match(out[1], COMMITTED);
    assert.equal(out[2], 'escalation policy of payments set: version 1');
    assert.match(out[3], COMMITTED);
    const [scheduleHeight, policyHeight] = [out[1], out[3]].map((l) => Number(/height (\d+)$/.exec(l)![1]));
    assert.ok(policyHeight > scheduleHeight, 'the policy is set after the schedule it names');

    // 2026-03-04 is in the 9th week since 2026-01-05 (turn 8): oncall@payments's turn, from Monday 2 March 09:00 CET.
    const shown = await n.cli(['oncall', 'show', '--team', 'payments', '--at', '2026-03-04T12:00:00+01:00']);
    assert.equal(shown.stderr, '');
    assert.equal(shown.status, 0);
    assert.deepEqual(lines(shown.stdout), [
      'payments on call at 2026-03-04 11:00 UTC',
      'SCHEDULE               WHO              FROM                     UNTIL                    SOURCE',
      'primary          now   oncall@payments  2026-03-02 09:00 +01:00  2026-03-09 09:00 +01:00  layer 1 (weekly)',
      '(Europe/Berlin)                         2026-03-02 08:00 UTC     2026-03-09 08:00 UTC',
      '                 next  admin@payments   2026-03-09 09:00 +01:00  2026-03-16 09:00 +01:00  layer 1 (weekly)',
      '                                        2026-03-09 08:00 UTC     2026-03-16 08:00 UTC',
    ]);

    // Across the change to summer time (29 March) the hand-off stays at 09:00 local, now 07:00 UTC.
    const json = await n.cli(['oncall', 'show', '--team', 'payments', '--at', '2026-04-01T12:00:00+02:00', '--json']);
    assert.equal(json.status, 0, json.stderr);
    const answer = JSON.parse(json.stdout);
    // 1 April is in turn 12 (from Monday 30 March): oncall@payments again, then admin@payments.
    assert.equal(answer.schedules[0].on_call.handle, 'oncall@payments');
    assert.equal(answer.schedules[0].next.handle, 'admin@payments');
    assert.equal(answer.schedules[0].next.start_ms, Date.parse('2026-04-06T07:00:00Z'));
  });

  it('team apply of the same file again sends nothing', async () => {
    const again = await n.cli(['team', 'apply', file, '--key', n.key('payments', 'admin')]);
    assert.deepEqual(again, {
      status: 0, stderr: '',
      stdout: `unchanged: schedule primary, escalation policy (version 1)\n${file}: team payments is up to date\n`,
    });
    assert.equal((await n.f.result('team_get', { id: 'payments' })).policy_version, 1);
  });

  it('a bad file is refused with the path of the bad field, before anything is sent', async () => {
    const cases: [string, string][] = [
      [ONCALL_YAML.replace('turn_length: 7d', 'turn_length: 7x'),
        'schedules[0].layers[0].turn_length: "7x" is not a duration such as 90s, 5m, 1h30m or 7d'],
      [ONCALL_YAML.replace('[oncall@payments, admin@payments]', '[oncall@payments, mallory@payments]'),
        'schedules[0].layers[0].participants[1]: "mallory@payments" is not a member of the team (give a handle or an account in hex)'],
      [ONCALL_YAML.replace('turn_length:', 'turn_lenght:'), 'schedules[0].layers[0].turn_lenght: unknown field (did you mean "turn_length"?)'],
      [ONCALL_YAML.replace('start: 2026-01-05T09:00:00+01:00', 'start: 2026-01-05T09:00:00'),
        'schedules[0].layers[0].start: "2026-01-05T09:00:00" is not an instant such as 2026-11-23T09:00:00+01:00 (an offset or Z is required)'],
      [ONCALL_YAML.replace('time_zone: Europe/Berlin', 'time_zone: Europe/Berln'),
        'schedules[0].time_zone: unknown time zone "Europe/Berln" (an IANA name such as Europe/Berlin, in tzdb 2026f)'],
      // The chain's schedule rules, checked before sending: a turn of half an hour.
      [ONCALL_YAML.replace('turn_length: 7d', 'turn_length: 30m'), 'schedules[0] (primary): '],
    ];
    const results = await Promise.all(cases.map(([text], i) => n.cli(['team', 'apply', n.file(`bad-${i}.yaml`, text), '--key', n.key('payments', 'admin')])));
    results.slice(0, -1).forEach((result, i) => {
      assert.deepEqual(result, { status: 1, stdout: '', stderr: `error: ${n.dir}/bad-${i}.yaml: ${cases[i][1]}\n` });
    });
    const last = results.at(-1)!;
    assert.deepEqual([last.status, last.stdout], [1, '']);
    assert.ok(last.stderr.startsWith(`error: ${n.dir}/bad-${cases.length - 1}.yaml: schedules[0] (primary): `), last.stderr);
    assert.match(last.stderr, /turn/, 'the reason names the turn length');
    const teamId = await n.cli(['team', 'apply', file, '--team', 'platform', '--dry-run']);
    assert.deepEqual(teamId, { status: 1, stdout: '', stderr: `error: ${file} is for team "payments", not --team platform\n` });
    assert.equal((await n.f.result('team_get', { id: 'payments' })).policy_version, 1);
  });

  it('team apply stops at the first refused tx, with the chain\'s reason', async () => {
    const changed = n.file('changed.yaml', ONCALL_YAML.replace('turn_length: 7d', 'turn_length: 14d').replace('repeats: 1', 'repeats: 2'));
    const dry = await n.cli(['team', 'apply', changed, '--dry-run']);
    assert.deepEqual(dry, { status: 0, stderr: '', stdout: `${changed} for team payments: would set schedule primary, escalation policy\n` });
    const refused = await n.cli(['team', 'apply', changed, '--key', n.key('payments', 'responder')]);
    assert.equal(refused.status, 1);
    assert.equal(refused.stdout, '');
    const err = lines(refused.stderr);
    assert.match(err[0], /^schedule primary: tx [0-9a-f]{64} failed at height \d+: [0-9a-f]{64} is not an admin of team "payments" \(unauthorized\)$/);
    assert.deepEqual(err.slice(1), ['not sent: escalation policy']);
    assert.equal((await n.f.result('team_get', { id: 'payments' })).policy_version, 1);
  });

  it('team policy and team schedule read them back', async () => {
    const [policy, schedule] = await Promise.all([
      n.cli(['team', 'policy', '--team', 'payments']),
      n.cli(['team', 'schedule', '--team', 'payments', '--name', 'primary']),
    ]);
    assert.deepEqual(policy, {
      status: 0, stderr: '', stdout: [
        'payments escalation policy, version 1',
        '  the levels run 2 times in all (repeats 1); an acknowledged, unresolved alert pages again after 30m',
        '  LEVEL  ESCALATES AFTER  NOTIFIES',
        '  1      5m               schedule primary',
        '  2      10m              admin@payments',
        '',
      ].join('\n'),
    });
    assert.deepEqual(schedule, {
      status: 0, stderr: '', stdout: [
        'payments/primary  (Europe/Berlin; a later layer wins where layers overlap, an override wins over every layer)',
        '  layer 1 (weekly): turns of 7d (hand-off at the local time of the start), from 2026-01-05 09:00 +01:00',
        '    in turn: oncall@payments, admin@payments',
        '',
      ].join('\n'),
    });
    const missing = await n.cli(['team', 'policy', '--team', 'payments', '--version', '7']);
    assert.deepEqual(missing, { status: 1, stdout: '', stderr: 'error: team "payments" has no policy version 7\n' });
  });

  it('an override puts somebody on call over the rotation; oncall list shows the shifts', async () => {
    // Overrides must end after the block time: put one next year.
    const year = new Date().getUTCFullYear() + 1;
    const added = await n.cli(['team', 'add-override', '--team', 'payments', '--schedule', 'primary', '--member', 'admin@payments',
      '--from', `${year}-06-10T18:00:00Z`, '--to', `${year}-06-11T06:00:00Z`, '--key', n.key('payments', 'admin')]);
    assert.equal(added.stderr, '');
    assert.equal(lines(added.stdout)[0], `override 1 added to payments/primary: admin@payments from ${year}-06-10T18:00:00.000Z until ${year}-06-11T06:00:00.000Z`);
    const shown = await n.cli(['oncall', 'show', '--team', 'payments', '--schedule', 'primary', '--at', `${year}-06-10T20:00:00Z`, '--json']);
    const now = JSON.parse(shown.stdout).schedules[0];
    assert.deepEqual([now.on_call.handle, now.on_call.source, now.on_call.override_id, now.on_call.end_ms], ['admin@payments', 'override', 1, Date.parse(`${year}-06-11T06:00:00Z`)]);

    const list = await n.cli(['oncall', 'list', '--team', 'payments', '--schedule', 'primary', '--from', `${year}-06-10T00:00:00Z`, '--to', `${year}-06-12T00:00:00Z`]);
    assert.equal(list.status, 0, list.stderr);
    const out = lines(list.stdout);
    assert.equal(out[0], `payments/primary (Europe/Berlin) from ${year}-06-10 02:00 +02:00 until ${year}-06-12 02:00 +02:00`);
    assert.deepEqual(out[1].split(/ {2,}/), ['WHO', 'FROM', 'UNTIL', 'FROM (UTC)', 'UNTIL (UTC)', 'SOURCE']);
    const rows = out.slice(2).map((l) => l.split(/ {2,}/));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1], ['admin@payments', `${year}-06-10 20:00 +02:00`, `${year}-06-11 08:00 +02:00`, `${year}-06-10 18:00 UTC`, `${year}-06-11 06:00 UTC`, 'override 1']);
    assert.equal(rows[0][2], rows[1][1], 'the rotation hands over to the override');
    assert.equal(rows[2][1], rows[1][2], 'and takes over again after it');
    assert.equal(rows[0][0], rows[2][0]);
    assert.equal(rows[0][5], 'layer 1 (weekly)');

    const removed = await n.cli(['team', 'remove-override', '--team', 'payments', '--schedule', 'primary', '--id', '1', '--key', n.key('payments', 'admin')]);
    assert.equal(lines(removed.stdout)[0], 'override 1 removed from payments/primary');
  });

  it('maintenance windows: add, list, remove', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const added = await n.cli(['team', 'maintenance', 'add', '--team', 'payments', '--from', `${year}-02-01T22:00:00Z`, '--to', `${year}-02-02T02:00:00Z`,
      '--reason', 'db upgrade CHG-42', '--key', n.key('payments', 'admin')]);
    assert.equal(added.stderr, '');
    assert.equal(lines(added.stdout)[0], `maintenance window 1 for payments: ${year}-02-01T22:00:00.000Z until ${year}-02-02T02:00:00.000Z`);
    const listed = await n.cli(['team', 'maintenance', 'list', '--team', 'payments']);
    assert.deepEqual(lines(listed.stdout), [
      'ID  FROM                      UNTIL                     REASON',
      `1   ${year}-02-01T22:00:00.000Z  ${year}-02-02T02:00:00.000Z  db upgrade CHG-42`,
    ]);
    const removed = await n.cli(['team', 'maintenance', 'remove', '--team', 'payments', '--id', '1', '--key', n.key('payments', 'admin')]);
    assert.equal(lines(removed.stdout)[0], 'maintenance window 1 of payments removed');
    assert.equal((await n.cli(['team', 'maintenance', 'list', '--team', 'payments'])).stdout, 'team payments has no maintenance windows\n');
  });

  it('refuses bad options with the reason, and every new command has --help', async () => {
    const [at, id] = await Promise.all([
      n.cli(['oncall', 'show', '--team', 'payments', '--at', 'tomorrow']),
      n.cli(['team', 'remove-override', '--team', 'payments', '--schedule', 'primary', '--id', 'x', '--key', n.key('payments', 'admin')]),
    ]);
    assert.equal(at.status, 1);
    assert.equal(lines(at.stderr)[0], 'error: option \'--at <time>\' argument \'tomorrow\' is invalid. "tomorrow" is not an instant such as 2026-11-23T09:00:00+01:00 (an offset or Z is required)');
    assert.equal(id.status, 1);
    assert.equal(lines(id.stderr)[0], 'error: option \'--id <n>\' argument \'x\' is invalid. must be a positive whole number');
    const commands = [['oncall', 'show'], ['oncall', 'list'], ['team', 'apply'], ['team', 'set-policy'], ['team', 'set-schedule'], ['team', 'remove-schedule'],
      ['team', 'add-override'], ['team', 'remove-override'], ['team', 'maintenance', 'add'], ['team', 'maintenance', 'remove'], ['team', 'policy'], ['team', 'schedule']];
    for (const command of commands) {
      const help = await n.cli([...command, '--help']);
      assert.equal(help.status, 0, command.join(' '));
      assert.match(help.stdout, new RegExp(`^Usage: ackchain ${command.join(' ')} `));
    }
  });
});
