// The pinned IANA time zone database: schedules turn local wall times ("09:00 Europe/Berlin")
// into instants, and every validator must get the same instant whatever its host's ICU, Node
// version or /usr/share/zoneinfo. So this never asks the host (no Intl, no Date local-time
// methods): it reads tzdb-<version>.json, moment-timezone's packed data vendored by
// `npm run tzdb` (scripts/tzdb.ts), with integer arithmetic only. Changing that file changes
// consensus: a new tzdb version is a new file, taken into use deliberately.
//
// The data covers the whole history of each zone, and its rules up to 2499 (zones that still
// change to summer time have transitions until then). Before a zone's first transition its first
// offset (local mean time) holds; after the last one, the last offset holds forever (for a zone
// that still changes, whichever of its summer or winter offsets the data ends with).
//
// Wall time: the zone's clock reading as milliseconds since 1970-01-01T00:00 on that clock (a UTC
// instant plus the offset in force). Day arithmetic on wall times is exact: a wall day is always
// 86,400,000 ms, whatever daylight saving does to the instants.
import { readFileSync } from 'node:fs';
import { checkTime, civilFromDays, daysFromCivil, daysInMonth, dayOfWeek, floorDiv, MS_PER_DAY, MS_PER_MINUTE } from './civil.ts';
import { parsePackedDatabase, unpackZone, type ZoneData } from './packed.ts';

/** The vendored data (test/chain/tz.test.ts pins its hash). */
export const TZDB_FILE = new URL('./tzdb-2026f.json', import.meta.url);

const database = parsePackedDatabase(JSON.parse(readFileSync(TZDB_FILE, 'utf8')));

/** The IANA tzdb release the vendored data was built from, e.g. "2026f". */
export const TZDB_VERSION: string = database.version;

/** Offsets never reach a day (the extreme is Manila's local mean time before 1845, -15:56), so
 * every instant with a given wall time lies within a day of it; 2 days either way is ample. */
const SEARCH_MS = 2 * MS_PER_DAY;

/** One IANA zone. Its methods take integer milliseconds within ±8.64e15 (see checkTime). */
export class Zone {
  /** The name it was asked for: an alias keeps its own name. */
  readonly name: string;
  readonly #transitions: readonly number[];
  readonly #offsets: readonly number[];

  constructor(name: string, data: ZoneData) {
    this.name = name;
    this.#transitions = data.transitions;
    this.#offsets = data.offsets;
  }

  /** The offset in force at an instant, in seconds east of UTC (Berlin in winter: 3600). Seconds,
   * not minutes: some local mean times (Monrovia's -0:44:30, until 1972) are no whole minute. */
  offsetSecondsAt(utcMs: number): number {
    return this.#offsets[this.#periodAt(utcMs)];
  }

  /** The wall time at an instant. */
  wallTimeAt(utcMs: number): number {
    return utcMs + this.offsetSecondsAt(utcMs) * 1000;
  }

  /**
   * The instant of a wall time, disambiguated as Temporal's "compatible" does: a wall time that
   * happens twice (the hour repeated when clocks go back) gives the earlier instant; one that
   * never happens (the hour skipped when clocks go forward) is read with the offset in force
   * before the skip, so 02:30 on a spring-forward day in Berlin is 01:30 UTC, i.e. 03:30 CEST.
   */
  utcOfWallTime(wallMs: number): number {
    const transitions = this.#transitions;
    const first = this.#periodAt(wallMs - SEARCH_MS);
    const searchEnd = wallMs + SEARCH_MS;
    // The periods in which the wall time happens, earliest first.
    for (let i = first; i <= transitions.length && (i === first || transitions[i - 1] < searchEnd); i++) {
      const utc = wallMs - this.#offsets[i] * 1000;
      if ((i === 0 || transitions[i - 1] <= utc) && (i === transitions.length || utc < transitions[i])) return utc;
    }
    // It never happens: find the transition that skips it (before it the wall time is still to
    // come, after it the wall time is already past).
    for (let i = first; i < transitions.length && transitions[i] < searchEnd; i++) {
      const before = wallMs - this.#offsets[i] * 1000;
      if (before >= transitions[i] && wallMs - this.#offsets[i + 1] * 1000 < transitions[i]) return before;
    }
    throw new Error(`time zone ${this.name}: no instant for wall time ${wallMs} (inconsistent data)`);
  }

  /** The period in force at an instant: how many transitions are at or before it. */
  #periodAt(utcMs: number): number {
    const transitions = this.#transitions;
    let lo = 0;
    let hi = transitions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (transitions[mid] <= utcMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const zonesByName = new Map<string, Zone>();
const dataByZone = new Map<string, ZoneData>();

/** The zone of an exact IANA name or alias ("Asia/Calcutta" is Asia/Kolkata), or undefined. */
export function getZone(name: string): Zone | undefined {
  const cached = zonesByName.get(name);
  if (cached !== undefined) return cached;
  const target = database.links.get(name) ?? name;
  const packed = database.zones.get(target);
  if (packed === undefined) return undefined;
  let data = dataByZone.get(target);
  if (data === undefined) {
    data = unpackZone(packed);
    dataByZone.set(target, data);
  }
  const zone = new Zone(name, data);
  zonesByName.set(name, zone);
  return zone;
}

/** A wall-clock reading in a zone. */
export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  dayOfWeek: number; // 1 Monday ... 7 Sunday
  minuteOfDay: number; // 0-1439
  msOfMinute: number; // 0-59999: offsets of whole seconds, instants of any millisecond
}

/** The instant at which a zone's clocks show a date and minute, disambiguated as
 * Zone.utcOfWallTime says (a skipped wall time moves forward, a repeated one is the earlier). */
export function localToUtc(zone: Zone, year: number, month: number, day: number, minuteOfDay: number): number {
  if (!Number.isSafeInteger(year)) throw new RangeError(`year ${year} out of range`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} out of range`);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`day ${day} out of range`);
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay >= 1440) throw new RangeError(`minute of day ${minuteOfDay} out of range`);
  const wall = daysFromCivil(year, month, day) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  checkTime(wall, 'the local time');
  return zone.utcOfWallTime(wall);
}

/** What a zone's clocks show at an instant. */
export function utcToLocal(zone: Zone, utcMs: number): LocalDateTime {
  checkTime(utcMs, 'utcMs');
  const wall = zone.wallTimeAt(utcMs);
  const days = floorDiv(wall, MS_PER_DAY);
  const msOfDay = wall - days * MS_PER_DAY;
  const minuteOfDay = floorDiv(msOfDay, MS_PER_MINUTE);
  return {
    ...civilFromDays(days),
    dayOfWeek: dayOfWeek(days),
    minuteOfDay,
    msOfMinute: msOfDay - minuteOfDay * MS_PER_MINUTE,
  };
}
