// The JSON shapes of the on-call application's answers: policies, schedules, shifts, devices,
// OLAs and reports. Ratios and means are computed here, for reading; state keeps integers.
import { toHex } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { SEVERITY_NAMES, STATUS_NAMES, alertId } from '../state/alert-records.ts';
import { isDeviceActive } from '../state/devices.ts';
import { OLA_OUTCOME_NAMES, OLA_STATUS_NAMES, activeTerms, pendingVersion } from '../state/olas.ts';
import type { OnCallNow } from '../state/oncall.ts';
import type { AckRecord, Durations, Report, SeverityReport } from '../state/reports.ts';
import type { Shift } from '../state/schedule.ts';
import { contractName } from '../state/policy-calls.ts';
import type { JsonValue } from './views.ts';

const hexOrNull = (b: Uint8Array | null | undefined): string | null => (!b || b.length === 0 ? null : toHex(b));

/** An account's handle in a team, or null when it is not a member (any more). */
export type HandleOf = (account: Uint8Array) => string | null;

export function handleLookup(team: ackchain.Team): HandleOf {
  return (account) => {
    const hex = toHex(account);
    return team.members.find((m) => toHex(m.account ?? new Uint8Array()) === hex)?.handle ?? null;
  };
}

export function policyView(team: string, version: number, p: ackchain.EscalationPolicy, handleOf: HandleOf): JsonValue {
  return {
    team, version, repeats: p.repeats, ack_timeout_ms: p.ackTimeoutMs === 0 ? null : p.ackTimeoutMs,
    levels: (p.levels as ackchain.EscalationLevel[]).map((l, i) => ({
      level: i + 1, delay_ms: l.delayMs,
      targets: (l.targets as ackchain.EscalationTarget[]).map((t): JsonValue => (t.member ? { member: toHex(t.member), handle: handleOf(t.member) } : { schedule: t.schedule ?? '' })),
    })),
  };
}

const RESTRICTION_KINDS: Record<number, string> = { [ackchain.RestrictionKind.RESTRICTION_KIND_DAILY]: 'daily', [ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY]: 'weekly' };

export function scheduleView(s: ackchain.Schedule, handleOf: HandleOf): JsonValue {
  return {
    team: s.team, name: s.name, time_zone: s.timeZone,
    layers: (s.layers as ackchain.ScheduleLayer[]).map((l) => ({
      name: l.name, participants: l.participants.map((a) => ({ account: toHex(a), handle: handleOf(a) })),
      start_ms: l.startMs, end_ms: l.endMs === 0 ? null : l.endMs,
      turn_length_ms: l.turnLengthMs === 0 ? null : l.turnLengthMs, turn_length_days: l.turnLengthDays === 0 ? null : l.turnLengthDays,
      restrictions: (l.restrictions as ackchain.Restriction[]).map((r) => ({
        kind: RESTRICTION_KINDS[r.kind] ?? 'unknown', ...(r.kind === ackchain.RestrictionKind.RESTRICTION_KIND_WEEKLY ? { start_day_of_week: r.startDayOfWeek } : {}),
        start_minute: r.startMinute, duration_minutes: r.durationMinutes,
      })),
    })),
    overrides: (s.overrides as ackchain.ScheduleOverride[]).map((o) => ({ id: o.id, account: toHex(o.account), handle: handleOf(o.account), from_ms: o.fromMs, to_ms: o.toMs })),
  };
}

export function shiftView(s: Shift, handleOf: HandleOf): JsonValue {
  return {
    account: toHex(s.account), handle: handleOf(s.account), start_ms: s.startMs, end_ms: s.endMs, source: s.source,
    ...(s.layer !== undefined ? { layer: s.layer } : {}), ...(s.overrideId !== undefined ? { override_id: s.overrideId } : {}),
  };
}

export function onCallView(answer: OnCallNow, handleOf: HandleOf): JsonValue {
  return {
    schedule: answer.schedule.name, time_zone: answer.schedule.timeZone,
    on_call: answer.current ? shiftView(answer.current, handleOf) : null,
    next: answer.next ? shiftView(answer.next, handleOf) : null,
  };
}

export function deviceView(d: ackchain.Device, nowMs: number): JsonValue {
  return {
    key: toHex(d.key), owner: toHex(d.owner), notify_key: toHex(d.notifyKey), label: d.label,
    registered_at_ms: d.registeredAtMs, expires_at_ms: d.expiresAtMs,
    revoked_at_ms: d.revokedAtMs === 0 ? null : d.revokedAtMs, revoked_by: hexOrNull(d.revokedBy),
    active: isDeviceActive(d, nowMs),
  };
}

