// Printing results: JSON with --json, otherwise lines a person reads.
import { getZone } from '../chain/tz/index.ts';

export interface OutputOptions { json?: boolean }

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function formatTime(ms: number | null | undefined): string {
  return ms ? new Date(ms).toISOString() : '-';
}

/** A duration a person reads at a glance: 420 ms, 4.2 s, 3 min 5 s, 2 h 10 min. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`; // floored, so never "60.0 s"
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.floor(ms / 1000) % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function shortHex(hex: string | null | undefined): string {
  return hex ? `${hex.slice(0, 8)}…` : '-';
}

/** Aligns rows of cells into columns, with no spaces at the ends of lines (for rows whose last cells are empty). */
export function tableTrimmed(rows: string[][]): string {
  return table(rows).split('\n').map((line) => line.trimEnd()).join('\n');
}

/** Aligns rows of cells into columns. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((widest, r) => Math.max(widest, (r[i] ?? '').length), 0));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}

const SPAN_UNITS: [string, number][] = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

/** A duration in the syntax the on-call files and options take: 5m, 1h30m, 7d, 90s, 0s. */
export function formatSpan(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '-';
  if (ms === 0) return '0s';
  let rest = Math.round(ms);
  let text = '';
  for (const [unit, size] of SPAN_UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as the clocks of an IANA time zone show it, with the offset in force:
 * "2026-11-23 09:00 +01:00" (seconds shown only when not zero); "UTC" gives "2026-11-23 08:00 UTC".
 * A zone the pinned database does not know falls back to UTC.
 */
export function formatZoned(ms: number | null | undefined, timeZone: string): string {
  if (ms === null || ms === undefined) return '-';
  const zone = timeZone === 'UTC' ? undefined : getZone(timeZone);
  const offsetSeconds = zone ? zone.offsetSecondsAt(ms) : 0;
  const wall = new Date(ms + offsetSeconds * 1000);
  const seconds = wall.getUTCSeconds() !== 0 || wall.getUTCMilliseconds() !== 0 ? `:${pad2(wall.getUTCSeconds())}` : '';
  const text = `${wall.getUTCFullYear()}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())} ${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}${seconds}`;
  if (!zone) return `${text} UTC`;
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  return `${text} ${sign}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor(abs / 60) % 60)}`;
}

/** A ratio as a percentage with one decimal, "-" when there is none. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '-';
  // Floored (99.96% is not 100%), with room for binary fractions: 57/200 is 28.5%, not 28.4%.
  return `${(Math.floor(ratio * 1000 + 1e-9) / 10).toFixed(1)}%`;
}
