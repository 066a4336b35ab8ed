// The on-call resolver: golden answers worked out by hand from the calendar (2026: Berlin on CEST
// from 03-29 01:00 UTC to 10-25 01:00 UTC, New York on EDT from 03-08 07:00 UTC to 11-01
// 06:00 UTC), and a property that shifts() and onCallAt() tell the same story.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { getZone, type Zone } from '../../src/chain/tz/index.ts';
import { onCallAt, SCHEDULE_LIMITS, shifts, validateSchedule, type OnCall, type Shift } from '../../src/state/schedule.ts';

type Layer = ackchain.ScheduleLayer.$Properties;
type Override = ackchain.ScheduleOverride.$Properties;
type Schedule = ackchain.Schedule.$Properties;

const { RESTRICTION_KIND_DAILY: DAILY, RESTRICTION_KIND_WEEKLY: WEEKLY } = ackchain.RestrictionKind;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const account = (n: number) => new Uint8Array(32).fill(n);
const [A, B, C, D] = [1, 2, 3, 4].map(account);

function utc(iso: string): number {
  assert.ok(iso.endsWith('Z'), iso);
  return Date.parse(iso);
}

function zoneOf(schedule: Schedule): Zone {
  const zone = getZone(schedule.timeZone ?? '');
  assert.ok(zone !== undefined);
  return zone;
}

const schedule = (timeZone: string, layers: Layer[], overrides: Override[] = []): Schedule =>
  ({ team: 'payments', name: 'primary', timeZone, layers, overrides, nextOverrideId: 100 });
const daily = (startMinute: number, durationMinutes: number) => ({ kind: DAILY, startMinute, durationMinutes });
const weekly = (startDayOfWeek: number, startMinute: number, durationMinutes: number) => ({ kind: WEEKLY, startDayOfWeek, startMinute, durationMinutes });
const fromLayer = (who: Uint8Array, layer: number): OnCall => ({ account: who, source: 'layer', layer });
const fromOverride = (who: Uint8Array, overrideId: number): OnCall => ({ account: who, source: 'override', overrideId });
const shift = (who: OnCall, from: string, to: string): Shift => ({ ...who, startMs: utc(from), endMs: utc(to) });

/** Asserts who is on call at each instant: [ISO instant, expected][]. */
function expectOnCall(s: Schedule, cases: [string, OnCall | undefined][]): void {
  const zone = zoneOf(s);
  for (const [at, expected] of cases) assert.deepEqual(onCallAt(s, zone, utc(at)), expected, at);
}

function expectShifts(s: Schedule, from: string, to: string, expected: Shift[]): void {
  assert.deepEqual(shifts(s, zoneOf(s), utc(from), utc(to), 1000), { shifts: expected, truncated: false });
}

