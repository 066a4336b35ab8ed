// A team's on-call setup as a document operators keep in git (YAML or JSON): its schedules and
// its escalation policy. The same form is a genesis team's "schedules" and "policy", so a demo
// chain starts with what an operator would apply. People are named by handle or by account hex;
// durations as "5m", "1h30m", "7d" or milliseconds; instants as ISO 8601 with an offset or as
// milliseconds since the epoch (never in the reader's local time zone).
import { parse as parseYaml } from 'yaml';
import { fromHex, toHex } from './bytes.ts';
import { ackchain } from './codec.ts';
import { array, fail, fields, string, uint, type Json } from './json-fields.ts';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from './tz/civil.ts';
import { getZone, TZDB_VERSION } from './tz/index.ts';

export interface OnCallDoc {
  team?: string;
  schedules: ackchain.SetSchedule[];
  policy?: ackchain.EscalationPolicy;
}

/** Finds a member's account by handle (or hex account); undefined when the team has no such member. */
export type MemberLookup = (nameOrAccount: string) => Uint8Array | undefined;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DAY = UNITS.d;

/** "1h30m" -> 5,400,000; a number is milliseconds. */
export function parseDuration(value: unknown, path: string): number {
  if (typeof value === 'number') return uint(value, path);
  const text = string(value, path);
  const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) fail(path, `"${text}" is not a duration such as 90s, 5m, 1h30m or 7d`);
  const ms = parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit], 0);
  if (!Number.isSafeInteger(ms)) fail(path, 'too long');
  return ms;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** An instant: ISO 8601 with "Z" or an offset, or milliseconds since the epoch. Read with integer arithmetic, every field checked. */
export function parseInstant(value: unknown, path: string): number {
  if (typeof value === 'number') return uint(value, path);
  const text = string(value, path);
  const m = ISO_INSTANT.exec(text);
  if (!m) fail(path, `"${text}" is not an instant such as 2026-11-23T09:00:00+01:00 (an offset or Z is required)`);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || Number(m[10] ?? 0) > 23 || Number(m[11] ?? 0) > 59) {
    fail(path, `"${text}" is not a valid date and time`);
  }
  const ms = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  if (ms < 0) fail(path, `"${text}" is before 1970`);
  return ms;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "09:30" -> 570 minutes after midnight. */