function termsView(t: ackchain.OlaTerms.$Properties | null | undefined): JsonValue {
  const terms = ackchain.OlaTerms.create(t ?? {});
  return {
    effective_from_ms: terms.effectiveFromMs, effective_to_ms: terms.effectiveToMs === 0 ? null : terms.effectiveToMs,
    targets: (terms.targets as ackchain.OlaTarget[]).map((x) => ({
      severity: SEVERITY_NAMES[x.severity] ?? 'unknown', ack_within_ms: x.ackWithinMs === 0 ? null : x.ackWithinMs, resolve_within_ms: x.resolveWithinMs === 0 ? null : x.resolveWithinMs,
    })),
  };
}

export function olaView(o: ackchain.Ola): JsonValue {
  const active = activeTerms(o);
  const pending = pendingVersion(o);
  return {
    id: o.id, provider: o.provider, consumer: o.consumer, status: OLA_STATUS_NAMES[o.status] ?? 'unknown',
    active_version: o.activeVersion === 0 ? null : o.activeVersion, pending_version: pending?.version ?? null,
    terms: active ? termsView(active.terms) : null,
    versions: (o.versions as ackchain.OlaVersion[]).map((v) => ({
      version: v.version, terms: termsView(v.terms), proposed_by: toHex(v.proposedBy), proposed_by_team: v.proposedByTeam, proposed_at_ms: v.proposedAtMs,
      signed_by: hexOrNull(v.signedBy), signed_at_ms: v.signedAtMs === 0 ? null : v.signedAtMs, evaluate_contract: contractName(v.evaluateContract),
    })),
    terminated_at_ms: o.terminatedAtMs === 0 ? null : o.terminatedAtMs, terminated_by: hexOrNull(o.terminatedBy),
  };
}

/** A mean in whole milliseconds, for reading (state keeps the total and the count). */
function durationsView(d: Durations): JsonValue {
  return { count: d.count, mean_ms: d.count === 0 ? null : Math.round(d.totalMs / d.count), p95_ms: d.p95Ms ?? null };
}

function severityView(s: SeverityReport): JsonValue {
  const decided = (c: { met: number; breached: number }) => c.met + c.breached;
  const targets = (c: SeverityReport['ackTarget']) => c && { ...c, compliance: decided(c) === 0 ? null : c.met / decided(c) };
  return {
    severity: SEVERITY_NAMES[s.severity] ?? 'unknown', alerts: s.alerts,
    time_to_acknowledge: durationsView(s.acknowledged), time_to_resolve: durationsView(s.resolved),
    ...(s.ackTarget ? { ack_target: targets(s.ackTarget), resolve_target: targets(s.resolveTarget) } : {}),
  };
}

export function reportView(r: Report, period: { fromMs: number; toMs: number }, extra: Record<string, JsonValue>): JsonValue {
  const all = r.bySeverity;
  const met = all.reduce((n, s) => n + (s.ackTarget?.met ?? 0) + (s.resolveTarget?.met ?? 0), 0);
  const breached = all.reduce((n, s) => n + (s.ackTarget?.breached ?? 0) + (s.resolveTarget?.breached ?? 0), 0);
  return {
    ...extra, from_ms: period.fromMs, to_ms: period.toMs, alerts: all.reduce((n, s) => n + s.alerts, 0),
    ...(all.some((s) => s.ackTarget) ? { targets_met: met, targets_breached: breached, compliance: met + breached === 0 ? null : met / (met + breached) } : {}),
    by_severity: all.map(severityView), truncated_at_ms: r.truncatedAt ?? null,
  };
}

export function ackView(a: AckRecord): JsonValue {
  const { alert, entry } = a;
  const ola = alert.olaId === 0 ? null : {
    id: alert.olaId, version: alert.olaVersion, deadline_ms: alert.olaAckDueMs === 0 ? null : alert.olaAckDueMs,
    // Only the first acknowledgment is judged against the target; later ones (after a re-trigger) are not.
    ack_target: a.first ? OLA_OUTCOME_NAMES[alert.olaAckOutcome] ?? 'unknown' : null,
  };
  return {
    alert: alertId(alert), team: alert.team, severity: SEVERITY_NAMES[alert.severity] ?? 'unknown', summary: alert.summary,
    status: STATUS_NAMES[alert.status] ?? 'unknown',
    by: { account: toHex(entry.account), handle: entry.handle, device: hexOrNull(entry.device), device_label: a.deviceLabel ?? null },
    time_ms: entry.timeMs, height: entry.height, tx_hash: toHex(entry.txHash), first: a.first,
    time_to_acknowledge_ms: entry.timeMs - alert.createdAtMs, ola,
  };
}
