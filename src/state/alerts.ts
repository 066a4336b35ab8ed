// Alerts, modelled on PagerDuty's Events API v2: trigger (deduplicated by dedup key while open),
// acknowledge, resolve, and notes; every change is an entry in the alert's history.
import { equalBytes, toHex, u64be, utf8 } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import {
  alertId, appendHistory, findOpenAlert, formatAlertId, getAlert, nextAlertSequence, putAlert, SEVERITY_NAMES, type HistoryActor,
} from './alert-records.ts';
import type { TxContext } from './context.ts';
import { getDevice } from './devices.ts';
import { inMaintenance, onAcknowledged, onResolved, snooze, startEscalation } from './escalation.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import { coverAlert, onOlaAcknowledged, onOlaResolved } from './olas.ts';
import type { StateReader } from './overlay.ts';
import { decodeAuthorizeOutput, encodeAuthorizeInput, type AuthorizeAction, type StandingCode } from './policy-abi.ts';
import { decideForTx, onCallAccounts, slotAddress } from './policy-calls.ts';
import { actorLabel, anyStanding, getTeam, requireTeam, standingIn, putTeam, type Standing } from './teams.ts';

const { AlertStatus } = ackchain;

/** PagerDuty's limits where it has them. */
export const LIMITS = { summary: 1024, field: 255, customDetailsBytes: 16 * 1024, customDetailsDepth: 32, links: 16, note: 4096 } as const;

/** The deepest nesting of objects and arrays in JSON text, counted without parsing it (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

async function resolveRef(state: StateReader, ref: ackchain.AlertRef.$Properties | null | undefined): Promise<ackchain.Alert> {
  const team = ref?.team ?? '';
  if (!team) reject('invalidArgument', 'the alert reference needs a team');
  const hasNumber = (ref?.number ?? 0) > 0;
  const hasKey = (ref?.dedupKey ?? '') !== '';
  if (hasNumber === hasKey) reject('invalidArgument', 'name the alert by number or by dedup key, not both or neither');
  const number = hasNumber ? ref!.number! : await findOpenAlert(state, team, ref!.dedupKey!);
  if (number === undefined) reject('notFound', `team "${team}" has no open alert with dedup key "${ref!.dedupKey}"`);
  const alert = await getAlert(state, team, number);
  if (alert === undefined) reject('notFound', `no alert ${formatAlertId(team, number)}`);
  return alert;
}

/** What an account that acts is to the chain: its standing and in which team (none: a contract let a stranger act). */
interface Actor { team: string; standing: Standing }

/** How history and events name an actor: its handle, and its team when that is not the alert's. */
function actorHandle(ctx: TxContext, actor: Actor, alert: ackchain.Alert): string {
  if (actor.standing.kind === 'none') return toHex(ctx.tx.account);
  const label = actorLabel(actor.standing);
  return actor.team === alert.team ? label : `${label} (team ${actor.team})`;
}

function historyActor(ctx: TxContext, actor: Actor, alert: ackchain.Alert): HistoryActor {
  return { account: ctx.tx.account, handle: actorHandle(ctx, actor, alert) };
}

const VERBS: Record<AuthorizeAction, string> = { acknowledge: 'acknowledge', resolve: 'resolve', note: 'add notes to', snooze: 'snooze' };

function standingCode(standing: Standing): StandingCode {
  if (standing.kind === 'integration') return 'integration';
  if (standing.kind === 'none') return 'none';
  return standing.role === ackchain.Role.ROLE_ADMIN ? 'admin' : 'responder';
}

/**
 * May the tx's account (or its device) take `action` on the alert? The alert team's authorize
 * contract decides; the input carries what the default rules (genesis/contracts/authorize.asm)
 * and a team's own need. Returns the actor as history names it.
 */
