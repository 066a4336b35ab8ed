// The on-call document (YAML or JSON): durations, instants, people by handle or account, the
// time zone checked against the pinned database, every error naming its field, and the JSON form
// the genesis writes read back to the same messages.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';
import { FieldError } from '../../src/chain/json-fields.ts';
import {
  parseDuration, parseInstant, parseOnCallJson, parseOnCallText, policyToJson, rosterLookup, scheduleToJson,
} from '../../src/chain/oncall-doc.ts';

const alice = new Uint8Array(32).fill(1);
const bob = new Uint8Array(32).fill(2);
const lookup = rosterLookup([{ account: alice, handle: 'alice@acme.example' }, { account: bob, handle: 'bob@acme.example' }]);

const DOC = `
team: payments
schedules:
  - name: primary
    time_zone: Europe/Berlin
    layers:
      - name: weekly
        participants: [bob@acme.example, "${toHex(alice)}"]
        start: 2026-01-05T09:00:00+01:00
        turn_length: 7d
      - name: office
        participants: [alice@acme.example]
        start: 1767600000000
        end: 2027-01-01T00:00:00Z
        turn_length: 12h
        restrictions:
          - daily: { start: "09:00", duration: 8h }
          - weekly: { start_day: Saturday, start: "10:30", duration: 1d2h }
policy:
  levels:
    - { delay: 5m, targets: [{ schedule: primary }] }
    - { delay: 90s, targets: [{ member: alice@acme.example }] }
  repeats: 2
  ack_timeout: 1h30m
`;

function fieldError(fn: () => unknown, path: string, reason: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof FieldError, String(e));
    assert.equal(e.path, path);
    assert.match(e.reason, reason);
    return true;
  });
}

describe('chain/oncall-doc: on-call files', () => {
  it('reads a YAML document into the tx messages, people by handle or hex, days as local-day turns', () => {
    const doc = parseOnCallJson(parseOnCallText(DOC), lookup);
    assert.equal(doc.team, 'payments');
    const [weekly, office] = doc.schedules[0].layers as ackchain.ScheduleLayer[];
    assert.deepEqual(weekly.participants.map(toHex), [toHex(bob), toHex(alice)]);
    assert.equal(weekly.startMs, Date.UTC(2026, 0, 5, 8));
    assert.equal(weekly.turnLengthDays, 7);
    assert.equal(weekly.turnLengthMs, 0);
    assert.equal(office.turnLengthMs, 12 * 3600_000);
    assert.equal(office.turnLengthDays, 0);
    assert.equal(office.endMs, Date.UTC(2027, 0, 1));
    assert.deepEqual((office.restrictions as ackchain.Restriction[]).map((r) => [r.kind, r.startDayOfWeek, r.startMinute, r.durationMinutes]), [
      [ackchain.RestrictionKind.RESTRICTION_KIND_DAILY, 0, 540, 480],
      [ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY, 6, 630, 1560],
    ]);
    const policy = doc.policy!;
    assert.deepEqual((policy.levels as ackchain.EscalationLevel[]).map((l) => l.delayMs), [300_000, 90_000]);
    assert.equal(toHex((policy.levels[1].targets![0] as ackchain.EscalationTarget).member!), toHex(alice));
    assert.equal(policy.repeats, 2);
    assert.equal(policy.ackTimeoutMs, 5_400_000);
  });

  it('writes the JSON form the genesis keeps, which reads back to the same messages', () => {
    const doc = parseOnCallJson(parseOnCallText(DOC), lookup);
    const again = parseOnCallJson({ schedules: doc.schedules.map(scheduleToJson), policy: policyToJson(doc.policy!) }, lookup);
    const bytes = (s: ackchain.SetSchedule) => toHex(ackchain.SetSchedule.encode(s).finish());
    assert.deepEqual(again.schedules.map(bytes), doc.schedules.map(bytes));
    assert.equal(toHex(encode.escalationPolicy(again.policy!)), toHex(encode.escalationPolicy(doc.policy!)));
  });

  it('names the field of every error', () => {
    const bad = (text: string) => () => parseOnCallJson(parseOnCallText(text), lookup);
    fieldError(bad('schedules: [{ name: p, time_zone: Europe/Berln, layers: [] }]'), 'schedules[0].time_zone', /unknown time zone "Europe\/Berln" \(an IANA name such as Europe\/Berlin, in tzdb 2026f\)/);
    fieldError(bad('schedules: [{ name: p, time_zone: UTC, layers: [{ participants: [carol@acme.example], start: 0, turn_length: 1d }] }]'), 'schedules[0].layers[0].participants[0]', /"carol@acme.example" is not a member of the team/);
    fieldError(bad('schedules: [{ name: p, time_zone: UTC, layers: [{ participants: [], start: 0, turn_length: 7x }] }]'), 'schedules[0].layers[0].turn_length', /"7x" is not a duration/);
    fieldError(bad('schedules: [{ name: p, timezone: UTC }]'), 'schedules[0].timezone', /unknown field \(did you mean "time_zone"\?\)/);
    fieldError(bad('policy: { levels: [{ delay: 5m, targets: [{ member: alice@acme.example, schedule: x }] }] }'), 'policy.levels[0].targets[0]', /give "member" or "schedule"/);
    fieldError(bad('schedules: [{ name: p, time_zone: UTC, layers: [{ start: 0, turn_length: 1h, restrictions: [{ weekly: { start_day: funday, start: "09:00", duration: 1h } }] }] }]'), 'schedules[0].layers[0].restrictions[0].weekly.start_day', /day of the week/);
    fieldError(() => parseOnCallText('a: [unclosed'), '(document)', /not YAML or JSON/);
    fieldError(() => parseOnCallJson([1, 2], lookup), '(root)', /must be an object/);
  });

  it('reads durations and instants exactly, and never in the reader\'s own time zone', () => {
    assert.equal(parseDuration('1h30m', 'd'), 5_400_000);
    assert.equal(parseDuration('2d3h4m5s6ms', 'd'), 2 * 86_400_000 + 3 * 3600_000 + 4 * 60_000 + 5000 + 6);
    assert.equal(parseDuration(1500, 'd'), 1500);
    fieldError(() => parseDuration('5 m', 'd'), 'd', /not a duration/);
    fieldError(() => parseDuration('m5', 'd'), 'd', /not a duration/);
    assert.equal(parseInstant('2026-03-29T01:30:00Z', 't'), Date.UTC(2026, 2, 29, 1, 30));
    assert.equal(parseInstant('2026-03-29T03:30:00.250+02:00', 't'), Date.UTC(2026, 2, 29, 1, 30, 0, 250));
    fieldError(() => parseInstant('2026-03-29T03:30:00', 't'), 't', /an offset or Z is required/);
    fieldError(() => parseInstant('2026-02-30T00:00:00Z', 't'), 't', /not a valid date and time/);
    fieldError(() => parseInstant('2026-01-01T24:00:00Z', 't'), 't', /not a valid date and time/);
    assert.equal(parseInstant('2028-02-29T23:59:59.9-00:30', 't'), Date.UTC(2028, 2, 1, 0, 29, 59, 900));
    fieldError(() => parseOnCallJson({ schedules: [{ name: 'p', time_zone: 'UTC', layers: [{ participants: [1111], start: 0, turn_length: '1d' }] }] }, lookup),
      'schedules[0].layers[0].participants[0]', /quote a hex account in YAML/);
  });
});
