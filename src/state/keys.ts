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

  /** Committed tx hashes, kept until they expire: after that the expiry window rejects them anyway. */
  seenTx: (hash: Uint8Array) => concatBytes(text('txseen/'), hash),
  seenTxExpiry: (expiresAtMs: number, hash?: Uint8Array) =>
    hash === undefined ? concatBytes(text('txexp/'), u64be(expiresAtMs)) : concatBytes(text('txexp/'), u64be(expiresAtMs), hash),
  seenTxExpiries: () => text('txexp/'),
};

function withSeq(prefix: Uint8Array, seq: number | undefined): Uint8Array {
  return seq === undefined ? prefix : concatBytes(prefix, u64be(seq));
}