async function authorize(ctx: TxContext, team: ackchain.Team, alert: ackchain.Alert, action: AuthorizeAction): Promise<Actor> {
  const account = ctx.tx.account;
  const standing = standingIn(team, account);
  const triggered = equalBytes(alert.triggeredBy, account);
  // Who the account is in the team it triggered from, now: a consumer resolving its own page.
  let fromTrigger: Standing = { kind: 'none' };
  if (standing.kind === 'none' && triggered) {
    const triggerTeam = await getTeam(ctx.state, alert.triggerTeam);
    if (triggerTeam !== undefined) fromTrigger = standingIn(triggerTeam, account);
  }
  const keepsStanding = fromTrigger.kind !== 'none' && STANDING_KINDS[fromTrigger.kind] === alert.triggerStanding;
  const device = ctx.tx.device === undefined ? undefined : await getDevice(ctx.state, ctx.tx.device);
  const onCall = await onCallAccounts(ctx, team);
  const input = encodeAuthorizeInput({
    action, status: alert.status, severity: alert.severity, standing: standingCode(standing), triggered, keepsStanding,
    onCall: onCall.some((a) => equalBytes(a, account)), timeMs: ctx.block.timeMs, alertCreatedMs: alert.createdAtMs, account,
    device: device && { key: device.key, expiresAtMs: device.expiresAtMs, revokedAtMs: device.revokedAtMs },
  });
  const decision = await decideForTx(ctx, { team, slot: 'authorize', address: slotAddress(team, 'authorize'), input, onCall }, decodeAuthorizeOutput);
  if (!decision.allowed) reject('unauthorized', `${toHex(account)} may not ${VERBS[action]} alerts of team "${team.id}": ${decision.reason}`);
  if (standing.kind !== 'none') return { team: team.id, standing };
  return keepsStanding ? { team: alert.triggerTeam, standing: fromTrigger } : { team: '', standing: { kind: 'none' } };
}

function checkLength(name: string, value: string, max: number): void {
  if (value.length > max) reject('invalidArgument', `${name} is longer than ${max} characters`);
}

function checkTrigger(p: ackchain.TriggerAlert): void {
  if (!p.summary) reject('invalidArgument', 'summary is required');
  checkLength('summary', p.summary, LIMITS.summary);
  for (const [name, value] of [['source', p.source], ['dedup_key', p.dedupKey], ['component', p.component], ['group', p.group], ['class', p.alertClass]] as const) {
    checkLength(name, value, LIMITS.field);
  }
  if (SEVERITY_NAMES[p.severity] === undefined) reject('invalidArgument', 'severity must be critical, error, warning or info');
  if (p.customDetailsJson) {
    if (utf8.encode(p.customDetailsJson).length > LIMITS.customDetailsBytes) reject('invalidArgument', `custom_details is larger than ${LIMITS.customDetailsBytes} bytes`);
    // Deeply nested JSON breaks every reader that walks it recursively (JSON.stringify included).
    if (jsonDepth(p.customDetailsJson) > LIMITS.customDetailsDepth) reject('invalidArgument', `custom_details nests deeper than ${LIMITS.customDetailsDepth} levels`);
    let details: unknown;
    try { details = JSON.parse(p.customDetailsJson); } catch { reject('invalidArgument', 'custom_details is not valid JSON'); }
    if (typeof details !== 'object' || details === null || Array.isArray(details)) reject('invalidArgument', 'custom_details must be a JSON object');
  }
  if (p.links.length > LIMITS.links) reject('invalidArgument', `at most ${LIMITS.links} links`);
  for (const link of p.links) {
    if (!link.href) reject('invalidArgument', 'a link needs an href');
    checkLength('link href', link.href, LIMITS.summary);
    checkLength('link text', link.text ?? '', LIMITS.field);
  }
}

/**
 * Any account a team knows may page a team: the alert's own members and integrations, and the
 * members and integrations of other teams (a consumer paging a provider, which OLAs cover).
 */
async function triggerActor(ctx: TxContext, team: ackchain.Team): Promise<Actor> {
  const own = standingIn(team, ctx.tx.account);
  if (own.kind !== 'none') return { team: team.id, standing: own };
  const other = await anyStanding(ctx.state, ctx.tx.account);
  if (other === undefined) reject('unauthorized', `${toHex(ctx.tx.account)} is not a member or integration of any team`);
  return other;
}

