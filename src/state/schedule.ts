// Who is on call for a schedule: a pure function of the schedule, its time zone (the pinned tzdb
// of src/chain/tz) and an instant, in integer milliseconds. Consensus-critical (escalations page
// whoever this says), so: no clock, no Intl, no floating point, no order but the data's.
//
// Semantics (PagerDuty's, made exact):
// - A layer puts nobody on call before its startMs, at or after its endMs (when not 0), or at all
//   when it has no participants.
// - Turns: with turnLengthMs, turn k covers [startMs + k * len, startMs + (k + 1) * len), in
//   absolute time. With turnLengthDays, turn 0 starts at startMs and turn k at the wall time of day
//   of startMs on the local date k * days later (so a 09:00 hand-off stays at 09:00 local across
//   daylight-saving changes, and such a turn lasts 23 or 25 hours). Turn k is participants[k mod n].
//   A local hand-off time that does not exist that day, or happens twice, is read as
//   src/chain/tz says (Temporal's "compatible": the skipped hour moves forward, the repeated one
//   is the earlier); turn starts never go back, as no zone skips more than a day (Samoa skipped
//   exactly one in 2011, which made a day's turn empty).
// - Restrictions, in the schedule's zone: a daily window opens every local day at startMinute, a
//   weekly one every week on startDayOfWeek at startMinute; each closes at the local wall time
//   durationMinutes later (an 8-hour window is 7 or 9 real hours across a daylight-saving change;
//   a window that opens and closes in a skipped hour, or would close before it opens, is empty).
//   A layer with restrictions puts nobody on call outside all of its windows. Turns keep counting
//   through restricted time: who is on call inside a window is whoever's turn it is.
// - Layers: the last layer (highest index) that has somebody on call wins. Overrides win over
//   every layer, each over [fromMs, toMs); where overrides overlap, the higher id wins (of equal
//   ids, which validateSchedule refuses, the later in the list).
// - shifts() splits [fromMs, toMs) at every instant where the answer may change, and merges
//   neighbouring pieces with the same OnCall (the same account from the same layer or the same
//   override); time with nobody on call is left out.
// Instants are integer milliseconds within ±8.64e15 (see src/chain/tz/civil.ts checkTime).
import { equalBytes } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { checkTime, floorDiv, floorMod, MAX_TIME_MS, MS_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK } from '../chain/tz/civil.ts';
import { getZone, type Zone } from '../chain/tz/index.ts';

export const SCHEDULE_LIMITS = {
  layers: 10,
  participantsPerLayer: 50,
  restrictionsPerLayer: 14,
  overrides: 200,
  minTurnMs: 3_600_000,
  maxTurnDays: 365,
  layerNameLength: 64,
} as const;

const MAX_TURN_MS = SCHEDULE_LIMITS.maxTurnDays * MS_PER_DAY;
const ACCOUNT_LENGTH = 32;
const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Who is on call, and why. */
export interface OnCall {
  account: Uint8Array;
  source: 'override' | 'layer';
  /** The index of the layer, when source is 'layer'. */
  layer?: number;
  /** The id of the override, when source is 'override'. */
  overrideId?: number;
}

/** Somebody on call over [startMs, endMs). */
export type Shift = OnCall & { startMs: number; endMs: number };

/** The windows of one restriction: the j-th (any integer j) opens at wall time
 * firstWallMs + j * periodMs and closes durationMs of wall time later. */
interface Windows { firstWallMs: number; periodMs: number; durationMs: number }

/** A layer with its defaults filled in, and an OnCall for each participant. */
interface Layer {
  startMs: number;
  endMs: number; // 0: no end
  turnMs: number; // 0: turns of turnDays local days
  turnDays: number;
  restrictions: Windows[];
  onCall: OnCall[]; // one per participant, in turn order
}

interface Override { id: number; onCall: OnCall; fromMs: number; toMs: number }

/** An interval in which one OnCall holds. */
interface Segment { startMs: number; endMs: number; who: OnCall }

function readWindows(r: ackchain.Restriction.$Properties): Windows {
  const startMs = (r.startMinute ?? 0) * MS_PER_MINUTE;
  const durationMs = (r.durationMinutes ?? 0) * MS_PER_MINUTE;
  if (r.kind === ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY) {
    // Day 0, 1970-01-01, was a Thursday (4): the first window is on the first such weekday.
    const firstDay = floorMod((r.startDayOfWeek ?? 0) - 4, 7);
    return { firstWallMs: firstDay * MS_PER_DAY + startMs, periodMs: MS_PER_WEEK, durationMs };
  }
  return { firstWallMs: startMs, periodMs: MS_PER_DAY, durationMs };
}

