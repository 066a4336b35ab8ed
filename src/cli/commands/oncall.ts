// ackchain oncall show|list, and the option parsers the on-call commands share: instants
// (ISO 8601 with an offset, or milliseconds), durations (5m, 1h30m, 7d, or milliseconds) and a
// team's roster (handles to accounts).
import { Command, InvalidArgumentError } from 'commander';
import { fromHex } from '../../chain/bytes.ts';
import { parseDuration, parseInstant, rosterLookup, type MemberLookup } from '../../chain/oncall-doc.ts';
import { FieldError } from '../../chain/json-fields.ts';
import { action, rpcCommand } from '../common.ts';
import { formatZoned, printJson, tableTrimmed } from '../output.ts';
import { RpcClient } from '../rpc-client.ts';

/** The text of a FieldError without the path the option parser gave it (commander names the option). */
function reasonOf(e: unknown): string {
  return e instanceof FieldError ? e.reason : (e as Error).message;
}

/** An instant option: ISO 8601 with "Z" or an offset, or milliseconds since the epoch. */
export function instantArg(value: string): number {
  try {
    return parseInstant(/^\d+$/.test(value) ? Number(value) : value, 'value');
  } catch (e) {
    throw new InvalidArgumentError(reasonOf(e));
  }
}

/** A duration option: 90s, 5m, 1h30m, 7d, or milliseconds. */
export function durationArg(value: string): number {
  try {
    const ms = parseDuration(/^\d+$/.test(value) ? Number(value) : value, 'value');
    if (ms === 0) throw new Error('must be longer than 0');
    return ms;
  } catch (e) {
    throw new InvalidArgumentError(reasonOf(e));
  }
}

/** A positive whole number option (an id, a version, a limit). */
export function countArg(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) === 0) throw new InvalidArgumentError('must be a positive whole number');
  return Number(value);
}

/** `--until` or `--for` (from now), exactly one of them; `what` names them in the error. */
export function untilOrFor(o: { until?: number; for?: number }, names: [string, string], fallbackMs?: number): number {
  if (o.until !== undefined && o.for !== undefined) throw new Error(`give ${names[0]} or ${names[1]}, not both`);
  if (o.until !== undefined) return o.until;
  const ms = o.for ?? fallbackMs;
  if (ms === undefined) throw new Error(`give ${names[0]} (an instant) or ${names[1]} (a duration from now)`);
  return Date.now() + ms;
}

export interface MemberJson { account: string; handle: string; role: string }
export interface TeamJson {
  id: string; name: string; alerts_opened: number;
  policy_version?: number | null; schedules?: string[];
  maintenance_windows?: { id: number; from_ms: number; to_ms: number; reason: string }[];
  members: MemberJson[];
  integrations: { account: string; name: string }[];
  /** Each policy slot's contract: an address, or "default". */
  contracts?: Record<string, string>;
}

/** A team's roster: handles and accounts, as the on-call files and --member name people. */
export function teamLookup(team: TeamJson): MemberLookup {
  return rosterLookup(team.members.map((m) => ({ account: fromHex(m.account, 32), handle: m.handle })));
}

/** How a person is shown: the handle, else a short account. */
export function personLabel(p: { account: string; handle: string | null }): string {
  return p.handle || `${p.account.slice(0, 8)}…`;
}

export interface ShiftJson { account: string; handle: string | null; start_ms: number; end_ms: number; source: 'layer' | 'override'; layer?: number; override_id?: number }
export interface ScheduleJson {
  team: string; name: string; time_zone: string;
  layers: { name: string; participants: { account: string; handle: string | null }[]; start_ms: number; end_ms: number | null;
    turn_length_ms: number | null; turn_length_days: number | null;
    restrictions: { kind: string; start_day_of_week?: number; start_minute: number; duration_minutes: number }[] }[];
  overrides: { id: number; account: string; handle: string | null; from_ms: number; to_ms: number }[];
}