const STANDING_KINDS = { member: ackchain.StandingKind.STANDING_KIND_MEMBER, integration: ackchain.StandingKind.STANDING_KIND_INTEGRATION } as const;

export async function triggerAlert(ctx: TxContext, p: ackchain.TriggerAlert): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  checkTrigger(p);
  const actor = await triggerActor(ctx, team);
  const dedupKey = p.dedupKey || toHex(ctx.tx.hash);
  const openNumber = await findOpenAlert(ctx.state, team.id, dedupKey);
  if (openNumber !== undefined) {
    const alert = await getAlert(ctx.state, team.id, openNumber);
    invariant(alert !== undefined, `the open dedup key "${dedupKey}" of team "${team.id}" points at alert ${openNumber}, which does not exist`);
    alert.triggerCount += 1;
    alert.lastSeenMs = ctx.block.timeMs;
    appendHistory(ctx, alert, 'deduplicated', historyActor(ctx, actor, alert), p.summary);
    putAlert(ctx.state, alert);
    ctx.emit('alert.deduplicated', { alert: alertId(alert), team: alert.team, dedup_key: dedupKey, count: alert.triggerCount });
    return;
  }
  const number = team.nextAlertNumber + 1;
  team.nextAlertNumber = number;
  putTeam(ctx.state, team);
  const alert = ackchain.Alert.create({
    team: team.id, number, dedupKey, summary: p.summary, source: p.source, severity: p.severity, component: p.component,
    group: p.group, alertClass: p.alertClass, customDetailsJson: p.customDetailsJson, links: p.links,
    status: AlertStatus.ALERT_STATUS_TRIGGERED, triggeredBy: ctx.tx.account, createdAtMs: ctx.block.timeMs,
    createdHeight: ctx.block.height, triggerCount: 1, lastSeenMs: ctx.block.timeMs, historyLength: 0,
    triggerTeam: actor.team, triggerStanding: STANDING_KINDS[actor.standing.kind as 'member' | 'integration'],
    sequence: await nextAlertSequence(ctx.state), policyVersion: team.policyVersion, inMaintenance: inMaintenance(team, ctx.block.timeMs),
  });
  const id = alertId(alert);
  appendHistory(ctx, alert, 'triggered', historyActor(ctx, actor, alert), p.summary);
  ctx.emit('alert.triggered', {
    alert: id, team: team.id, dedup_key: dedupKey, severity: SEVERITY_NAMES[p.severity], summary: p.summary,
    ...(alert.inMaintenance ? { maintenance: 'true' } : {}),
  });
  await coverAlert(ctx, alert, actor.team);
  await startEscalation(ctx, alert);
  putAlert(ctx.state, alert);
  ctx.state.set(stateKeys.openDedup(team.id, dedupKey), u64be(number));
  const key = stateKeys.alert(team.id, number);
  ctx.state.set(stateKeys.alertsAll(alert.sequence), key);
  ctx.state.set(stateKeys.alertsByTeam(team.id, alert.sequence), key);
  ctx.state.set(stateKeys.alertsByTeamTime(team.id, alert.createdAtMs, alert.sequence), key);
}

/** Records an acknowledgment for audits: by time, by team and by the account that acted. */
function indexAck(ctx: TxContext, alert: ackchain.Alert, entry: number): void {
  const key = stateKeys.alert(alert.team, alert.number);
  const t = ctx.block.timeMs;
  ctx.state.set(stateKeys.acks(t, alert.sequence, entry), key);
  ctx.state.set(stateKeys.acksByTeam(alert.team, t, alert.sequence, entry), key);
  ctx.state.set(stateKeys.acksByActor(ctx.tx.account, t, alert.sequence, entry), key);
}