function readLayer(layer: ackchain.ScheduleLayer.$Properties, index: number): Layer {
  const turnMs = layer.turnLengthMs ?? 0;
  const turnDays = layer.turnLengthDays ?? 0;
  // Without a turn length (validateSchedule refuses that) nobody is on call: turns of no time
  // would never end.
  const participants = turnMs > 0 || turnDays > 0 ? layer.participants ?? [] : [];
  return {
    startMs: layer.startMs ?? 0,
    endMs: layer.endMs ?? 0,
    turnMs,
    turnDays,
    restrictions: (layer.restrictions ?? []).map(readWindows),
    onCall: participants.map((account) => ({ account, source: 'layer', layer: index })),
  };
}

function readOverride(o: ackchain.ScheduleOverride.$Properties): Override {
  const id = o.id ?? 0;
  return { id, onCall: { account: o.account ?? new Uint8Array(), source: 'override', overrideId: id }, fromMs: o.fromMs ?? 0, toMs: o.toMs ?? 0 };
}

// --- One instant --------------------------------------------------------------------------------

/** When turn k of a layer starts. */
function turnStarts(layer: Layer, zone: Zone): (k: number) => number {
  if (layer.turnMs > 0) return (k) => layer.startMs + k * layer.turnMs;
  const startWall = zone.wallTimeAt(layer.startMs);
  const turnWallMs = layer.turnDays * MS_PER_DAY;
  // Only asked for k >= 1: turn 0 starts with the layer, at startMs (which may be the later of two
  // instants with its wall time, so startWall would give the earlier).
  return (k) => zone.utcOfWallTime(startWall + k * turnWallMs);
}

/** The turn in progress at an instant at or after the layer's start: the last one started by then. */
function turnAt(layer: Layer, zone: Zone, atMs: number): number {
  if (layer.turnMs > 0) return floorDiv(atMs - layer.startMs, layer.turnMs);
  const start = turnStarts(layer, zone);
  // Counting wall days gives the turn, or its neighbour when a daylight-saving change lies between.
  let k = Math.max(0, floorDiv(zone.wallTimeAt(atMs) - zone.wallTimeAt(layer.startMs), layer.turnDays * MS_PER_DAY));
  while (k > 0 && start(k) > atMs) k--;
  while (start(k + 1) <= atMs) k++;
  return k;
}

/** The instants at which the j-th window opens and closes (it is empty unless opens < closes). */
function windowInstants(w: Windows, zone: Zone, j: number): { opens: number; closes: number } {
  const wall = w.firstWallMs + j * w.periodMs;
  return { opens: zone.utcOfWallTime(wall), closes: zone.utcOfWallTime(wall + w.durationMs) };
}

/** The number of the last window whose wall opening time is at or before the instant's. */
function windowNumberAt(w: Windows, zone: Zone, atMs: number): number {
  return floorDiv(zone.wallTimeAt(atMs) - w.firstWallMs, w.periodMs);
}

function inWindow(w: Windows, zone: Zone, atMs: number): boolean {
  // Besides the window that opened last on the clock (j), the one before may still be open when
  // its close fell in a skipped hour and moved forward, and the one after may already be open
  // when it opens at a repeated wall time (its earlier reading comes before the instant's later).
  const j = windowNumberAt(w, zone, atMs);
  for (let i = j - 1; i <= j + 1; i++) {
    const { opens, closes } = windowInstants(w, zone, i);
    if (opens <= atMs && atMs < closes) return true;
  }
  return false;
}

/** The OnCall a layer has at an instant, if any. */
function layerAt(layer: Layer, zone: Zone, atMs: number): OnCall | undefined {
  if (layer.onCall.length === 0 || atMs < layer.startMs || (layer.endMs !== 0 && atMs >= layer.endMs)) return undefined;
  if (layer.restrictions.length > 0 && !layer.restrictions.some((w) => inWindow(w, zone, atMs))) return undefined;
  return layer.onCall[floorMod(turnAt(layer, zone, atMs), layer.onCall.length)];
}

function overrideAt(overrides: readonly Override[], atMs: number): Override | undefined {
  let winner: Override | undefined;
  for (const o of overrides) {
    if (o.fromMs <= atMs && atMs < o.toMs && (winner === undefined || o.id >= winner.id)) winner = o;
  }
  return winner;
}

