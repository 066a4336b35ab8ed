// The application's state keys. Text segments are separated by "/"; numbers are fixed-width
// big-endian so that range scans are ordered. Team ids are slugs, so they never contain "/".
import { concatBytes, u64be, utf8 } from '../chain/bytes.ts';

const text = (s: string): Uint8Array => utf8.encode(s);
const u32be = (n: number): Uint8Array => u64be(n).subarray(4);

export const stateKeys = {
  team: (id: string) => text(`team/${id}`),
  /** Every team id, sorted, newline-separated. */
  teamRegistry: () => text('teams'),
  /** The ids of the teams an account is a member or integration of, sorted, newline-separated. */
  accountTeams: (account: Uint8Array) => concatBytes(text('acct/'), account),

  alert: (team: string, number: number) => concatBytes(text(`alert/${team}/`), u64be(number)),
  /** The open (not resolved) alert of a team with a dedup key -> its number. */
  openDedup: (team: string, dedupKey: string) => text(`dedup/${team}/${dedupKey}`),
  history: (team: string, number: number, seq: number) => concatBytes(text(`hist/${team}/`), u64be(number), u32be(seq)),
  histories: (team: string, number: number) => concatBytes(text(`hist/${team}/`), u64be(number)),

  /** Alert listing indexes by creation sequence (newest first when scanned in reverse) -> alert key. */
  alertSequence: () => text('counter/alerts'),
  alertsAll: (seq?: number) => seq === undefined ? text('idx/all/') : concatBytes(text('idx/all/'), u64be(seq)),
  alertsByStatus: (status: number, seq?: number) => withSeq(text(`idx/status/${status}/`), seq),
  alertsByTeam: (team: string, seq?: number) => withSeq(text(`idx/team/${team}/`), seq),
  alertsByTeamStatus: (team: string, status: number, seq?: number) => withSeq(text(`idx/team-status/${team}/${status}/`), seq),

  contract: (address: Uint8Array) => concatBytes(text('contract/'), address),
  /** A contract's storage for one team that calls it: all its entries in one value (policy-calls.ts). */
  contractStorage: (team: string, address: Uint8Array) => concatBytes(text(`cstore/${team}/`), address),

  /** A team's escalation policy versions: an alert keeps following the version it started with. */
  policy: (team: string, version: number) => concatBytes(text(`policy/${team}/`), u32be(version)),
  schedule: (team: string, name: string) => text(`sched/${team}/${name}`),

  device: (key: Uint8Array) => concatBytes(text('device/'), key),
  /** An owner's devices that are not revoked: their keys, concatenated in registration order. */
  devicesOf: (owner: Uint8Array) => concatBytes(text('devices/'), owner),

  ola: (id: number) => concatBytes(text('ola/'), u64be(id)),
  olas: () => text('ola/'),
  olaSequence: () => text('counter/olas'),
  /** The OLA between a provider and a consumer that is not terminated -> its id. */
  olaPair: (provider: string, consumer: string) => text(`olapair/${provider}/${consumer}`),
  /** Every OLA a team is a side of -> empty. */
  olasOfTeam: (team: string, id?: number) => withSeq(text(`olateam/${team}/`), id),
  /** The alerts an OLA covers, by trigger time -> alert key. */
  olaAlerts: (id: number, createdAtMs?: number, seq?: number) => covered(concatBytes(text('olaalert/'), u64be(id), text('/')), createdAtMs, seq),

  /**
   * The deadline index: (time it falls due, alert sequence, kind) -> alert key. The begin-block
   * step reads only the entries whose time has come.
   */
  deadline: (dueMs: number, seq: number, kind: number) => concatBytes(text('dl/'), u64be(dueMs), u64be(seq), new Uint8Array([kind])),
  deadlinesUntil: (dueMs: number) => concatBytes(text('dl/'), u64be(dueMs)),
  deadlines: () => text('dl/'),

  /** Acknowledgments by time, for audits: (time, alert sequence, history entry) -> alert key. */
  acks: (timeMs?: number, seq?: number, entry?: number) => ackKey(text('ack/all/'), timeMs, seq, entry),
  acksByTeam: (team: string, timeMs?: number, seq?: number, entry?: number) => ackKey(text(`ack/team/${team}/`), timeMs, seq, entry),
  acksByActor: (account: Uint8Array, timeMs?: number, seq?: number, entry?: number) => ackKey(concatBytes(text('ack/actor/'), account), timeMs, seq, entry),
  /** A team's alerts by trigger time -> alert key, for reports over a period. */
  alertsByTeamTime: (team: string, createdAtMs?: number, seq?: number) => covered(text(`idx/team-time/${team}/`), createdAtMs, seq),

  /**
   * Committed duplicate-vote evidence by what it proves: `ev/` then the evidence id (chain/evidence.ts
   * evidenceId: validator 32 bytes, height 8, round 4, vote type 1) -> EvidenceRecord. Kept for
   * ever, for auditors; a validator's evidence is the range `evidences(validator)`.
   */
  evidence: (id: Uint8Array) => concatBytes(text('ev/'), id),
  evidences: (validator?: Uint8Array) => (validator === undefined ? text('ev/') : concatBytes(text('ev/'), validator)),

  /** Committed tx hashes, kept until they expire: after that the expiry window rejects them anyway. */
  seenTx: (hash: Uint8Array) => concatBytes(text('txseen/'), hash),
  seenTxExpiry: (expiresAtMs: number, hash?: Uint8Array) =>
    hash === undefined ? concatBytes(text('txexp/'), u64be(expiresAtMs)) : concatBytes(text('txexp/'), u64be(expiresAtMs), hash),
  seenTxExpiries: () => text('txexp/'),
};

function covered(prefix: Uint8Array, timeMs: number | undefined, seq: number | undefined): Uint8Array {
  if (timeMs === undefined) return prefix;
  return seq === undefined ? concatBytes(prefix, u64be(timeMs)) : concatBytes(prefix, u64be(timeMs), u64be(seq));
}

function ackKey(prefix: Uint8Array, timeMs: number | undefined, seq: number | undefined, entry: number | undefined): Uint8Array {
  if (timeMs === undefined) return prefix;
  if (seq === undefined || entry === undefined) return concatBytes(prefix, u64be(timeMs));
  return concatBytes(prefix, u64be(timeMs), u64be(seq), u32be(entry));
}

function withSeq(prefix: Uint8Array, seq: number | undefined): Uint8Array {
  return seq === undefined ? prefix : concatBytes(prefix, u64be(seq));
}