describe('state/schedule: who is on call', () => {
  describe('turns', () => {
    it('hands off between participants at fixed-length turns, in order, round and round', () => {
      const s = schedule('UTC', [{ participants: [A, B, C], startMs: utc('2026-01-05T00:00:00Z'), turnLengthMs: 12 * HOUR }]);
      expectOnCall(s, [
        ['2026-01-04T23:59:59.999Z', undefined],
        ['2026-01-05T00:00:00.000Z', fromLayer(A, 0)],
        ['2026-01-05T11:59:59.999Z', fromLayer(A, 0)],
        ['2026-01-05T12:00:00.000Z', fromLayer(B, 0)],
        ['2026-01-06T00:00:00.000Z', fromLayer(C, 0)],
        ['2026-01-06T12:00:00.000Z', fromLayer(A, 0)],
        ['2026-01-20T12:00:00.000Z', fromLayer(B, 0)], // turn 31
      ]);
      expectShifts(s, '2026-01-04T00:00:00Z', '2026-01-05T18:00:00Z', [
        shift(fromLayer(A, 0), '2026-01-05T00:00:00Z', '2026-01-05T12:00:00Z'),
        shift(fromLayer(B, 0), '2026-01-05T12:00:00Z', '2026-01-05T18:00:00Z'),
      ]);
    });

    it('keeps fixed-length turns in absolute time across a daylight-saving change', () => {
      // 24-hour turns from 09:00 CET hand off at 10:00 CEST after 2026-03-29.
      const s = schedule('Europe/Berlin', [{ participants: [A, B], startMs: utc('2026-03-28T08:00:00Z'), turnLengthMs: 24 * HOUR }]);
      expectOnCall(s, [['2026-03-29T07:59:59.999Z', fromLayer(A, 0)], ['2026-03-29T08:00:00.000Z', fromLayer(B, 0)]]);
    });

    it('hands a weekly rotation off at 09:00 Berlin time, before and after both changes of 2026', () => {
      // Monday 2026-03-16 09:00 CET; from Monday 03-30 the hand-off is 09:00 CEST, 07:00 UTC; from
      // Monday 10-26 (turn 32) it is 09:00 CET, 08:00 UTC again.
      const s = schedule('Europe/Berlin', [{ participants: [A, B], startMs: utc('2026-03-16T08:00:00Z'), turnLengthDays: 7 }]);
      expectOnCall(s, [
        ['2026-03-16T07:59:59.999Z', undefined],
        ['2026-03-16T08:00:00.000Z', fromLayer(A, 0)],
        ['2026-03-23T07:59:59.999Z', fromLayer(A, 0)],
        ['2026-03-23T08:00:00.000Z', fromLayer(B, 0)],
        ['2026-03-30T06:59:59.999Z', fromLayer(B, 0)],
        ['2026-03-30T07:00:00.000Z', fromLayer(A, 0)],
        ['2026-10-26T07:00:00.000Z', fromLayer(B, 0)],
        ['2026-10-26T07:59:59.999Z', fromLayer(B, 0)],
        ['2026-10-26T08:00:00.000Z', fromLayer(A, 0)],
      ]);
      expectShifts(s, '2026-03-16T00:00:00Z', '2026-04-06T07:00:00Z', [
        shift(fromLayer(A, 0), '2026-03-16T08:00:00Z', '2026-03-23T08:00:00Z'),
        shift(fromLayer(B, 0), '2026-03-23T08:00:00Z', '2026-03-30T07:00:00Z'), // 6 days 23 hours
        shift(fromLayer(A, 0), '2026-03-30T07:00:00Z', '2026-04-06T07:00:00Z'),
      ]);
    });

    it('reads a hand-off at a skipped or repeated local time as the time zone code does', () => {
      // Daily at 02:30 Berlin time: on 03-29 02:30 does not exist (it is 03:30 CEST, 01:30 UTC);
      // on 10-25 it happens twice (the earlier, 00:30 UTC, counts).
      const spring = schedule('Europe/Berlin', [{ participants: [A, B, C], startMs: utc('2026-03-28T01:30:00Z'), turnLengthDays: 1 }]);
      expectOnCall(spring, [
        ['2026-03-29T01:29:59.999Z', fromLayer(A, 0)],
        ['2026-03-29T01:30:00.000Z', fromLayer(B, 0)],
        ['2026-03-30T00:29:59.999Z', fromLayer(B, 0)],
        ['2026-03-30T00:30:00.000Z', fromLayer(C, 0)],
      ]);
      const autumn = schedule('Europe/Berlin', [{ participants: [A, B, C], startMs: utc('2026-10-24T00:30:00Z'), turnLengthDays: 1 }]);
      expectOnCall(autumn, [
        ['2026-10-25T00:29:59.999Z', fromLayer(A, 0)],
        ['2026-10-25T00:30:00.000Z', fromLayer(B, 0)],
        ['2026-10-26T01:29:59.999Z', fromLayer(B, 0)], // a turn of 25 hours
        ['2026-10-26T01:30:00.000Z', fromLayer(C, 0)],
      ]);
    });

    it('hands off at the first of two readings of a repeated local time', () => {
      // Daily at 01:30 New York time from Friday 10-30: on 11-01 the hand-off is 01:30 EDT (05:30
      // UTC), so at 01:10 EST (06:10 UTC), before 01:30 on the clock, it is already A's turn.
      const s = schedule('America/New_York', [{ participants: [A, B], startMs: utc('2026-10-30T05:30:00Z'), turnLengthDays: 1 }]);
      expectOnCall(s, [
        ['2026-11-01T05:29:59.999Z', fromLayer(B, 0)],
        ['2026-11-01T05:30:00.000Z', fromLayer(A, 0)],
        ['2026-11-01T06:10:00.000Z', fromLayer(A, 0)],
        ['2026-11-02T06:29:59.999Z', fromLayer(A, 0)], // a turn of 25 hours
        ['2026-11-02T06:30:00.000Z', fromLayer(B, 0)],
      ]);
    });

    it('starts the first turn at startMs even when its wall time comes round twice', () => {
      // 01:30 EST on 11-01 (06:30 UTC), an hour after 01:30 EDT; the next hand-off is 01:30 EST on 11-02.
      const s = schedule('America/New_York', [{ participants: [A, B], startMs: utc('2026-11-01T06:30:00Z'), turnLengthDays: 1 }]);
      expectOnCall(s, [
        ['2026-11-01T05:30:00.000Z', undefined],
        ['2026-11-01T06:29:59.999Z', undefined],
        ['2026-11-01T06:30:00.000Z', fromLayer(A, 0)],
        ['2026-11-02T06:29:59.999Z', fromLayer(A, 0)],
        ['2026-11-02T06:30:00.000Z', fromLayer(B, 0)],
      ]);
    });

    it('has nobody on call before a layer starts, from its end on, or without participants', () => {
      const s = schedule('UTC', [
        { participants: [B], startMs: utc('2026-01-01T00:00:00Z'), turnLengthDays: 7 },
        { participants: [A], startMs: utc('2026-02-01T00:00:00Z'), endMs: utc('2026-02-03T00:00:00Z'), turnLengthMs: HOUR },
        { participants: [], startMs: utc('2026-01-01T00:00:00Z'), turnLengthDays: 1 },
      ]);
      expectOnCall(s, [
        ['2025-12-31T23:59:59.999Z', undefined],
        ['2026-01-31T23:59:59.999Z', fromLayer(B, 0)],
        ['2026-02-01T00:00:00.000Z', fromLayer(A, 1)],
        ['2026-02-02T23:59:59.999Z', fromLayer(A, 1)],
        ['2026-02-03T00:00:00.000Z', fromLayer(B, 0)],
      ]);
      // A's 48 one-hour turns are one shift; B's turns in layer 0 and layer 1 are not merged.
      expectShifts(s, '2026-01-31T23:00:00Z', '2026-02-03T01:00:00Z', [
        shift(fromLayer(B, 0), '2026-01-31T23:00:00Z', '2026-02-01T00:00:00Z'),
        shift(fromLayer(A, 1), '2026-02-01T00:00:00Z', '2026-02-03T00:00:00Z'),
        shift(fromLayer(B, 0), '2026-02-03T00:00:00Z', '2026-02-03T01:00:00Z'),
      ]);
    });
  });

  describe('restrictions', () => {
    it('opens a daily 09:00-17:00 window in New York local time across the 2026-11-01 change', () => {
      // Daily turns from Friday 10-30 09:00 EDT: B on Saturday 10-31, A on Sunday 11-01, B on Monday.
      const s = schedule('America/New_York', [{
        participants: [A, B], startMs: utc('2026-10-30T13:00:00Z'), turnLengthDays: 1, restrictions: [daily(9 * 60, 8 * 60)],
      }]);
      expectOnCall(s, [
        ['2026-10-31T12:59:59.999Z', undefined],
        ['2026-10-31T13:00:00.000Z', fromLayer(B, 0)], // 09:00 EDT
        ['2026-10-31T20:59:59.999Z', fromLayer(B, 0)],
        ['2026-10-31T21:00:00.000Z', undefined], // 17:00 EDT
        ['2026-11-01T13:00:00.000Z', undefined], // 08:00 EST
        ['2026-11-01T13:59:59.999Z', undefined],
        ['2026-11-01T14:00:00.000Z', fromLayer(A, 0)], // 09:00 EST
        ['2026-11-01T21:59:59.999Z', fromLayer(A, 0)],
        ['2026-11-01T22:00:00.000Z', undefined], // 17:00 EST
      ]);
      expectShifts(s, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z', [
        shift(fromLayer(B, 0), '2026-10-31T13:00:00Z', '2026-10-31T21:00:00Z'),
        shift(fromLayer(A, 0), '2026-11-01T14:00:00Z', '2026-11-01T22:00:00Z'),
        shift(fromLayer(B, 0), '2026-11-02T14:00:00Z', '2026-11-02T22:00:00Z'),
      ]);
    });

    it('lets a daily window cross midnight, 9 real hours on the night clocks go back and 7 when they go forward', () => {
      const ny = schedule('America/New_York', [{ participants: [A], startMs: utc('2026-10-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(22 * 60, 8 * 60)] }]);
      expectOnCall(ny, [
        ['2026-10-31T09:59:59.999Z', fromLayer(A, 0)], // 05:59 EDT
        ['2026-10-31T10:00:00.000Z', undefined],
        ['2026-11-01T01:59:59.999Z', undefined],
        ['2026-11-01T02:00:00.000Z', fromLayer(A, 0)], // 22:00 EDT
        ['2026-11-01T10:59:59.999Z', fromLayer(A, 0)], // 05:59 EST
        ['2026-11-01T11:00:00.000Z', undefined],
      ]);
      expectShifts(ny, '2026-10-31T00:00:00Z', '2026-11-02T12:00:00Z', [
        shift(fromLayer(A, 0), '2026-10-31T02:00:00Z', '2026-10-31T10:00:00Z'),
        shift(fromLayer(A, 0), '2026-11-01T02:00:00Z', '2026-11-01T11:00:00Z'),
        shift(fromLayer(A, 0), '2026-11-02T03:00:00Z', '2026-11-02T11:00:00Z'),
      ]);
      const berlin = schedule('Europe/Berlin', [{ participants: [A], startMs: utc('2026-03-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(22 * 60, 8 * 60)] }]);
      expectShifts(berlin, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z', [
        shift(fromLayer(A, 0), '2026-03-28T21:00:00Z', '2026-03-29T04:00:00Z'), // 22:00 CET to 06:00 CEST
      ]);
    });

    it('opens a weekly window over the weekend, and turns count on through restricted time', () => {
      // Friday 18:00 to Monday 06:00 Berlin time (60 hours); 24-hour turns from Friday 01-02 17:00 UTC.
      const s = schedule('Europe/Berlin', [{
        participants: [A, B], startMs: utc('2026-01-02T17:00:00Z'), turnLengthMs: 24 * HOUR, restrictions: [weekly(5, 18 * 60, 60 * 60)],
      }]);
      expectOnCall(s, [
        ['2026-01-09T16:59:59.999Z', undefined],
        ['2026-01-09T17:00:00.000Z', fromLayer(B, 0)], // turn 7
        ['2026-01-10T16:59:59.999Z', fromLayer(B, 0)],
        ['2026-01-10T17:00:00.000Z', fromLayer(A, 0)],
        ['2026-01-12T04:59:59.999Z', fromLayer(B, 0)],
        ['2026-01-12T05:00:00.000Z', undefined],
        ['2026-01-14T12:00:00.000Z', undefined],
        ['2026-01-16T17:00:00.000Z', fromLayer(A, 0)], // turn 14
      ]);
      expectShifts(s, '2026-01-09T00:00:00Z', '2026-01-13T00:00:00Z', [
        shift(fromLayer(B, 0), '2026-01-09T17:00:00Z', '2026-01-10T17:00:00Z'),
        shift(fromLayer(A, 0), '2026-01-10T17:00:00Z', '2026-01-11T17:00:00Z'),
        shift(fromLayer(B, 0), '2026-01-11T17:00:00Z', '2026-01-12T05:00:00Z'),
      ]);
    });

    it('lets a weekly window run from Sunday into Monday, and last a local day of 23 hours', () => {
      const wrap = schedule('Europe/Berlin', [{ participants: [A], startMs: utc('2026-01-01T00:00:00Z'), turnLengthDays: 7, restrictions: [weekly(7, 20 * 60, 12 * 60)] }]);
      expectOnCall(wrap, [
        ['2026-01-11T18:59:59.999Z', undefined],
        ['2026-01-11T19:00:00.000Z', fromLayer(A, 0)], // Sunday 20:00 CET
        ['2026-01-12T06:59:59.999Z', fromLayer(A, 0)],
        ['2026-01-12T07:00:00.000Z', undefined], // Monday 08:00 CET
      ]);
      // Sunday 2026-03-29 from 00:00 CET to Monday 00:00 CEST.
      const sunday = schedule('Europe/Berlin', [{ participants: [A], startMs: utc('2026-01-01T00:00:00Z'), turnLengthDays: 7, restrictions: [weekly(7, 0, 24 * 60)] }]);
      expectShifts(sunday, '2026-03-27T00:00:00Z', '2026-04-02T00:00:00Z', [shift(fromLayer(A, 0), '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')]);
    });

    it('opens a window at a repeated local time at the earlier instant', () => {
      // 01:30-02:30 New York time on 11-01: opens 01:30 EDT (05:30 UTC), closes 02:30 EST (07:30 UTC).
      const s = schedule('America/New_York', [{ participants: [A], startMs: utc('2026-10-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(90, 60)] }]);
      expectOnCall(s, [
        ['2026-11-01T05:29:59.999Z', undefined],
        ['2026-11-01T05:30:00.000Z', fromLayer(A, 0)],
        ['2026-11-01T06:10:00.000Z', fromLayer(A, 0)], // 01:10 EST: before 01:30 on the clock, after the window opened
        ['2026-11-01T07:29:59.999Z', fromLayer(A, 0)],
        ['2026-11-01T07:30:00.000Z', undefined],
      ]);
      expectShifts(s, '2026-10-31T12:00:00Z', '2026-11-01T12:00:00Z', [shift(fromLayer(A, 0), '2026-11-01T05:30:00Z', '2026-11-01T07:30:00Z')]);
    });

    it('has an empty window when the clocks skip it', () => {
      // 02:30-03:30 Berlin time: on 03-29 both ends are 03:30 CEST (01:30 UTC).
      const s = schedule('Europe/Berlin', [{ participants: [A], startMs: utc('2026-03-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(150, 60)] }]);
      expectShifts(s, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z', [
        shift(fromLayer(A, 0), '2026-03-28T01:30:00Z', '2026-03-28T02:30:00Z'),
        shift(fromLayer(A, 0), '2026-03-30T00:30:00Z', '2026-03-30T01:30:00Z'),
      ]);
      expectOnCall(s, [['2026-03-29T01:29:59.999Z', undefined], ['2026-03-29T01:30:00.000Z', undefined]]);
    });

    it('moves a window\'s close in the skipped hour forward too, so the window before may outlast the hour', () => {
      // Daily from 02:45 for 23 h 55 min, Berlin time. The window of 03-28 closes at "02:40" on
      // 03-29, i.e. 03:40 CEST (01:40 UTC); that of 03-29 opens at "02:45", 03:45 CEST (01:45 UTC).
      const s = schedule('Europe/Berlin', [{ participants: [A], startMs: utc('2026-03-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(165, 1435)] }]);
      expectOnCall(s, [
        ['2026-03-29T01:10:00.000Z', fromLayer(A, 0)],
        ['2026-03-29T01:39:59.999Z', fromLayer(A, 0)],
        ['2026-03-29T01:40:00.000Z', undefined],
        ['2026-03-29T01:44:59.999Z', undefined],
        ['2026-03-29T01:45:00.000Z', fromLayer(A, 0)],
      ]);
      expectShifts(s, '2026-03-29T01:10:00Z', '2026-03-29T03:00:00Z', [
        shift(fromLayer(A, 0), '2026-03-29T01:10:00Z', '2026-03-29T01:40:00Z'),
        shift(fromLayer(A, 0), '2026-03-29T01:45:00Z', '2026-03-29T03:00:00Z'),
      ]);
    });

    it('is on call in the union of several windows', () => {
      // Weekdays 09:00-12:00 (daily) and Wednesday 11:00-14:00 UTC.
      const s = schedule('UTC', [{ participants: [A], startMs: utc('2026-01-01T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(9 * 60, 3 * 60), weekly(3, 11 * 60, 3 * 60)] }]);
      expectShifts(s, '2026-01-06T00:00:00Z', '2026-01-08T00:00:00Z', [
        shift(fromLayer(A, 0), '2026-01-06T09:00:00Z', '2026-01-06T12:00:00Z'),
        shift(fromLayer(A, 0), '2026-01-07T09:00:00Z', '2026-01-07T14:00:00Z'),
      ]);
    });
  });

  describe('layers and overrides', () => {
    // Layer 0: A around the clock. Layer 1: B 09:00-17:00 Berlin time (08:00-16:00 UTC in January).
    // Layer 2: nobody. Overrides on Tuesday 2026-01-06, listed out of id order.
    const layered = schedule('Europe/Berlin', [
      { name: 'follow the sun', participants: [A], startMs: utc('2026-01-05T00:00:00Z'), turnLengthDays: 7 },
      { name: 'office hours', participants: [B], startMs: utc('2026-01-05T00:00:00Z'), turnLengthDays: 7, restrictions: [daily(9 * 60, 8 * 60)] },
      { name: 'empty', participants: [], startMs: utc('2026-01-05T00:00:00Z'), turnLengthDays: 1 },
    ], [
      { id: 7, account: C, fromMs: utc('2026-01-06T14:00:00Z'), toMs: utc('2026-01-06T15:00:00Z') },
      { id: 1, account: C, fromMs: utc('2026-01-06T10:00:00Z'), toMs: utc('2026-01-06T12:00:00Z') },
      { id: 6, account: D, fromMs: utc('2026-01-06T14:30:00Z'), toMs: utc('2026-01-06T16:30:00Z') },
      { id: 2, account: D, fromMs: utc('2026-01-06T11:00:00Z'), toMs: utc('2026-01-06T13:00:00Z') },
    ]);
    const layeredShifts = [
      shift(fromLayer(A, 0), '2026-01-06T00:00:00Z', '2026-01-06T08:00:00Z'),
      shift(fromLayer(B, 1), '2026-01-06T08:00:00Z', '2026-01-06T10:00:00Z'),
      shift(fromOverride(C, 1), '2026-01-06T10:00:00Z', '2026-01-06T11:00:00Z'),
      shift(fromOverride(D, 2), '2026-01-06T11:00:00Z', '2026-01-06T13:00:00Z'),
      shift(fromLayer(B, 1), '2026-01-06T13:00:00Z', '2026-01-06T14:00:00Z'),
      shift(fromOverride(C, 7), '2026-01-06T14:00:00Z', '2026-01-06T15:00:00Z'),
      shift(fromOverride(D, 6), '2026-01-06T15:00:00Z', '2026-01-06T16:30:00Z'),
      shift(fromLayer(A, 0), '2026-01-06T16:30:00Z', '2026-01-07T00:00:00Z'),
    ];

    it('lets the later layer that has somebody win', () => {
      expectOnCall(layered, [
        ['2026-01-05T07:59:59.999Z', fromLayer(A, 0)],
        ['2026-01-05T08:00:00.000Z', fromLayer(B, 1)],
        ['2026-01-05T15:59:59.999Z', fromLayer(B, 1)],
        ['2026-01-05T16:00:00.000Z', fromLayer(A, 0)],
      ]);
    });

    it('lets overrides win over layers, the higher id where they overlap, each over [from, to)', () => {
      expectOnCall(layered, [
        ['2026-01-06T09:59:59.999Z', fromLayer(B, 1)],
        ['2026-01-06T10:00:00.000Z', fromOverride(C, 1)],
        ['2026-01-06T10:59:59.999Z', fromOverride(C, 1)],
        ['2026-01-06T11:00:00.000Z', fromOverride(D, 2)],
        ['2026-01-06T11:59:59.999Z', fromOverride(D, 2)],
        ['2026-01-06T12:00:00.000Z', fromOverride(D, 2)],
        ['2026-01-06T12:59:59.999Z', fromOverride(D, 2)],
        ['2026-01-06T13:00:00.000Z', fromLayer(B, 1)],
        ['2026-01-06T13:59:59.999Z', fromLayer(B, 1)],
        ['2026-01-06T14:00:00.000Z', fromOverride(C, 7)],
        ['2026-01-06T14:30:00.000Z', fromOverride(C, 7)],
        ['2026-01-06T14:59:59.999Z', fromOverride(C, 7)],
        ['2026-01-06T15:00:00.000Z', fromOverride(D, 6)],
        ['2026-01-06T16:29:59.999Z', fromOverride(D, 6)],
        ['2026-01-06T16:30:00.000Z', fromLayer(A, 0)],
      ]);
      expectShifts(layered, '2026-01-06T00:00:00Z', '2026-01-07T00:00:00Z', layeredShifts);
    });

    it('cuts shifts at the ends of the range', () => {
      expectShifts(layered, '2026-01-06T09:00:00Z', '2026-01-06T10:30:00Z', [
        shift(fromLayer(B, 1), '2026-01-06T09:00:00Z', '2026-01-06T10:00:00Z'),
        shift(fromOverride(C, 1), '2026-01-06T10:00:00Z', '2026-01-06T10:30:00Z'),
      ]);
      assert.deepEqual(shifts(layered, zoneOf(layered), utc('2026-01-06T10:00:00Z'), utc('2026-01-06T10:00:00Z'), 10), { shifts: [], truncated: false });
      assert.deepEqual(shifts(layered, zoneOf(layered), utc('2026-01-06T11:00:00Z'), utc('2026-01-06T10:00:00Z'), 10), { shifts: [], truncated: false });
    });

    it('stops at maxShifts and says so', () => {
      const zone = zoneOf(layered);
      const [from, to] = [utc('2026-01-06T00:00:00Z'), utc('2026-01-07T00:00:00Z')];
      assert.deepEqual(shifts(layered, zone, from, to, 3), { shifts: layeredShifts.slice(0, 3), truncated: true });
      assert.deepEqual(shifts(layered, zone, from, to, 7), { shifts: layeredShifts.slice(0, 7), truncated: true });
      assert.deepEqual(shifts(layered, zone, from, to, 8), { shifts: layeredShifts, truncated: false });
      assert.deepEqual(shifts(layered, zone, from, to, 0), { shifts: [], truncated: true });
    });

    it('reads a schedule decoded from its bytes (protobuf defaults) the same', () => {
      const decoded = ackchain.Schedule.decode(ackchain.Schedule.encode(layered).finish());
      const zone = zoneOf(layered);
      // Decoded accounts are Buffers: compare them as hex.
      const hex = <T extends OnCall>(who: T | undefined) => who === undefined ? undefined : { ...who, account: toHex(who.account) };
      const [from, to] = [utc('2026-01-06T00:00:00Z'), utc('2026-01-07T00:00:00Z')];
      assert.deepEqual(shifts(decoded, zone, from, to, 100).shifts.map(hex), layeredShifts.map(hex));
      for (const s of layeredShifts) assert.deepEqual(hex(onCallAt(decoded, zone, s.startMs)), hex(onCallAt(layered, zone, s.startMs)));
    });

    it('has nobody on call in a layer without a turn length (which validateSchedule refuses)', () => {
      const s = schedule('UTC', [{ participants: [A], startMs: 0 }]);
      assert.equal(onCallAt(s, zoneOf(s), DAY), undefined);
      assert.deepEqual(shifts(s, zoneOf(s), 0, DAY, 10), { shifts: [], truncated: false });
    });

    it('has nobody on call in a schedule without layers or overrides, and refuses instants that are no integer', () => {
      const empty = schedule('UTC', []);
      const zone = zoneOf(empty);
      assert.equal(onCallAt(empty, zone, 0), undefined);
      assert.deepEqual(shifts(empty, zone, 0, DAY, 10), { shifts: [], truncated: false });
      for (const bad of [Number.NaN, 1.5, Infinity, 9e15]) {
        assert.throws(() => onCallAt(layered, zone, bad), RangeError);
        assert.throws(() => shifts(layered, zone, 0, bad, 10), RangeError);
      }
      assert.throws(() => shifts(layered, zone, 0, DAY, -1), RangeError);
    });
  });

  describe('shifts and onCallAt agree', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia'];
    const accounts = [A, B, C, D];
    // Instants near the 2026 changes in these zones (and Samoa's skipped day, 2011-12-30) and not.
    const bases = ['2026-03-20T00:00:00Z', '2026-10-20T00:00:00Z', '2026-09-28T00:00:00Z', '2026-06-01T00:00:00Z', '2011-12-25T00:00:00Z'].map(utc);
    const restriction = fc.oneof(
      fc.record({ kind: fc.constant(DAILY), startMinute: fc.integer({ min: 0, max: 1439 }), durationMinutes: fc.integer({ min: 1, max: 1440 }) }),
      fc.record({ kind: fc.constant(WEEKLY), startDayOfWeek: fc.integer({ min: 1, max: 7 }), startMinute: fc.integer({ min: 0, max: 1439 }), durationMinutes: fc.integer({ min: 1, max: 10080 }) }),
    );
    const layer = (base: number) => fc.record({
      participants: fc.shuffledSubarray(accounts),
      startMs: fc.integer({ min: base - 20 * DAY, max: base + 10 * DAY }),
      length: fc.option(fc.integer({ min: HOUR, max: 30 * DAY })),
      turn: fc.oneof(fc.record({ turnLengthMs: fc.integer({ min: HOUR, max: 3 * DAY }) }), fc.record({ turnLengthDays: fc.integer({ min: 1, max: 10 }) })),
      restrictions: fc.array(restriction, { maxLength: 3 }),
    }).map(({ length, turn, ...l }): Layer => ({ ...l, ...turn, endMs: length === null ? 0 : l.startMs + length }));
    const override = (base: number, id: number) => fc.record({
      account: fc.constantFrom(...accounts),
      fromMs: fc.integer({ min: base - DAY, max: base + 20 * DAY }),
      length: fc.integer({ min: 1, max: 3 * DAY }),
    }).map(({ length, ...o }): Override => ({ ...o, id, toMs: o.fromMs + length }));
    const scenario = fc.constantFrom(...bases).chain((base) => fc.record({
      timeZone: fc.constantFrom(...zones),
      layers: fc.array(layer(base), { minLength: 1, maxLength: 4 }),
      overrides: fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 5 }).chain((ids) => fc.tuple(...ids.map((id) => override(base, id)))),
      from: fc.integer({ min: base - 5 * DAY, max: base + 5 * DAY }),
      length: fc.integer({ min: 1, max: 20 * DAY }),
      probes: fc.array(fc.integer({ min: 0, max: 20 * DAY - 1 }), { minLength: 20, maxLength: 20 }),
    }));

    it('every instant of the range is in the shift that onCallAt names, or in no shift when nobody is on call', () => {
      fc.assert(fc.property(scenario, ({ timeZone, layers, overrides, from, length, probes }) => {
        const s = schedule(timeZone, layers, overrides);
        assert.equal(validateSchedule(s), undefined);
        const zone = zoneOf(s);
        const to = from + length;
        const result = shifts(s, zone, from, to, 100_000);
        assert.equal(result.truncated, false);
        const list = result.shifts;
        const strip = ({ startMs: _s, endMs: _e, ...who }: Shift): OnCall => who;
        for (const [i, sh] of list.entries()) {
          assert.ok(from <= sh.startMs && sh.startMs < sh.endMs && sh.endMs <= to, 'a shift within the range');
          assert.deepEqual(onCallAt(s, zone, sh.startMs), strip(sh), 'at a shift\'s start');
          assert.deepEqual(onCallAt(s, zone, sh.endMs - 1), strip(sh), 'at a shift\'s last millisecond');
          const next = list[i + 1];
          if (next === undefined) continue;
          assert.ok(sh.endMs <= next.startMs, 'in order, disjoint');
          if (sh.endMs === next.startMs) assert.notDeepEqual(strip(next), strip(sh), 'merged');
          else assert.equal(onCallAt(s, zone, sh.endMs), undefined, 'nobody in a gap');
        }
        for (const probe of probes.map((p) => from + (p % length))) {
          const containing = list.find((sh) => sh.startMs <= probe && probe < sh.endMs);
          assert.deepEqual(onCallAt(s, zone, probe), containing === undefined ? undefined : strip(containing), `at ${probe}`);
        }
      }), { numRuns: 300 });
    });
  });

  describe('validateSchedule', () => {
    const goodLayer: Layer = { name: 'primary', participants: [A, B], startMs: utc('2026-01-05T08:00:00Z'), turnLengthDays: 7, restrictions: [daily(540, 480), weekly(5, 1080, 3600)] };
    const goodOverride: Override = { id: 1, account: C, fromMs: utc('2026-01-06T10:00:00Z'), toMs: utc('2026-01-06T12:00:00Z') };
    const withLayer = (l: Partial<Layer>) => schedule('Europe/Berlin', [{ ...goodLayer, ...l }]);
    const withOverrides = (overrides: Override[]) => schedule('Europe/Berlin', [goodLayer], overrides);

    it('accepts schedules within the limits', () => {
      assert.equal(validateSchedule(withOverrides([goodOverride])), undefined);
      assert.equal(validateSchedule(schedule('US/Eastern', Array(SCHEDULE_LIMITS.layers).fill(goodLayer))), undefined);
      assert.equal(validateSchedule(withLayer({
        name: 'n'.repeat(64), participants: Array.from({ length: 50 }, (_, i) => account(i + 1)), endMs: goodLayer.startMs! + 1,
        restrictions: Array(14).fill(weekly(7, 1439, 10080)),
      })), undefined);
      assert.equal(validateSchedule(withLayer({ participants: [], restrictions: [daily(0, 1440)] })), undefined);
      assert.equal(validateSchedule(withLayer({ turnLengthDays: 0, turnLengthMs: HOUR })), undefined);
      assert.equal(validateSchedule(withLayer({ turnLengthDays: 0, turnLengthMs: 365 * DAY })), undefined);
      assert.equal(validateSchedule(withLayer({ turnLengthDays: 365 })), undefined);
      assert.equal(validateSchedule(withOverrides(Array.from({ length: 200 }, (_, i) => ({ ...goodOverride, id: i + 1 })))), undefined);
    });

    it('says why it refuses a schedule', () => {
      const cases: [Schedule, RegExp][] = [
        [schedule('Mars/Olympus_Mons', [goodLayer]), /unknown time zone "Mars\/Olympus_Mons"/],
        [schedule('Europe/Berlin', []), /1 to 10 layers, not 0/],
        [schedule('Europe/Berlin', Array(11).fill(goodLayer)), /1 to 10 layers, not 11/],
        [withLayer({ name: 'n'.repeat(65) }), /layer 1: name longer than 64/],
        [withLayer({ participants: Array.from({ length: 51 }, (_, i) => account(i + 1)) }), /more than 50 participants/],
        [withLayer({ participants: [A, new Uint8Array(31)] }), /participant 2 is 31 bytes/],
        [withLayer({ participants: [A, B, account(1)] }), /participant 3 is already in the layer/],
        [withLayer({ startMs: 8.64e15 + 1 }), /start .* out of range/],
        [withLayer({ endMs: goodLayer.startMs }), /end .* neither 0 \(no end\) nor after the start/],
        [withLayer({ turnLengthMs: HOUR }), /exactly one of/],
        [withLayer({ turnLengthDays: 0 }), /exactly one of/],
        [withLayer({ turnLengthDays: 0, turnLengthMs: HOUR - 1 }), /a turn lasts 3600000 ms/],
        [withLayer({ turnLengthDays: 0, turnLengthMs: 365 * DAY + 1 }), /a turn lasts 3600000 ms/],
        [withLayer({ turnLengthDays: 366 }), /a turn lasts 1 to 365 days/],
        [withLayer({ restrictions: Array(15).fill(daily(0, 60)) }), /more than 14 restrictions/],
        [withLayer({ restrictions: [daily(0, 60), { kind: 0, startMinute: 0, durationMinutes: 60 }] }), /restriction 2: restriction kind 0/],
        [withLayer({ restrictions: [daily(1440, 60)] }), /start minute 1440/],
        [withLayer({ restrictions: [daily(0, 0)] }), /daily restriction lasts 1-1440 minutes, not 0/],
        [withLayer({ restrictions: [daily(0, 1441)] }), /daily restriction lasts 1-1440 minutes, not 1441/],
        [withLayer({ restrictions: [{ ...daily(0, 60), startDayOfWeek: 1 }] }), /a daily restriction has no day of the week/],
        [withLayer({ restrictions: [weekly(0, 0, 60)] }), /day of the week 0/],
        [withLayer({ restrictions: [weekly(8, 0, 60)] }), /day of the week 8/],
        [withLayer({ restrictions: [weekly(1, 0, 10081)] }), /weekly restriction lasts 1-10080 minutes, not 10081/],
        [withOverrides(Array.from({ length: 201 }, (_, i) => ({ ...goodOverride, id: i + 1 }))), /more than 200 overrides/],
        [withOverrides([{ ...goodOverride, id: 0 }]), /override 0: no id/],
        [withOverrides([goodOverride, { ...goodOverride }]), /override 1: its id is used twice/],
        [withOverrides([{ ...goodOverride, account: new Uint8Array(33) }]), /override 1: account is not 32 bytes/],
        [withOverrides([{ ...goodOverride, toMs: goodOverride.fromMs }]), /override 1: .* is not a time range/],
      ];
      for (const [s, reason] of cases) assert.match(validateSchedule(s) ?? '(accepted)', reason);
    });

    it('takes the zone it is given instead of looking timeZone up', () => {
      assert.equal(validateSchedule(schedule('Mars/Olympus_Mons', [goodLayer]), getZone('Europe/Berlin')), undefined);
    });
  });
});