/** Who is on call at an instant, or undefined when nobody is. O(layers + overrides + restrictions)
 * look-ups in the zone's data, each a binary search. */
export function onCallAt(schedule: ackchain.Schedule.$Properties, zone: Zone, atMs: number): OnCall | undefined {
  checkTime(atMs, 'atMs');
  const override = overrideAt((schedule.overrides ?? []).map(readOverride), atMs);
  if (override !== undefined) return { ...override.onCall };
  const layers = schedule.layers ?? [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const who = layerAt(readLayer(layers[i], i), zone, atMs);
    if (who !== undefined) return { ...who };
  }
  return undefined;
}

// --- A range ------------------------------------------------------------------------------------

/** Sorted, distinct. */
function sortedInstants(instants: number[]): number[] {
  const sorted = Float64Array.from(instants).sort(); // numeric order; safe integers are exact doubles
  const out: number[] = [];
  for (const t of sorted) if (out.length === 0 || out[out.length - 1] !== t) out.push(t);
  return out;
}

/** The turns of a layer over [lo, hi), which lies within the layer's active time. */
function turnsBetween(layer: Layer, zone: Zone, lo: number, hi: number): Segment[] {
  const start = turnStarts(layer, zone);
  const turns: Segment[] = [];
  for (let k = turnAt(layer, zone, lo), from = lo; from < hi; k++) {
    const to = Math.min(start(k + 1), hi);
    if (from < to) turns.push({ startMs: from, endMs: to, who: layer.onCall[floorMod(k, layer.onCall.length)] });
    from = to;
  }
  return turns;
}

/** The union of a layer's windows over [lo, hi), as sorted, disjoint intervals. */
function windowsBetween(restrictions: readonly Windows[], zone: Zone, lo: number, hi: number): { startMs: number; endMs: number }[] {
  const open: { startMs: number; endMs: number }[] = [];
  for (const w of restrictions) {
    // From the window before lo's (it may still be open: see inWindow) until one opens at hi or
    // later: opening instants never go back, as windows open a day or a week of wall time apart.
    for (let j = windowNumberAt(w, zone, lo) - 1; ; j++) {
      const { opens, closes } = windowInstants(w, zone, j);
      if (opens >= hi) break;
      const startMs = Math.max(opens, lo);
      const endMs = Math.min(closes, hi);
      if (startMs < endMs) open.push({ startMs, endMs });
    }
  }
  open.sort((a, b) => a.startMs - b.startMs);
  const union: { startMs: number; endMs: number }[] = [];
  for (const w of open) {
    const last = union[union.length - 1];
    if (last !== undefined && w.startMs <= last.endMs) last.endMs = Math.max(last.endMs, w.endMs);
    else union.push({ ...w });
  }
  return union;
}

/** Who a layer has on call over [fromMs, toMs), as sorted, disjoint segments. */
function layerSegments(layer: Layer, zone: Zone, fromMs: number, toMs: number): Segment[] {
  const lo = Math.max(fromMs, layer.startMs);
  const hi = layer.endMs === 0 ? toMs : Math.min(toMs, layer.endMs);
  if (layer.onCall.length === 0 || lo >= hi) return [];
  const turns = turnsBetween(layer, zone, lo, hi);
  if (layer.restrictions.length === 0) return turns;
  const windows = windowsBetween(layer.restrictions, zone, lo, hi);
  const segments: Segment[] = [];
  for (let t = 0, w = 0; t < turns.length && w < windows.length;) {
    const startMs = Math.max(turns[t].startMs, windows[w].startMs);
    const endMs = Math.min(turns[t].endMs, windows[w].endMs);
    if (startMs < endMs) segments.push({ startMs, endMs, who: turns[t].who });
    if (turns[t].endMs <= windows[w].endMs) t++;
    else w++;
  }
  return segments;
}

/** The winning override over [fromMs, toMs), as sorted, disjoint segments. */
function overrideSegments(overrides: readonly Override[], fromMs: number, toMs: number): Segment[] {
  const edges = sortedInstants([fromMs, toMs, ...overrides.flatMap((o) => [o.fromMs, o.toMs]).filter((t) => fromMs < t && t < toMs)]);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const winner = overrideAt(overrides, edges[i]);
    if (winner !== undefined) segments.push({ startMs: edges[i], endMs: edges[i + 1], who: winner.onCall });
  }
  return segments;
}

