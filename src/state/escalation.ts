// Escalation: a team's policy (levels of targets with delays, repeats, an ack timeout), the steps
// an alert takes through it in block time, snooze, and maintenance windows. Each step notifies
// through an `alert.notify` event naming the engineers; delivering it is the node's business.
import { equalBytes, toHex } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import { alertId, appendHistory, CHAIN_ACTOR, type HistoryActor } from './alert-records.ts';
import type { BlockContext, TxContext } from './context.ts';
import { invariant } from './errors.ts';
import { onCallCached } from './oncall.ts';
import { getPolicy, POLICY_LIMITS } from './policies.ts';
import { decodeEscalateOutput, encodeEscalateInput } from './policy-abi.ts';
import { decideForDeadline, onCallAccounts, slotAddress } from './policy-calls.ts';
import { putTeam, requireAdmin, requireTeam } from './teams.ts';

const { AlertStatus } = ackchain;
const DAY = 24 * 60 * 60_000;

const ALL_TARGETS = 0xffff;

export const MAINTENANCE_LIMITS = { windows: 20, maxLengthMs: 31 * DAY, reason: 255 } as const;

/** The engineers a level notifies now (its targets in `mask`, all by default): its members still in the team, and whoever is on call in its schedules. */
async function levelTargets(ctx: BlockContext, team: ackchain.Team, level: ackchain.EscalationLevel, mask: number): Promise<ackchain.Member[]> {
  const found: ackchain.Member[] = [];
  const add = (account: Uint8Array | null | undefined): void => {
    const member = account && (team.members as ackchain.Member[]).find((m) => equalBytes(m.account, account));
    if (member && !found.some((m) => equalBytes(m.account, member.account))) found.push(member);
  };
  for (const [i, target] of level.targets.entries()) {
    if ((mask & (1 << i)) === 0) continue;
    if (target.member) add(target.member);
    else if (target.schedule) add(await onCallCached(ctx, team.id, target.schedule));
  }
  return found;
}

async function teamCached(ctx: BlockContext, id: string): Promise<ackchain.Team> {
  let team = ctx.stepCache.teams.get(id);
  if (team === undefined) ctx.stepCache.teams.set(id, team = await requireTeam(ctx.state, id));
  return team;
}

/** Emits the `alert.notify` of the alert's current level, for the targets in `mask`; returns the handles it names. */
async function notifyLevel(ctx: BlockContext, alert: ackchain.Alert, policy: ackchain.EscalationPolicy, mask = ALL_TARGETS): Promise<string[]> {
  const targets = await levelTargets(ctx, await teamCached(ctx, alert.team), levelAt(policy, alert.escalationLevel), mask);
  const handles = targets.map((m) => m.handle);
  ctx.emit('alert.notify', {
    alert: alertId(alert), team: alert.team, level: alert.escalationLevel + 1, round: alert.escalationRound + 1,
    accounts: targets.map((m) => toHex(m.account)).join(','), handles: handles.join(','),
  });
  return handles;
}

function levelAt(policy: ackchain.EscalationPolicy, index: number): ackchain.EscalationLevel {
  const level = policy.levels[index];
  invariant(level !== undefined, `an alert stands at level ${index + 1} of a policy with ${policy.levels.length} levels`);
  return level as ackchain.EscalationLevel;
}

/** When the alert escalates next, or 0 when the policy has no step left. */
function nextEscalation(alert: ackchain.Alert, policy: ackchain.EscalationPolicy, nowMs: number): number {
  const more = alert.escalationLevel + 1 < policy.levels.length || alert.escalationRound < policy.repeats;
  return more ? nowMs + levelAt(policy, alert.escalationLevel).delayMs : 0;
}

