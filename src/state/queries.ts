// Read-side queries over committed state, for the RPC and the CLI: team and alert listings with
// filters and cursors, an alert's history, and the committed evidence of misbehaviour.
import { ackchain, decode } from '../chain/codec.ts';
import { compareBytes, concatBytes, readU64be } from '../chain/bytes.ts';
import { evidenceFacts, type EvidenceFacts } from '../chain/evidence.ts';
import { prefixRange, type StateSource } from '../store/state-source.ts';
import { stateKeys } from './keys.ts';
import { teamIds } from './teams.ts';

export async function listTeams(source: StateSource): Promise<ackchain.Team[]> {
  const teams: ackchain.Team[] = [];
  for (const id of await teamIds(source)) {
    const bytes = await source.getState(stateKeys.team(id));
    if (bytes !== undefined) teams.push(decode.team(bytes));
  }
  return teams;
}

export interface AlertFilter {
  team?: string;
  status?: ackchain.AlertStatus;
  severity?: ackchain.Severity;
  /** Only alerts created at or after this block time. */
  sinceMs?: number;
  /** Only alerts created before this block time. */
  untilMs?: number;
  /** Continue after this cursor (an alert's sequence, from a previous page's nextCursor). */
  cursor?: number;
  limit: number;
  /** The page ends once the alerts in it add up to this many encoded bytes (at least one alert per page). */
  maxBytes: number;
}

export interface AlertPage {
  alerts: ackchain.Alert[];
  /** Pass back as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: number;
}

/** At most this many index entries are read for one page, however selective the filters. */
export const MAX_SCAN = 2_000;

/** Alerts newest first, using the narrowest index for team and status; other filters are applied while scanning. */
export async function listAlerts(source: StateSource, filter: AlertFilter): Promise<AlertPage> {
  const prefix = filter.team !== undefined && filter.status !== undefined ? stateKeys.alertsByTeamStatus(filter.team, filter.status)
    : filter.team !== undefined ? stateKeys.alertsByTeam(filter.team)
      : filter.status !== undefined ? stateKeys.alertsByStatus(filter.status)
        : stateKeys.alertsAll();
  const range = prefixRange(prefix, { reverse: true, limit: MAX_SCAN });
  if (filter.cursor !== undefined) range.lt = new Uint8Array([...prefix, ...seqBytes(filter.cursor)]);
  const alerts: ackchain.Alert[] = [];
  let lastSeq: number | undefined;
  let scanned = 0;
  let bytesInPage = 0;
  for await (const [key, alertKey] of source.stateRange(range)) {
    scanned++;
    lastSeq = readU64be(key, key.length - 8);
    const bytes = await source.getState(alertKey);
    if (bytes === undefined) continue;
    const alert = decode.alert(bytes);
    if (filter.untilMs !== undefined && alert.createdAtMs >= filter.untilMs) continue;
    if (filter.sinceMs !== undefined && alert.createdAtMs < filter.sinceMs) break;
    if (filter.severity !== undefined && alert.severity !== filter.severity) continue;
    alerts.push(alert);
    bytesInPage += bytes.length;
    if (alerts.length === filter.limit || bytesInPage >= filter.maxBytes) break;
  }
  const full = alerts.length === filter.limit || bytesInPage >= filter.maxBytes || scanned === MAX_SCAN;
  const more = lastSeq !== undefined && lastSeq > 1 && full;
  return more ? { alerts, nextCursor: lastSeq } : { alerts };
}

function seqBytes(seq: number): Uint8Array {
  const key = stateKeys.alertsAll(seq);
  return key.subarray(key.length - 8);
}

export interface HistoryPage {
  entries: ackchain.AlertHistoryEntry[];
  /** The sequence number to pass as `from` for the next page; absent on the last page. */
  next?: number;
}

/** At most `limit` history entries of an alert, from entry number `from` on, oldest first. */
export async function alertHistory(source: StateSource, team: string, number: number, page: { from: number; limit: number }): Promise<HistoryPage> {
  const range = prefixRange(stateKeys.histories(team, number), { limit: page.limit + 1 });
  range.gte = stateKeys.history(team, number, page.from);
  const entries: ackchain.AlertHistoryEntry[] = [];
  for await (const [, value] of source.stateRange(range)) entries.push(decode.alertHistoryEntry(value));
  if (entries.length <= page.limit) return { entries };
  entries.pop();
  return { entries, next: page.from + page.limit };
}

/** Committed duplicate-vote evidence, as an auditor reads it. */
export interface EvidenceEntry extends EvidenceFacts {
  /** Its id (chain/evidence.ts evidenceId): the cursor to continue after it. */
  id: Uint8Array;
  /** The encoded DuplicateVoteEvidence, exactly as its block carried it. */
  bytes: Uint8Array;
  /** The block that carried it. */
  includedHeight: number;
}

export interface EvidenceFilter {
  /** Only evidence against this validator. */
  validator?: Uint8Array;
  /** Continue after this evidence id (a previous page's `next`). */
  after?: Uint8Array;
  limit: number;
}

/** Committed evidence in id order (by validator, then height, round and vote type), a page at a time. */
export async function listEvidence(source: StateSource, filter: EvidenceFilter): Promise<{ evidence: EvidenceEntry[]; next?: Uint8Array }> {
  const all = stateKeys.evidences();
  const range = prefixRange(stateKeys.evidences(filter.validator), { limit: filter.limit + 1 });
  if (filter.after !== undefined) {
    // The smallest key after the cursor's, unless the validator's range starts later.
    const after = concatBytes(stateKeys.evidence(filter.after), new Uint8Array([0]));
    if (compareBytes(after, range.gte) > 0) range.gte = after;
  }
  const evidence: EvidenceEntry[] = [];
  for await (const [key, value] of source.stateRange(range)) {
    if (evidence.length === filter.limit) return { evidence, next: evidence[evidence.length - 1].id };
    const record = decode.evidenceRecord(value);
    evidence.push({ ...evidenceFacts(record.evidence), id: key.subarray(all.length), bytes: record.evidence, includedHeight: record.includedHeight });
  }
  return { evidence };
}