function sameOnCall(a: OnCall, b: OnCall): boolean {
  return a.source === b.source && a.layer === b.layer && a.overrideId === b.overrideId && equalBytes(a.account, b.account);
}

/**
 * Who is on call over [fromMs, toMs), in order: at most maxShifts shifts, and truncated when more
 * follow. Each layer's turns and windows and the overrides are laid out over the range, then
 * every interval between two of their edges goes to the first of them (overrides, then the last
 * layer ... the first) that covers it. The cost grows with the number of edges in the range, so
 * callers bound the range.
 */
export function shifts(schedule: ackchain.Schedule.$Properties, zone: Zone, fromMs: number, toMs: number, maxShifts: number):
  { shifts: Shift[]; truncated: boolean } {
  checkTime(fromMs, 'fromMs');
  checkTime(toMs, 'toMs');
  if (!Number.isSafeInteger(maxShifts) || maxShifts < 0) throw new RangeError(`maxShifts must be a non-negative integer, got ${maxShifts}`);
  const out: Shift[] = [];
  if (toMs <= fromMs) return { shifts: out, truncated: false };

  const layers = (schedule.layers ?? []).map(readLayer);
  // In order of precedence, each sorted and disjoint.
  const timelines = [
    overrideSegments((schedule.overrides ?? []).map(readOverride), fromMs, toMs),
    ...layers.map((layer) => layerSegments(layer, zone, fromMs, toMs)).reverse(),
  ];
  const edges = sortedInstants(timelines.flatMap((segments) => segments.flatMap((s) => [s.startMs, s.endMs])));
  const next = timelines.map(() => 0); // per timeline: its first segment that may still cover an edge
  for (let i = 0; i + 1 < edges.length; i++) {
    const startMs = edges[i];
    const endMs = edges[i + 1];
    const who = winnerAt(timelines, next, startMs);
    if (who === undefined) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.endMs === startMs && sameOnCall(last, who)) {
      last.endMs = endMs;
      continue;
    }
    if (out.length === maxShifts) return { shifts: out, truncated: true };
    out.push({ ...who, startMs, endMs });
  }
  return { shifts: out, truncated: false };
}

/** The first timeline's OnCall covering an instant; the instants asked for only grow, so each
 * timeline's cursor only moves forward. */
function winnerAt(timelines: readonly Segment[][], next: number[], atMs: number): OnCall | undefined {
  for (let t = 0; t < timelines.length; t++) {
    const segments = timelines[t];
    while (next[t] < segments.length && segments[next[t]].endMs <= atMs) next[t]++;
    const segment = segments[next[t]];
    if (segment !== undefined && segment.startMs <= atMs) return segment.who;
  }
  return undefined;
}

// --- Validation ---------------------------------------------------------------------------------