/** The policy version the alert follows (versions never change once set), decoded once per context. */
async function alertPolicy(ctx: BlockContext, alert: ackchain.Alert): Promise<ackchain.EscalationPolicy | undefined> {
  if (alert.policyVersion === 0) return undefined;
  const key = `${alert.team}/${alert.policyVersion}`;
  let policy = ctx.stepCache.policies.get(key);
  if (policy === undefined) {
    policy = await getPolicy(ctx.state, alert.team, alert.policyVersion);
    invariant(policy !== undefined, `alert ${alertId(alert)} follows policy version ${alert.policyVersion} of team "${alert.team}", which does not exist`);
    ctx.stepCache.policies.set(key, policy);
  }
  return policy;
}

/** A triggered alert starts at its policy's first level: notify it now, escalate later. Nothing in a maintenance window. */
export async function startEscalation(ctx: BlockContext, alert: ackchain.Alert): Promise<void> {
  alert.escalationLevel = 0;
  alert.escalationRound = 0;
  alert.escalationDueMs = 0;
  const policy = await alertPolicy(ctx, alert);
  if (policy === undefined || alert.inMaintenance) return;
  await notifyLevel(ctx, alert, policy);
  alert.escalationDueMs = nextEscalation(alert, policy, ctx.block.timeMs);
}

/**
 * The escalation deadline fell due: the team's escalate contract says which level (or the first
 * again, in the next round) and which of its targets are notified, and when the next step comes.
 */
export async function escalate(ctx: BlockContext, alert: ackchain.Alert): Promise<void> {
  invariant(alert.status === AlertStatus.ALERT_STATUS_TRIGGERED, `alert ${alertId(alert)} has an escalation pending but is not triggered`);
  const policy = await alertPolicy(ctx, alert);
  invariant(policy !== undefined, `alert ${alertId(alert)} has an escalation pending but no policy`);
  const team = await teamCached(ctx, alert.team);
  const levels = (policy.levels as ackchain.EscalationLevel[]).map((l) => ({ delayMs: l.delayMs, targets: l.targets.length }));
  const input = encodeEscalateInput({
    levels, level: alert.escalationLevel, round: alert.escalationRound, repeats: policy.repeats, severity: alert.severity,
    timeMs: ctx.block.timeMs, alertCreatedMs: alert.createdAtMs,
  });
  const bounds = { levels, minDelayMs: POLICY_LIMITS.minDelayMs, maxDelayMs: POLICY_LIMITS.maxDelayMs };
  const call = { team, slot: 'escalate' as const, address: slotAddress(team, 'escalate'), input, onCall: await onCallAccounts(ctx, team) };
  const step = await decideForDeadline(ctx, call, `escalation of ${alertId(alert)}`, (output) => decodeEscalateOutput(output, bounds));
  [alert.escalationLevel, alert.escalationRound] = [step.level, step.round];
  ctx.emit('alert.escalated', { alert: alertId(alert), team: alert.team, level: step.level + 1, round: step.round + 1 });
  const notified = await notifyLevel(ctx, alert, policy, step.targetMask);
  appendHistory(ctx, alert, 'escalated', CHAIN_ACTOR, `level ${step.level + 1}, round ${step.round + 1}: notified ${notified.join(', ') || 'nobody'}`);
  alert.escalationDueMs = step.delayMs === 0 ? 0 : ctx.block.timeMs + step.delayMs;
}

/** An acknowledgment stops the escalation and, with an ack timeout, arms the re-trigger. */
export async function onAcknowledged(ctx: BlockContext, alert: ackchain.Alert): Promise<void> {
  alert.escalationDueMs = 0;
  const policy = await alertPolicy(ctx, alert);
  alert.rearmDueMs = policy === undefined || policy.ackTimeoutMs === 0 || alert.inMaintenance ? 0 : ctx.block.timeMs + policy.ackTimeoutMs;
}

/** A resolved alert has nothing left to fall due but its OLA targets, which resolving decides. */
export function onResolved(alert: ackchain.Alert): void {
  alert.escalationDueMs = 0;
  alert.rearmDueMs = 0;
  alert.snoozedUntilMs = 0;
}