function parseTimeOfDay(value: unknown, path: string): number {
  const text = string(value, path);
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) fail(path, `"${text}" is not a time of day such as 09:00`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function member(value: unknown, path: string, lookup: MemberLookup): Uint8Array {
  // YAML reads an unquoted hex account of digits only as a number.
  if (typeof value === 'number') fail(path, 'must be a handle or an account in hex (quote a hex account in YAML)');
  const text = string(value, path);
  const account = lookup(text);
  if (account === undefined) fail(path, `"${text}" is not a member of the team (give a handle or an account in hex)`);
  return account;
}

function restriction(value: unknown, path: string): ackchain.Restriction {
  const o = fields(value, path, ['daily', 'weekly']);
  if ((o.daily === undefined) === (o.weekly === undefined)) fail(path, 'give "daily" or "weekly"');
  if (o.daily !== undefined) {
    const d = fields(o.daily, `${path}.daily`, ['start', 'duration']);
    return ackchain.Restriction.create({
      kind: ackchain.RestrictionKind.RESTRICTION_KIND_DAILY, startMinute: parseTimeOfDay(d.start, `${path}.daily.start`),
      durationMinutes: minutes(d.duration, `${path}.daily.duration`),
    });
  }
  const w = fields(o.weekly, `${path}.weekly`, ['start_day', 'start', 'duration']);
  const day = DAYS.indexOf(string(w.start_day, `${path}.weekly.start_day`).toLowerCase());
  if (day < 0) fail(`${path}.weekly.start_day`, 'must be a day of the week, e.g. monday');
  return ackchain.Restriction.create({
    kind: ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY, startDayOfWeek: day + 1, startMinute: parseTimeOfDay(w.start, `${path}.weekly.start`),
    durationMinutes: minutes(w.duration, `${path}.weekly.duration`),
  });
}

function minutes(value: unknown, path: string): number {
  const ms = parseDuration(value, path);
  if (ms % UNITS.m !== 0) fail(path, 'must be whole minutes');
  return ms / UNITS.m;
}

function layer(value: unknown, path: string, lookup: MemberLookup): ackchain.ScheduleLayer {
  const o = fields(value, path, ['name', 'participants', 'start', 'end', 'turn_length', 'restrictions']);
  const turn = parseDuration(o.turn_length, `${path}.turn_length`);
  // Whole days hand off at the local time of day of the start, across daylight-saving changes.
  const days = turn > 0 && turn % DAY === 0 ? turn / DAY : 0;
  return ackchain.ScheduleLayer.create({
    name: string(o.name, `${path}.name`, true),
    participants: array(o.participants, `${path}.participants`).map((p, i) => member(p, `${path}.participants[${i}]`, lookup)),
    startMs: parseInstant(o.start, `${path}.start`), endMs: o.end === undefined ? 0 : parseInstant(o.end, `${path}.end`),
    turnLengthMs: days === 0 ? turn : 0, turnLengthDays: days,
    restrictions: array(o.restrictions, `${path}.restrictions`).map((r, i) => restriction(r, `${path}.restrictions[${i}]`)),
  });
}

export function parseSchedule(value: unknown, path: string, lookup: MemberLookup): ackchain.SetSchedule {
  const o = fields(value, path, ['name', 'time_zone', 'layers']);
  const timeZone = string(o.time_zone, `${path}.time_zone`);
  if (getZone(timeZone) === undefined) fail(`${path}.time_zone`, `unknown time zone "${timeZone}" (an IANA name such as Europe/Berlin, in tzdb ${TZDB_VERSION})`);
  return ackchain.SetSchedule.create({
    name: string(o.name, `${path}.name`), timeZone,
    layers: array(o.layers, `${path}.layers`).map((l, i) => layer(l, `${path}.layers[${i}]`, lookup)),
  });
}

export function parsePolicy(value: unknown, path: string, lookup: MemberLookup): ackchain.EscalationPolicy {
  const o = fields(value, path, ['levels', 'repeats', 'ack_timeout']);
  return ackchain.EscalationPolicy.create({
    levels: array(o.levels, `${path}.levels`).map((l, i) => {
      const lp = `${path}.levels[${i}]`;
      const lo = fields(l, lp, ['delay', 'targets']);
      return ackchain.EscalationLevel.create({
        delayMs: parseDuration(lo.delay, `${lp}.delay`),
        targets: array(lo.targets, `${lp}.targets`).map((t, j) => {
          const tp = `${lp}.targets[${j}]`;
          const to = fields(t, tp, ['member', 'schedule']);
          if ((to.member === undefined) === (to.schedule === undefined)) fail(tp, 'give "member" or "schedule"');
          return to.member !== undefined ? { member: member(to.member, `${tp}.member`, lookup) } : { schedule: string(to.schedule, `${tp}.schedule`) };
        }),
      });
    }),
    repeats: o.repeats === undefined ? 0 : uint(o.repeats, `${path}.repeats`),
    ackTimeoutMs: o.ack_timeout === undefined ? 0 : parseDuration(o.ack_timeout, `${path}.ack_timeout`),
  });
}

/** A document's schedules and policy (either may be absent), from parsed JSON. */
export function parseOnCallJson(value: unknown, lookup: MemberLookup, path = ''): OnCallDoc {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const o = fields(value, path, ['team', 'schedules', 'policy']);
  return {
    ...(o.team !== undefined ? { team: string(o.team, at('team')) } : {}),
    schedules: array(o.schedules, at('schedules')).map((s, i) => parseSchedule(s, at(`schedules[${i}]`), lookup)),
    ...(o.policy !== undefined ? { policy: parsePolicy(o.policy, at('policy'), lookup) } : {}),
  };
}

/** YAML (a superset of JSON) text -> the document's value, or a FieldError at the root. */
export function parseOnCallText(text: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    return fail('(document)', `not YAML or JSON: ${(e as Error).message}`);
  }
}

/** Looks members up by handle or hex account in a roster. */
export function rosterLookup(members: readonly { account?: Uint8Array | null; handle?: string | null }[]): MemberLookup {
  return (name) => {
    const byHandle = members.find((m) => m.handle === name);
    if (byHandle?.account) return byHandle.account;
    if (!/^[0-9a-f]{64}$/.test(name)) return undefined;
    const account = fromHex(name, 32);
    return members.some((m) => m.account && toHex(m.account) === name) ? account : undefined;
  };
}

/** The JSON form of a schedule and a policy, as parseOnCallJson reads it (accounts as hex, times and durations in ms). */
export function scheduleToJson(s: ackchain.SetSchedule.$Properties): Json {
  return {
    name: s.name, time_zone: s.timeZone,
    layers: (s.layers ?? []).map((l) => ({
      name: l.name ?? '', participants: (l.participants ?? []).map(toHex), start: l.startMs ?? 0,
      ...(l.endMs ? { end: l.endMs } : {}),
      turn_length: l.turnLengthDays ? l.turnLengthDays * DAY : l.turnLengthMs ?? 0,
      restrictions: (l.restrictions ?? []).map((r) => {
        const start = `${String(Math.floor((r.startMinute ?? 0) / 60)).padStart(2, '0')}:${String((r.startMinute ?? 0) % 60).padStart(2, '0')}`;
        const duration = (r.durationMinutes ?? 0) * UNITS.m;
        return r.kind === ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY
          ? { weekly: { start_day: DAYS[(r.startDayOfWeek ?? 1) - 1], start, duration } }
          : { daily: { start, duration } };
      }),
    })),
  };
}

export function policyToJson(p: ackchain.EscalationPolicy.$Properties): Json {
  return {
    levels: (p.levels ?? []).map((l) => ({
      delay: l.delayMs ?? 0, targets: (l.targets ?? []).map((t) => (t.member ? { member: toHex(t.member) } : { schedule: t.schedule ?? '' })),
    })),
    repeats: p.repeats ?? 0, ...(p.ackTimeoutMs ? { ack_timeout: p.ackTimeoutMs } : {}),
  };
}
