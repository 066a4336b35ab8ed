// A team's schedules as records: setting and removing them, overrides, and who is on call in one
// at a block time. The rotation arithmetic itself is in schedule.ts, a pure function.
import { toHex } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import { MAX_TIME_MS } from '../chain/tz/civil.ts';
import { getZone, type Zone } from '../chain/tz/index.ts';
import type { BlockContext, TxContext } from './context.ts';
import { invariant } from './errors.ts';
import { getPolicy, policyUsesSchedule } from './policies.ts';
import { stateKeys } from './keys.ts';
import type { Overlay, StateReader } from './overlay.ts';
import { onCallAt, SCHEDULE_LIMITS, shifts, validateSchedule, type Shift } from './schedule.ts';
import { putTeam, requireAdmin, requireTeam, standingIn } from './teams.ts';

export const MAX_SCHEDULES_PER_TEAM = 10;
const SCHEDULE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

export async function getSchedule(state: StateReader, team: string, name: string): Promise<ackchain.Schedule | undefined> {
  const bytes = await state.getState(stateKeys.schedule(team, name));
  return bytes === undefined ? undefined : decode.schedule(bytes);
}

async function requireSchedule(state: StateReader, team: string, name: string): Promise<ackchain.Schedule> {
  const schedule = await getSchedule(state, team, name);
  if (schedule === undefined) reject('notFound', `team "${team}" has no schedule "${name}"`);
  return schedule;
}

/** The zone of a stored schedule: it was checked when the schedule was set, and the database is pinned. */
export function scheduleZone(schedule: ackchain.Schedule): Zone {
  const zone = getZone(schedule.timeZone);
  invariant(zone !== undefined, `schedule "${schedule.name}" of team "${schedule.team}" is in time zone "${schedule.timeZone}", which the pinned database does not know`);
  return zone;
}

/**
 * Who is on call in the team's schedule at `atMs`, if anybody. A schedule an older policy version
 * named may have been removed since (only the version in force protects its schedules): then nobody.
 */
export async function onCallNow(state: StateReader, team: string, name: string, atMs: number): Promise<Uint8Array | undefined> {
  const schedule = await getSchedule(state, team, name);
  return schedule === undefined ? undefined : onCallAt(schedule, scheduleZone(schedule), atMs)?.account;
}

/** Who is on call in a schedule at the context's block time, resolved once per context. */
export async function onCallCached(ctx: BlockContext, team: string, schedule: string): Promise<Uint8Array | undefined> {
  const key = `${team}/${schedule}`;
  const cache = ctx.stepCache.onCall;
  if (!cache.has(key)) cache.set(key, await onCallNow(ctx.state, team, schedule, ctx.block.timeMs));
  return cache.get(key);
}

function putSchedule(state: Overlay, schedule: ackchain.Schedule): void {
  state.set(stateKeys.schedule(schedule.team, schedule.name), encode.schedule(schedule));
}

export async function setSchedule(ctx: TxContext, p: ackchain.SetSchedule): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  if (!SCHEDULE_NAME.test(p.name)) reject('invalidArgument', 'a schedule name is a slug: lowercase letters, digits and inner dashes, at most 32 characters');
  const existing = await getSchedule(ctx.state, team.id, p.name);
  if (existing === undefined && team.schedules.length >= MAX_SCHEDULES_PER_TEAM) {
    reject('invalidState', `team "${team.id}" has ${MAX_SCHEDULES_PER_TEAM} schedules, the most it may have`);
  }
  const schedule = ackchain.Schedule.create({
    team: team.id, name: p.name, timeZone: p.timeZone, layers: p.layers, overrides: existing?.overrides ?? [], nextOverrideId: existing?.nextOverrideId ?? 0,
  });
  const zone = getZone(p.timeZone);
  if (zone === undefined) reject('invalidArgument', `unknown time zone "${p.timeZone}" (an IANA name such as Europe/Berlin)`);
  const problem = validateSchedule(schedule, zone);
  if (problem !== undefined) reject('invalidArgument', problem);
  for (const layer of schedule.layers as ackchain.ScheduleLayer[]) {
    for (const account of layer.participants) {
      if (standingIn(team, account).kind !== 'member') reject('invalidArgument', `layer "${layer.name}": ${toHex(account)} is not a member of team "${team.id}"`);
    }
  }
  putSchedule(ctx.state, schedule);
  if (existing === undefined) {
    team.schedules = [...team.schedules, p.name].sort();
    putTeam(ctx.state, team);
  }
  ctx.emit('team.schedule_set', { team: team.id, schedule: p.name, layers: schedule.layers.length });
}

