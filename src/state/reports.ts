// Read-side reports for auditors and team leads, over committed state: OLA compliance, every
// acknowledgment with who and when, and MTTA/MTTR per team and severity. Counts and sums are
// integers; ratios are left to the answer's reader (the RPC computes them for display).
import { concatBytes } from '../chain/bytes.ts';
import { ackchain, decode } from '../chain/codec.ts';
import type { StateRange, StateSource } from '../store/state-source.ts';
import { getAlertByKey } from './alert-records.ts';
import { getDevice } from './devices.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';

const { AlertStatus, OlaOutcome } = ackchain;

/**
 * At most this many alerts are read for one report; a longer period answers `truncatedAt`, the
 * time to start the next report from (the report stops before the first alert of that time).
 */
export const MAX_REPORT_ALERTS = 20_000;

/** Durations of one kind (time to acknowledge or to resolve), kept whole for the percentile. */
export interface Durations { count: number; totalMs: number; p95Ms: number | undefined }

function durations(values: number[]): Durations {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least 95% of the values at or below it.
  const rank = Math.floor((95 * sorted.length + 99) / 100);
  return { count: sorted.length, totalMs: sorted.reduce((a, b) => a + b, 0), p95Ms: sorted.length === 0 ? undefined : sorted[rank - 1] };
}

/** Time to acknowledge: to the first acknowledgment, or to the resolution of an alert resolved unacknowledged. */
function timeToAck(alert: ackchain.Alert): number | undefined {
  if (alert.firstAcknowledgedAtMs !== 0) return alert.firstAcknowledgedAtMs - alert.createdAtMs;
  return alert.status === AlertStatus.ALERT_STATUS_RESOLVED ? alert.resolvedAtMs - alert.createdAtMs : undefined;
}

function timeToResolve(alert: ackchain.Alert): number | undefined {
  return alert.status === AlertStatus.ALERT_STATUS_RESOLVED ? alert.resolvedAtMs - alert.createdAtMs : undefined;
}

export interface TargetCounts { met: number; breached: number; pending: number }

export interface SeverityReport {
  severity: ackchain.Severity;
  alerts: number;
  acknowledged: Durations;
  resolved: Durations;
  /** OLA reports only: how each target was decided. */
  ackTarget?: TargetCounts;
  resolveTarget?: TargetCounts;
}

export interface Report {
  bySeverity: SeverityReport[];
  /** Set when the period held more alerts than one report reads: start the next report here. */
  truncatedAt?: number;
}

function countOutcome(counts: TargetCounts, outcome: ackchain.OlaOutcome): void {
  if (outcome === OlaOutcome.OLA_OUTCOME_MET) counts.met++;
  else if (outcome === OlaOutcome.OLA_OUTCOME_BREACHED) counts.breached++;
  else if (outcome === OlaOutcome.OLA_OUTCOME_PENDING) counts.pending++;
}

/** Reads the alerts an index range names (values are alert keys), at most `maxAlerts`. */
async function alertsIn(source: StateSource, range: StateRange, maxAlerts: number): Promise<{ alerts: ackchain.Alert[]; truncatedAt?: number }> {
  const alerts: ackchain.Alert[] = [];
  for await (const [, alertKey] of source.stateRange({ ...range, limit: maxAlerts + 1 })) {
    const alert = await getAlertByKey(source, alertKey);
    invariant(alert !== undefined, 'a report index names an alert that does not exist');
    if (alerts.length === maxAlerts) {
      // Cut between block times: the alerts of the cut's own time go to the next report, which
      // starts at that time, so that none is counted twice.
      let cut = alerts.length;
      while (cut > 0 && alerts[cut - 1].createdAtMs === alert.createdAtMs) cut--;
      if (cut > 0) return { alerts: alerts.slice(0, cut), truncatedAt: alert.createdAtMs };
      // One block time holds more alerts than a report reads (a max_block_txs above it): the
      // report moves past that time so that the next one cannot return the same page for ever.
      return { alerts, truncatedAt: alert.createdAtMs + 1 };
    }
    alerts.push(alert);
  }
  return { alerts };
}

function report(alerts: ackchain.Alert[], withTargets: boolean): SeverityReport[] {
  const groups = new Map<ackchain.Severity, ackchain.Alert[]>();
  for (const alert of alerts) {
    const group = groups.get(alert.severity);
    if (group === undefined) groups.set(alert.severity, [alert]);
    else group.push(alert);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([severity, group]) => {
    const entry: SeverityReport = {
      severity, alerts: group.length,
      acknowledged: durations(group.map(timeToAck).filter((t) => t !== undefined)),
      resolved: durations(group.map(timeToResolve).filter((t) => t !== undefined)),
    };
    if (withTargets) {
      entry.ackTarget = { met: 0, breached: 0, pending: 0 };
      entry.resolveTarget = { met: 0, breached: 0, pending: 0 };
      for (const alert of group) {
        countOutcome(entry.ackTarget, alert.olaAckOutcome);
        countOutcome(entry.resolveTarget, alert.olaResolveOutcome);
      }
    }
    return entry;
  });
}