export async function acknowledgeAlert(ctx: TxContext, p: ackchain.AcknowledgeAlert): Promise<void> {
  const alert = await resolveRef(ctx.state, p.alert);
  const actor = await authorize(ctx, await requireTeam(ctx.state, alert.team), alert, 'acknowledge');
  const id = alertId(alert);
  if (alert.status === AlertStatus.ALERT_STATUS_ACKNOWLEDGED) reject('invalidState', `${id} is already acknowledged by ${toHex(alert.acknowledgedBy)}`);
  if (alert.status === AlertStatus.ALERT_STATUS_RESOLVED) reject('invalidState', `${id} is already resolved`);
  alert.status = AlertStatus.ALERT_STATUS_ACKNOWLEDGED;
  alert.acknowledgedBy = ctx.tx.account;
  alert.acknowledgedAtMs = ctx.block.timeMs;
  alert.acknowledgedDevice = ctx.tx.device ?? new Uint8Array(0);
  if (alert.firstAcknowledgedAtMs === 0) alert.firstAcknowledgedAtMs = ctx.block.timeMs;
  const entry = appendHistory(ctx, alert, 'acknowledged', historyActor(ctx, actor, alert), '');
  ctx.emit('alert.acknowledged', { alert: id, team: alert.team, by: toHex(ctx.tx.account), handle: actorHandle(ctx, actor, alert), ...deviceAttribute(ctx) });
  await onOlaAcknowledged(ctx, alert);
  await onAcknowledged(ctx, alert);
  putAlert(ctx.state, alert);
  indexAck(ctx, alert, entry);
}

function deviceAttribute(ctx: TxContext): Record<string, string> {
  return ctx.tx.device === undefined ? {} : { device: toHex(ctx.tx.device) };
}

export async function snoozeAlert(ctx: TxContext, p: ackchain.SnoozeAlert): Promise<void> {
  const alert = await resolveRef(ctx.state, p.alert);
  const actor = await authorize(ctx, await requireTeam(ctx.state, alert.team), alert, 'snooze');
  snooze(ctx, alert, p.untilMs, historyActor(ctx, actor, alert));
  putAlert(ctx.state, alert);
}

export async function resolveAlert(ctx: TxContext, p: ackchain.ResolveAlert): Promise<void> {
  const alert = await resolveRef(ctx.state, p.alert);
  const team = await requireTeam(ctx.state, alert.team);
  const id = alertId(alert);
  const actor = await authorize(ctx, team, alert, 'resolve');
  if (alert.status === AlertStatus.ALERT_STATUS_RESOLVED) reject('invalidState', `${id} is already resolved`);
  checkLength('resolution', p.resolution, LIMITS.note);
  alert.status = AlertStatus.ALERT_STATUS_RESOLVED;
  alert.resolvedBy = ctx.tx.account;
  alert.resolvedAtMs = ctx.block.timeMs;
  alert.resolvedDevice = ctx.tx.device ?? new Uint8Array(0);
  appendHistory(ctx, alert, 'resolved', historyActor(ctx, actor, alert), p.resolution);
  ctx.emit('alert.resolved', { alert: id, team: alert.team, by: toHex(ctx.tx.account), handle: actorHandle(ctx, actor, alert), ...deviceAttribute(ctx) });
  await onOlaResolved(ctx, alert);
  onResolved(alert);
  putAlert(ctx.state, alert);
  ctx.state.delete(stateKeys.openDedup(alert.team, alert.dedupKey));
}

export async function addAlertNote(ctx: TxContext, p: ackchain.AddAlertNote): Promise<void> {
  const alert = await resolveRef(ctx.state, p.alert);
  const actor = await authorize(ctx, await requireTeam(ctx.state, alert.team), alert, 'note');
  if (!p.note) reject('invalidArgument', 'the note is empty');
  checkLength('note', p.note, LIMITS.note);
  appendHistory(ctx, alert, 'note', historyActor(ctx, actor, alert), p.note);
  putAlert(ctx.state, alert);
  ctx.emit('alert.note_added', { alert: alertId(alert), team: alert.team, by: toHex(ctx.tx.account) });
}