/** Where a shift comes from: "layer 1 (weekly)" or "override 3". */
function sourceLabel(s: ShiftJson, schedule: ScheduleJson | undefined): string {
  if (s.source === 'override') return `override ${s.override_id}`;
  const name = schedule?.layers[s.layer ?? 0]?.name;
  return `layer ${(s.layer ?? 0) + 1}${name ? ` (${name})` : ''}`;
}

/** Two rows for a shift: its times in the schedule's zone, then in UTC under them. */
function shiftRows(first: string[], second: string[], s: ShiftJson | null, timeZone: string, schedule: ScheduleJson | undefined, startUnknown = false): string[][] {
  if (s === null) return [[...first, 'nobody', '-', '-', '']];
  const before = startUnknown ? '<= ' : '';
  const rows = [[...first, personLabel(s), before + formatZoned(s.start_ms, timeZone), formatZoned(s.end_ms, timeZone), sourceLabel(s, schedule)]];
  // The same times in UTC under them, unless the schedule's zone is UTC.
  if (timeZone !== 'UTC') rows.push([...second, '', before + formatZoned(s.start_ms, 'UTC'), formatZoned(s.end_ms, 'UTC'), '']);
  else if (second.some((c) => c !== '')) rows.push([...second, '', '', '', '']);
  return rows;
}

const DAY = 24 * 3600_000;

const sameOnCall = (a: ShiftJson, b: ShiftJson): boolean =>
  a.account === b.account && a.source === b.source && a.layer === b.layer && a.override_id === b.override_id;

/**
 * When the shift in progress at `atMs` began. oncall_get clips it to the time asked; the shifts
 * before it say when it really started: over the last 31 days, then the last 93 (the most
 * oncall_list answers). Not exact when it started before that: then the earliest time seen.
 */
async function shiftStart(rpc: RpcClient, team: string, schedule: string, atMs: number, current: ShiftJson): Promise<{ startMs: number; exact: boolean }> {
  let earliest = current.start_ms;
  for (const days of [31, 93]) {
    const fromMs = Math.max(0, atMs + 1 - days * DAY);
    const { shifts } = await rpc.call<{ shifts: ShiftJson[] }>('oncall_list', { team, schedule, from_ms: fromMs, to_ms: atMs + 1 });
    const last = shifts.at(-1);
    if (last === undefined || !sameOnCall(last, current) || last.end_ms !== atMs + 1) return { startMs: earliest, exact: true };
    if (last.start_ms > fromMs || fromMs === 0) return { startMs: last.start_ms, exact: true };
    earliest = last.start_ms;
  }
  return { startMs: earliest, exact: false };
}

async function schedules(rpc: RpcClient, team: string, names: string[]): Promise<Map<string, ScheduleJson>> {
  // One call at a time: RpcClient numbers every request 1, so answers to calls in flight together get mixed up.
  const found = new Map<string, ScheduleJson>();
  for (const name of names) found.set(name, await rpc.call<ScheduleJson>('schedule_get', { team, name }));
  return found;
}

interface OnCallJson {
  team: string; at_ms: number;
  schedules: { schedule: string; time_zone: string; on_call: ShiftJson | null; next: ShiftJson | null }[];
}