/** The ack timeout or the snooze ran out on an acknowledged alert: it is triggered again and escalates from the start. */
export async function rearm(ctx: BlockContext, alert: ackchain.Alert): Promise<void> {
  invariant(alert.status === AlertStatus.ALERT_STATUS_ACKNOWLEDGED, `alert ${alertId(alert)} has a re-trigger pending but is not acknowledged`);
  const why = alert.snoozedUntilMs !== 0 ? 'snooze ended' : 'acknowledgement timed out';
  alert.status = AlertStatus.ALERT_STATUS_TRIGGERED;
  alert.rearmDueMs = 0;
  alert.snoozedUntilMs = 0;
  appendHistory(ctx, alert, 'retriggered', CHAIN_ACTOR, why);
  ctx.emit('alert.retriggered', { alert: alertId(alert), team: alert.team, reason: why });
  await startEscalation(ctx, alert);
}

/** A responder postpones re-notification of an acknowledged alert until `untilMs`. */
export function snooze(ctx: TxContext, alert: ackchain.Alert, untilMs: number, actor: HistoryActor): void {
  const now = ctx.block.timeMs;
  if (alert.status !== AlertStatus.ALERT_STATUS_ACKNOWLEDGED) reject('invalidState', `only an acknowledged alert can be snoozed; ${alertId(alert)} is ${alert.status === AlertStatus.ALERT_STATUS_RESOLVED ? 'resolved' : 'not acknowledged'}`);
  if (untilMs <= now || untilMs > now + POLICY_LIMITS.maxSnoozeMs) reject('invalidArgument', `until_ms must be after the block time and at most ${POLICY_LIMITS.maxSnoozeMs / DAY} days later`);
  alert.snoozedUntilMs = untilMs;
  alert.rearmDueMs = untilMs;
  appendHistory(ctx, alert, 'snoozed', actor, `until ${new Date(untilMs).toISOString()}`);
  ctx.emit('alert.snoozed', { alert: alertId(alert), team: alert.team, until_ms: untilMs, by: toHex(ctx.tx.account) });
}

export function inMaintenance(team: ackchain.Team, atMs: number): boolean {
  return (team.maintenanceWindows as ackchain.MaintenanceWindow[]).some((w) => w.fromMs <= atMs && atMs < w.toMs);
}

export async function addMaintenanceWindow(ctx: TxContext, p: ackchain.AddMaintenanceWindow): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const now = ctx.block.timeMs;
  if (p.toMs <= p.fromMs || p.toMs <= now) reject('invalidArgument', 'a window ends after it starts and after the block time');
  if (p.toMs - p.fromMs > MAINTENANCE_LIMITS.maxLengthMs) reject('invalidArgument', `a window lasts at most ${MAINTENANCE_LIMITS.maxLengthMs / DAY} days`);
  if (p.reason.length > MAINTENANCE_LIMITS.reason) reject('invalidArgument', `reason is longer than ${MAINTENANCE_LIMITS.reason} characters`);
  // Windows that are over no longer matter to any trigger: they make room.
  team.maintenanceWindows = (team.maintenanceWindows as ackchain.MaintenanceWindow[]).filter((w) => w.toMs > now);
  if (team.maintenanceWindows.length >= MAINTENANCE_LIMITS.windows) reject('invalidState', `team "${team.id}" has ${MAINTENANCE_LIMITS.windows} maintenance windows to come, the most it may have`);
  team.nextWindowId += 1;
  team.maintenanceWindows.push(ackchain.MaintenanceWindow.create({ id: team.nextWindowId, fromMs: p.fromMs, toMs: p.toMs, reason: p.reason }));
  putTeam(ctx.state, team);
  ctx.emit('team.maintenance_added', { team: team.id, id: team.nextWindowId, from_ms: p.fromMs, to_ms: p.toMs });
}

export async function removeMaintenanceWindow(ctx: TxContext, p: ackchain.RemoveMaintenanceWindow): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  const index = team.maintenanceWindows.findIndex((w) => w.id === p.id);
  if (index < 0) reject('notFound', `team "${team.id}" has no maintenance window ${p.id}`);
  team.maintenanceWindows.splice(index, 1);
  putTeam(ctx.state, team);
  ctx.emit('team.maintenance_removed', { team: team.id, id: p.id });
}
