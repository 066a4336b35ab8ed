// Integer calendar arithmetic on the proleptic Gregorian calendar, for the time zone code and the
// schedule resolver. Consensus-critical: no Date, no Intl, no floating-point results.
//
// A "day number" counts days since 1970-01-01 (negative before it). Howard Hinnant's
// days-from-civil and civil-from-days algorithms map it to and from (year, month, day) exactly.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_WEEK = 7 * MS_PER_DAY;

/** ⌊a / b⌋ for safe integers and b > 0, with no rounding anywhere: `%` is exact, and so is
 * dividing the exact multiple a - r by b. */
export function floorDiv(a: number, b: number): number {
  const r = a % b;
  const q = (a - r) / b;
  return r < 0 ? q - 1 : q;
}

/** a mod b in [0, b) for safe integers and b > 0 (never -0, which deepStrictEqual tells from 0). */
export function floorMod(a: number, b: number): number {
  const r = a % b;
  if (r < 0) return r + b;
  return r === 0 ? 0 : r;
}

export interface CivilDate { year: number; month: number /* 1-12 */; day: number /* 1-31 */ }

function isLeapYear(year: number): boolean {
  return floorMod(year, 4) === 0 && (floorMod(year, 100) !== 0 || floorMod(year, 400) === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** The day number of a date (its fields must be valid: see daysInMonth). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years start on 1 March, so that the leap day is the last day of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400; // 0-399
  const dayOfYear = floorDiv(153 * (month > 2 ? month - 3 : month + 9) + 2, 5) + day - 1; // 0-365
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear; // 0-146096
  return era * 146_097 + dayOfEra - 719_468; // 719468: days from 0000-03-01 to 1970-01-01
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = floorDiv(z, 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floorDiv(dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36_524) - floorDiv(dayOfEra, 146_096), 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const monthFromMarch = floorDiv(5 * dayOfYear + 2, 153); // 0 = March ... 11 = February
  const day = dayOfYear - floorDiv(153 * monthFromMarch + 2, 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO 8601 day of the week of a day number: 1 Monday ... 7 Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(days: number): number {
  return floorMod(days + 3, 7) + 1;
}

/** The instants handled here: integer milliseconds within ±8.64e15 of 1970 (the range of Date,
 * ±275,760 years), so that a wall time, or one a year of turns or a week away, is still a safe
 * integer (2^53 - 1 ≈ 9.007e15). */
export const MAX_TIME_MS = 8_640_000_000_000_000;

export function checkTime(ms: number, what: string): void {
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > MAX_TIME_MS) {
    throw new RangeError(`${what} must be integer milliseconds within ±${MAX_TIME_MS}, got ${ms}`);
  }
}