/** Period bounds: alerts triggered at or after `fromMs` and before `toMs`. */
export interface Period { fromMs: number; toMs: number }

function timeRange(prefixOf: (timeMs?: number) => Uint8Array, period: Period): StateRange {
  return { gte: prefixOf(period.fromMs), lt: prefixOf(period.toMs) };
}

/** Compliance of an OLA over the alerts it covers that were triggered in the period. */
export async function olaCompliance(source: StateSource, olaId: number, period: Period, maxAlerts = MAX_REPORT_ALERTS): Promise<Report> {
  const { alerts, truncatedAt } = await alertsIn(source, timeRange((t) => stateKeys.olaAlerts(olaId, t), period), maxAlerts);
  return { bySeverity: report(alerts, true), ...(truncatedAt === undefined ? {} : { truncatedAt }) };
}

/** MTTA and MTTR of a team's alerts triggered in the period, per severity. */
export async function teamAnalytics(source: StateSource, team: string, period: Period, maxAlerts = MAX_REPORT_ALERTS): Promise<Report> {
  const { alerts, truncatedAt } = await alertsIn(source, timeRange((t) => stateKeys.alertsByTeamTime(team, t), period), maxAlerts);
  return { bySeverity: report(alerts, false), ...(truncatedAt === undefined ? {} : { truncatedAt }) };
}

export interface AckRecord {
  alert: ackchain.Alert;
  entry: ackchain.AlertHistoryEntry;
  /** The device's label, when a device acknowledged. */
  deviceLabel?: string;
  /** Whether this acknowledgment was the first (the one an OLA's ack target is judged on). */
  first: boolean;
}

export interface AckFilter extends Period {
  team?: string;
  actor?: Uint8Array;
  /** Continue after this entry (the `next` of the previous page: time, alert sequence and entry, 20 bytes). */
  after?: Uint8Array;
  limit: number;
}

/** At most this many index entries are read for one page of acknowledgments, however selective the filter. */
export const MAX_ACK_SCAN = 2_000;

/**
 * Acknowledgments in time order, by the narrowest index for the filter (the actor's, then the
 * team's); entries of other teams in the actor's index are skipped, at most MAX_ACK_SCAN read a
 * page. `next` continues the listing after the last entry read: present whenever more may follow,
 * so a page emptied by the filter still says where to go on.
 */
export async function auditAcks(source: StateSource, filter: AckFilter): Promise<{ acks: AckRecord[]; next?: Uint8Array }> {
  const prefixOf = filter.actor !== undefined ? (t?: number) => stateKeys.acksByActor(filter.actor!, t)
    : filter.team !== undefined ? (t?: number) => stateKeys.acksByTeam(filter.team!, t)
      : (t?: number) => stateKeys.acks(t);
  const range = timeRange(prefixOf, filter);
  const prefixLength = prefixOf().length;
  // The smallest key after the last one listed.
  if (filter.after !== undefined) range.gte = concatBytes(prefixOf(), filter.after, new Uint8Array([0]));
  const acks: AckRecord[] = [];
  let scanned = 0;
  let last: Uint8Array | undefined;
  for await (const [key, alertKey] of source.stateRange({ ...range, limit: MAX_ACK_SCAN + 1 })) {
    if (acks.length === filter.limit || scanned === MAX_ACK_SCAN) return { acks, next: last };
    scanned++;
    last = key.subarray(prefixLength);
    const alert = await getAlertByKey(source, alertKey);
    invariant(alert !== undefined, 'the acknowledgment index names an alert that does not exist');
    if (filter.team !== undefined && alert.team !== filter.team) continue;
    // An ack index key ends with the history entry's number (4 bytes).
    const entryNumber = new DataView(key.buffer, key.byteOffset + key.length - 4, 4).getUint32(0);
    const entryBytes = await source.getState(stateKeys.history(alert.team, alert.number, entryNumber));
    invariant(entryBytes !== undefined, 'the acknowledgment index names a history entry that does not exist');
    const entry = decode.alertHistoryEntry(entryBytes);
    const device = entry.device.length === 0 ? undefined : await getDevice(source, entry.device);
    acks.push({ alert, entry, first: entry.timeMs === alert.firstAcknowledgedAtMs, ...(device ? { deviceLabel: device.label } : {}) });
  }
  return { acks };
}