export function oncallCommand(): Command {
  const oncall = new Command('oncall').description('who is on call in a team\'s schedules');

  oncall.addCommand(rpcCommand('show', 'who is on call now (or --at), and who is next, in each schedule of a team')
    .requiredOption('--team <team>', 'the team')
    .option('--at <time>', 'the instant to ask about: ISO 8601 with an offset, or ms (default: now)', instantArg)
    .option('--schedule <name>', 'only this schedule')
    .action(action(async (o: { rpc: string; json?: boolean; team: string; at?: number; schedule?: string }) => {
      const rpc = new RpcClient(o.rpc);
      const answer = await rpc.call<OnCallJson>('oncall_get', {
        team: o.team, ...(o.at !== undefined ? { at_ms: o.at } : {}), ...(o.schedule !== undefined ? { schedule: o.schedule } : {}),
      });
      if (o.json) { printJson(answer); return; }
      const lines = [`${answer.team} on call at ${formatZoned(answer.at_ms, 'UTC')}`];
      if (answer.schedules.length === 0) {
        lines.push(`team ${answer.team} has no schedules (add one with: npx ackchain team set-schedule --team ${answer.team} FILE)`);
      } else {
        const defs = await schedules(rpc, answer.team, answer.schedules.map((s) => s.schedule));
        const starts: ({ startMs: number; exact: boolean } | undefined)[] = [];
        for (const s of answer.schedules) starts.push(s.on_call ? await shiftStart(rpc, answer.team, s.schedule, answer.at_ms, s.on_call) : undefined);
        const rows = [['SCHEDULE', '', 'WHO', 'FROM', 'UNTIL', 'SOURCE']];
        for (const [i, s] of answer.schedules.entries()) {
          // A shift that began more than 93 days ago shows the earliest time known, marked "<=".
          const start = starts[i];
          const current = s.on_call && start ? { ...s.on_call, start_ms: start.startMs } : s.on_call;
          rows.push(...shiftRows([s.schedule, 'now'], [`(${s.time_zone})`, ''], current, s.time_zone, defs.get(s.schedule), start !== undefined && !start.exact));
          rows.push(...shiftRows(['', 'next'], ['', ''], s.next, s.time_zone, defs.get(s.schedule)));
        }
        lines.push(tableTrimmed(rows));
      }
      process.stdout.write(lines.join('\n') + '\n');
    })));

  oncall.addCommand(rpcCommand('list', 'the shifts of a schedule over a period (default: the next 7 days)')
    .requiredOption('--team <team>', 'the team')
    .requiredOption('--schedule <name>', 'the schedule')
    .option('--from <time>', 'start: ISO 8601 with an offset, or ms (default: now)', instantArg)
    .option('--to <time>', 'end (exclusive): ISO 8601 with an offset, or ms (default: 7 days after the start; at most 93 days)', instantArg)
    .action(action(async (o: { rpc: string; json?: boolean; team: string; schedule: string; from?: number; to?: number }) => {
      const rpc = new RpcClient(o.rpc);
      const answer = await rpc.call<{ team: string; schedule: string; from_ms: number; to_ms: number; shifts: ShiftJson[]; truncated: boolean }>('oncall_list', {
        team: o.team, schedule: o.schedule, ...(o.from !== undefined ? { from_ms: o.from } : {}), ...(o.to !== undefined ? { to_ms: o.to } : {}),
      });
      if (o.json) { printJson(answer); return; }
      const def = (await schedules(rpc, answer.team, [answer.schedule])).get(answer.schedule)!;
      const zone = def.time_zone;
      const lines = [`${answer.team}/${answer.schedule} (${zone}) from ${formatZoned(answer.from_ms, zone)} until ${formatZoned(answer.to_ms, zone)}`];
      if (answer.shifts.length === 0) lines.push('nobody is on call in this period');
      else {
        const rows = [['WHO', 'FROM', 'UNTIL', 'FROM (UTC)', 'UNTIL (UTC)', 'SOURCE']];
        for (const s of answer.shifts) {
          rows.push([personLabel(s), formatZoned(s.start_ms, zone), formatZoned(s.end_ms, zone), formatZoned(s.start_ms, 'UTC'), formatZoned(s.end_ms, 'UTC'), sourceLabel(s, def)]);
        }
        lines.push(tableTrimmed(rows));
      }
      if (answer.truncated) lines.push(`(more shifts follow: ask again with --from ${answer.shifts.at(-1)?.end_ms ?? answer.to_ms})`);
      process.stdout.write(lines.join('\n') + '\n');
    })));

  return oncall;
}