export async function removeSchedule(ctx: TxContext, p: ackchain.RemoveSchedule): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  await requireSchedule(ctx.state, team.id, p.name);
  const policy = team.policyVersion === 0 ? undefined : await getPolicy(ctx.state, team.id, team.policyVersion);
  if (policy !== undefined && policyUsesSchedule(policy, p.name)) reject('invalidState', `the escalation policy of team "${team.id}" names schedule "${p.name}": change the policy first`);
  ctx.state.delete(stateKeys.schedule(team.id, p.name));
  team.schedules = team.schedules.filter((s) => s !== p.name);
  putTeam(ctx.state, team);
  ctx.emit('team.schedule_removed', { team: team.id, schedule: p.name });
}

export async function addOverride(ctx: TxContext, p: ackchain.AddOverride): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const schedule = await requireSchedule(ctx.state, team.id, p.schedule);
  const now = ctx.block.timeMs;
  if (standingIn(team, p.account).kind !== 'member') reject('invalidArgument', `${toHex(p.account)} is not a member of team "${team.id}"`);
  if (p.toMs <= p.fromMs || p.toMs <= now) reject('invalidArgument', 'an override ends after it starts and after the block time');
  if (p.toMs > MAX_TIME_MS) reject('invalidArgument', `an override ends by ${MAX_TIME_MS} (the year 275760)`);
  // Overrides that are over no longer decide anything: they make room.
  schedule.overrides = (schedule.overrides as ackchain.ScheduleOverride[]).filter((o) => o.toMs > now);
  if (schedule.overrides.length >= SCHEDULE_LIMITS.overrides) reject('invalidState', `schedule "${schedule.name}" has ${SCHEDULE_LIMITS.overrides} overrides to come, the most it may have`);
  schedule.nextOverrideId += 1;
  schedule.overrides.push(ackchain.ScheduleOverride.create({ id: schedule.nextOverrideId, account: p.account, fromMs: p.fromMs, toMs: p.toMs }));
  putSchedule(ctx.state, schedule);
  ctx.emit('team.override_added', { team: team.id, schedule: schedule.name, id: schedule.nextOverrideId, account: toHex(p.account), from_ms: p.fromMs, to_ms: p.toMs });
}

export async function removeOverride(ctx: TxContext, p: ackchain.RemoveOverride): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const schedule = await requireSchedule(ctx.state, team.id, p.schedule);
  const index = schedule.overrides.findIndex((o) => o.id === p.id);
  if (index < 0) reject('notFound', `schedule "${schedule.name}" has no override ${p.id}`);
  schedule.overrides.splice(index, 1);
  putSchedule(ctx.state, schedule);
  ctx.emit('team.override_removed', { team: team.id, schedule: schedule.name, id: p.id });
}

/** How far ahead `whoIsOnCall` looks for the next shift. */
export const NEXT_SHIFT_LOOKAHEAD_MS = 31 * 24 * 3600_000;

export interface OnCallNow {
  schedule: ackchain.Schedule;
  /** The shift in progress at the time asked (its start is that time: shifts are clipped to the range). */
  current?: Shift;
  /** The shift after it, within NEXT_SHIFT_LOOKAHEAD_MS. */
  next?: Shift;
}

/** Who is on call now and next in each of the team's schedules (or the one named), as a pure function of state. */
export async function whoIsOnCall(state: StateReader, team: ackchain.Team, atMs: number, name?: string): Promise<OnCallNow[]> {
  const names = name === undefined ? team.schedules : [name];
  const answers: OnCallNow[] = [];
  for (const scheduleName of names) {
    const schedule = await requireSchedule(state, team.id, scheduleName);
    const { shifts: upcoming } = shifts(schedule, scheduleZone(schedule), atMs, atMs + NEXT_SHIFT_LOOKAHEAD_MS, 2);
    const current = upcoming[0]?.startMs === atMs ? upcoming[0] : undefined;
    const next = current === undefined ? upcoming[0] : upcoming[1];
    answers.push({ schedule, ...(current ? { current } : {}), ...(next ? { next } : {}) });
  }
  return answers;
}

/** The shifts of one of the team's schedules in [fromMs, toMs). */
export async function scheduleShifts(state: StateReader, team: string, name: string, fromMs: number, toMs: number, maxShifts: number) {
  const schedule = await requireSchedule(state, team, name);
  return { schedule, ...shifts(schedule, scheduleZone(schedule), fromMs, toMs, maxShifts) };
}