const isIntIn = (value: number | null | undefined, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function restrictionProblem(r: ackchain.Restriction.$Properties): string | undefined {
  if (!isIntIn(r.startMinute, 0, MINUTES_PER_DAY - 1)) return `start minute ${r.startMinute} is not 0-${MINUTES_PER_DAY - 1}`;
  switch (r.kind) {
    case ackchain.RestrictionKind.RESTRICTION_KIND_DAILY:
      if ((r.startDayOfWeek ?? 0) !== 0) return 'a daily restriction has no day of the week';
      if (!isIntIn(r.durationMinutes, 1, MINUTES_PER_DAY)) return `a daily restriction lasts 1-${MINUTES_PER_DAY} minutes, not ${r.durationMinutes}`;
      return undefined;
    case ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY:
      if (!isIntIn(r.startDayOfWeek, 1, 7)) return `day of the week ${r.startDayOfWeek} is not 1 (Monday) to 7 (Sunday)`;
      if (!isIntIn(r.durationMinutes, 1, MINUTES_PER_WEEK)) return `a weekly restriction lasts 1-${MINUTES_PER_WEEK} minutes, not ${r.durationMinutes}`;
      return undefined;
    default:
      return `restriction kind ${r.kind} is neither daily nor weekly`;
  }
}

function turnProblem(layer: ackchain.ScheduleLayer.$Properties): string | undefined {
  const turnMs = layer.turnLengthMs ?? 0;
  const turnDays = layer.turnLengthDays ?? 0;
  if ((turnMs === 0) === (turnDays === 0)) return 'exactly one of turn length in ms and turn length in days must be set';
  if (turnMs !== 0 && !isIntIn(turnMs, SCHEDULE_LIMITS.minTurnMs, MAX_TURN_MS)) {
    return `a turn lasts ${SCHEDULE_LIMITS.minTurnMs} ms (an hour) to ${MAX_TURN_MS} ms (${SCHEDULE_LIMITS.maxTurnDays} days), not ${turnMs}`;
  }
  if (turnDays !== 0 && !isIntIn(turnDays, 1, SCHEDULE_LIMITS.maxTurnDays)) return `a turn lasts 1 to ${SCHEDULE_LIMITS.maxTurnDays} days, not ${turnDays}`;
  return undefined;
}

function layerProblem(layer: ackchain.ScheduleLayer.$Properties): string | undefined {
  if ((layer.name ?? '').length > SCHEDULE_LIMITS.layerNameLength) return `name longer than ${SCHEDULE_LIMITS.layerNameLength} characters`;
  const participants = layer.participants ?? [];
  if (participants.length > SCHEDULE_LIMITS.participantsPerLayer) return `more than ${SCHEDULE_LIMITS.participantsPerLayer} participants`;
  for (const [i, account] of participants.entries()) {
    if (account.length !== ACCOUNT_LENGTH) return `participant ${i + 1} is ${account.length} bytes, not an account of ${ACCOUNT_LENGTH}`;
    if (participants.slice(0, i).some((earlier) => equalBytes(earlier, account))) return `participant ${i + 1} is already in the layer`;
  }
  const startMs = layer.startMs ?? 0;
  const endMs = layer.endMs ?? 0;
  if (!isIntIn(startMs, 0, MAX_TIME_MS)) return `start ${startMs} out of range`;
  if (endMs !== 0 && !isIntIn(endMs, startMs + 1, MAX_TIME_MS)) return `end ${endMs} is neither 0 (no end) nor after the start`;
  const turn = turnProblem(layer);
  if (turn !== undefined) return turn;
  const restrictions = layer.restrictions ?? [];
  if (restrictions.length > SCHEDULE_LIMITS.restrictionsPerLayer) return `more than ${SCHEDULE_LIMITS.restrictionsPerLayer} restrictions`;
  for (const [i, r] of restrictions.entries()) {
    const problem = restrictionProblem(r);
    if (problem !== undefined) return `restriction ${i + 1}: ${problem}`;
  }
  return undefined;
}

function overrideProblem(o: ackchain.ScheduleOverride.$Properties): string | undefined {
  if (!isIntIn(o.id, 1, Number.MAX_SAFE_INTEGER)) return 'no id';
  if ((o.account ?? new Uint8Array()).length !== ACCOUNT_LENGTH) return `account is not ${ACCOUNT_LENGTH} bytes`;
  if (!isIntIn(o.fromMs, 0, MAX_TIME_MS) || !isIntIn(o.toMs, (o.fromMs ?? 0) + 1, MAX_TIME_MS)) return `[${o.fromMs}, ${o.toMs}) is not a time range`;
  return undefined;
}

/**
 * Why a schedule may not be stored as it is, or undefined when it may: its zone is known (zone
 * defaults to its timeZone's), its layers and overrides keep SCHEDULE_LIMITS, and their fields are
 * in range. Whether participants and override accounts are members of the team is the caller's
 * to check.
 */
export function validateSchedule(schedule: ackchain.Schedule.$Properties, zone: Zone | undefined = getZone(schedule.timeZone ?? '')): string | undefined {
  if (zone === undefined) return `unknown time zone ${JSON.stringify(schedule.timeZone ?? '')} (an IANA name such as Europe/Berlin)`;
  const layers = schedule.layers ?? [];
  if (layers.length < 1 || layers.length > SCHEDULE_LIMITS.layers) return `a schedule has 1 to ${SCHEDULE_LIMITS.layers} layers, not ${layers.length}`;
  for (const [i, layer] of layers.entries()) {
    const problem = layerProblem(layer);
    if (problem !== undefined) return `layer ${i + 1}: ${problem}`;
  }
  const overrides = schedule.overrides ?? [];
  if (overrides.length > SCHEDULE_LIMITS.overrides) return `more than ${SCHEDULE_LIMITS.overrides} overrides`;
  const ids = new Set<number>();
  for (const o of overrides) {
    const problem = overrideProblem(o);
    if (problem !== undefined) return `override ${o.id ?? 0}: ${problem}`;
    if (ids.has(o.id as number)) return `override ${o.id}: its id is used twice`;
    ids.add(o.id as number);
  }
  return undefined;
}
