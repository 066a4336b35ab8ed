// JSON-RPC methods of the on-call application: who is on call, policies and schedules, devices,
// OLAs and their compliance, and the audit of acknowledgments. All read committed state through
// NodeApi; every list is bounded (a page, a period, or a state limit).
import { toHex } from '../chain/bytes.ts';
import type { ackchain } from '../chain/codec.ts';
import { MAX_TIME_MS } from '../chain/tz/civil.ts';
import type { NodeApi } from '../node/api.ts';
import { NEXT_SHIFT_LOOKAHEAD_MS } from '../state/oncall.ts';
import { MAX_REPORT_ALERTS } from '../state/reports.ts';
import { echo, invalidParams, notFound } from './errors.ts';
import type { Method } from './methods.ts';
import { findTeam } from './find.ts';
import type { Params } from './params.ts';
import { ackView, deviceView, handleLookup, olaView, onCallView, policyView, reportView, scheduleView, shiftView } from './oncall-views.ts';

const DAY = 24 * 3600_000;
/** The longest range oncall_list answers: a quarter, as on-call tools show. */
export const MAX_SHIFT_RANGE_MS = 93 * DAY;
export const MAX_SHIFTS = 2000;
/** The longest period a report covers in one call; MAX_REPORT_ALERTS bounds it too. */
export const MAX_REPORT_PERIOD_MS = 366 * DAY;
const ACK_CURSOR_BYTES = 20;

function scheduleOf(team: ackchain.Team, name: string): string {
  if (!team.schedules.includes(name)) throw notFound(`team "${team.id}" has no schedule "${echo(name)}"`);
  return name;
}

/**
 * A range from "from_ms" (inclusive) to "to_ms" (exclusive), at most `maxMs` long. Either may be
 * left out: the range is then `lengthMs` long, starting at `defaultFromMs` when both are.
 */
function range(p: Params, defaultFromMs: number, lengthMs: number, maxMs: number): { fromMs: number; toMs: number } {
  const from = p.uint('from_ms', true);
  const to = p.uint('to_ms', true);
  const fromMs = from ?? (to !== undefined ? Math.max(0, to - lengthMs) : defaultFromMs);
  const toMs = to ?? fromMs + lengthMs;
  if (toMs <= fromMs) throw invalidParams('"to_ms" must be after "from_ms"');
  if (toMs > MAX_TIME_MS) throw invalidParams(`times are at most ${MAX_TIME_MS} ms (the year 275760)`);
  if (toMs - fromMs > maxMs) throw invalidParams(`the range is at most ${maxMs / DAY} days`);
  return { fromMs, toMs };
}

/** A report's period: the last 30 days unless given. */
const reportPeriod = (p: Params, nowMs: number) => range(p, Math.max(0, nowMs + 1 - 30 * DAY), 30 * DAY, MAX_REPORT_PERIOD_MS);

async function findOla(node: NodeApi, id: number): Promise<ackchain.Ola> {
  const ola = await node.getOla(id);
  if (ola === undefined) throw notFound(`no OLA ${id}`);
  return ola;
}

export function oncallMethods(node: NodeApi): Record<string, Method> {
  return {
    async oncall_get(p) {
      const team = await findTeam(node, p.team('team'));
      const at = p.uint('at_ms', true) ?? node.now();
      if (at > MAX_TIME_MS - NEXT_SHIFT_LOOKAHEAD_MS) throw invalidParams(`"at_ms" is at most ${MAX_TIME_MS - NEXT_SHIFT_LOOKAHEAD_MS}`);
      const name = p.string('schedule', true);
      p.done();
      if (name !== undefined) scheduleOf(team, name);
      const answers = await node.onCall(team, at, name);
      return { team: team.id, at_ms: at, schedules: answers.map((a) => onCallView(a, handleLookup(team))) };
    },

    async oncall_list(p) {
      const team = await findTeam(node, p.team('team'));
      const name = scheduleOf(team, p.string('schedule'));
      const span = range(p, node.now(), 7 * DAY, MAX_SHIFT_RANGE_MS);
      p.done();
      const { shifts, truncated } = await node.shifts(team.id, name, span.fromMs, span.toMs, MAX_SHIFTS);
      return { team: team.id, schedule: name, from_ms: span.fromMs, to_ms: span.toMs, shifts: shifts.map((s) => shiftView(s, handleLookup(team))), truncated };
    },

    async policy_get(p) {
      const team = await findTeam(node, p.team('team'));
      const version = p.uint('version', true) ?? team.policyVersion;
      p.done();
      const policy = version === 0 ? undefined : await node.getPolicy(team.id, version);
      if (policy === undefined) throw notFound(version === 0 ? `team "${team.id}" has no escalation policy` : `team "${team.id}" has no policy version ${version}`);
      return policyView(team.id, version, policy, handleLookup(team));
    },

    async schedule_get(p) {
      const team = await findTeam(node, p.team('team'));
      const name = scheduleOf(team, p.string('name'));
      p.done();
      return scheduleView((await node.getSchedule(team.id, name))!, handleLookup(team));
    },

    async device_list(p) {
      const owner = p.hex('owner', 32);
      p.done();
      const now = node.now();
      return { owner: toHex(owner), devices: (await node.devicesOf(owner)).map((d) => deviceView(d, now)) };
    },

    async device_get(p) {
      const key = p.hex('key', 32);
      p.done();
      const device = await node.getDevice(key);
      if (device === undefined) throw notFound(`no device ${toHex(key)}`);
      return deviceView(device, node.now());
    },

    async ola_get(p) {
      const id = p.uint('id');
      p.done();
      return olaView(await findOla(node, id));
    },

    async ola_list(p) {
      const team = p.team('team', true);
      const cursor = p.uint('cursor', true);
      const limit = p.intIn('limit', 1, 500, 100);
      p.done();
      if (team !== undefined) await findTeam(node, team);
      const page = await node.listOlas({ ...(team !== undefined ? { team } : {}), ...(cursor !== undefined ? { after: cursor } : {}), limit });
      return { olas: page.olas.map(olaView), next_cursor: page.next ?? null };
    },

    async ola_compliance(p) {
      const ola = await findOla(node, p.uint('id'));
      const span = reportPeriod(p, node.now());
      p.done();
      const report = await node.olaCompliance(ola.id, span);
      return reportView(report, span, { ola: ola.id, provider: ola.provider, consumer: ola.consumer, max_alerts: MAX_REPORT_ALERTS });
    },

    async audit_analytics(p) {
      const team = await findTeam(node, p.team('team'));
      const span = reportPeriod(p, node.now());
      p.done();
      return reportView(await node.teamAnalytics(team.id, span), span, { team: team.id, max_alerts: MAX_REPORT_ALERTS });
    },

    async audit_acks(p) {
      const team = p.team('team', true);
      const actor = p.hex('actor', 32, true);
      const cursor = p.hex('cursor', ACK_CURSOR_BYTES, true);
      const limit = p.intIn('limit', 1, 500, 100);
      const from = p.uint('from_ms', true) ?? 0;
      const to = p.uint('to_ms', true) ?? node.now() + 1;
      p.done();
      if (to <= from) throw invalidParams('"to_ms" must be after "from_ms"');
      if (team !== undefined) await findTeam(node, team);
      const page = await node.auditAcks({
        fromMs: from, toMs: to, limit, ...(team !== undefined ? { team } : {}), ...(actor ? { actor } : {}), ...(cursor ? { after: cursor } : {}),
      });
      return { acks: page.acks.map(ackView), next_cursor: page.next === undefined ? null : toHex(page.next) };
    },
  };
}
